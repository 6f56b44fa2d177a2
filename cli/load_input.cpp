#include "cli/load_input.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/decode_file.hpp"
#include "cli/pdf_runs.hpp"
#include "cli/unzip.hpp"

namespace nianbao::cli {

bool read_all(const std::string& path, std::string& out) {
  if (path == "-") {
    // Standard input can be read only once, and a batch reads each input twice (pairing, then checking):
    // read it whole on first use (thread-safe: a static's initialisation) and hand out copies.
    static const std::string all = [] {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      return ss.str();
    }();
    out = all;
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // In blocks, not a character at a time through istreambuf_iterator (that was 3% of a batch).
  out.clear();
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0)
    out.append(block, static_cast<std::size_t>(in.gcount()));
  return !in.bad();
}

bool load(const std::string& path, Loaded& l) {
  std::string bytes;
  if (!read_all(path, bytes)) return false;
  if (l.options.kind != "pdf-runs" && positioned_file(bytes, path)) {  // PDF/OFD: docs/runs.md
    std::string runs, error;
    if (!extract_runs(path, runs, error)) runs = unavailable_runs(error);
    bytes = std::move(runs);
    l.options.kind = "pdf-runs";
  }
  Decoded d = decode_bytes(bytes, path);
  l.options.file_name = path == "-" ? "stdin" : path;
  l.options.encoding = d.encoding.empty() ? "binary" : d.encoding;
  if (d.kind == "html") l.options.kind = "html";
  if (d.kind == "docx") {
    l.options.input_kind = "docx";
    Unzipped doc = unzip_docx_document(bytes);
    if (!doc.ok) {
      // The core answers input-unreadable with the reason (the result says it, not only stderr).
      l.problem = "cannot read the .docx: " + doc.error;
      l.options.unpack_error = doc.code;
      l.text = bytes;
      return true;
    }
    l.options.kind = "docx-xml";
    l.options.encoding = "utf-8";
    l.text = std::move(doc.data);
    return true;
  }
  l.text = d.ok ? d.text : bytes;
  return true;
}

}  // namespace nianbao::cli
