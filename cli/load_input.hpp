#pragma once
// A file (or standard input) made ready for the core: bytes read, decoded to UTF-8, a .docx unzipped
// to its word/document.xml, and the check options that say what it is.
#include <string>

#include "core/check.hpp"

namespace nianbao::cli {

struct Loaded {
  std::string text;      // what the core reads (UTF-8 text or HTML, or word/document.xml)
  CheckOptions options;  // kind, file_name, encoding, input_kind
  std::string problem;   // why the file could not be read as what it claims (printed to stderr)
};

// Reads the whole file ("-" = standard input); false when it cannot be opened or read.
bool read_all(const std::string& path, std::string& out);

// Reads and decodes `path`; false only when it cannot be read at all. Bytes that cannot be decoded
// still load: the core answers input-unreadable for them, as for any other bad input.
bool load(const std::string& path, Loaded& l);

}  // namespace nianbao::cli
