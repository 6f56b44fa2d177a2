#pragma once
// Turns a file's bytes into UTF-8 text for the core: BOMs, UTF-16, GB18030/GBK detection, .docx.
// Platform work (iconv, unzip) lives here and in the JS package, never in core/.
#include <string>

namespace nianbao::cli {

struct Decoded {
  bool ok = false;
  std::string text;      // UTF-8
  std::string encoding;  // "utf-8", "utf-16le", "utf-16be", "gb18030"
  std::string kind;      // "text", "html", "docx"
  std::string error;     // why it could not be decoded (for the input-unreadable diagnostic)
};

Decoded decode_bytes(const std::string& bytes, const std::string& file_name);

}  // namespace nianbao::cli
