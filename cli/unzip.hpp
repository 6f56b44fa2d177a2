#pragma once
// Reads one member out of a ZIP archive held in memory (enough for .docx: stored and deflate members,
// no ZIP64, no encryption). Platform work for the native CLI; the browser unzips in JavaScript.
#include <cstddef>
#include <string>

namespace nianbao::cli {

// Members larger than this when uncompressed are refused (zip bombs).
constexpr std::size_t kMaxUnzippedBytes = 64u * 1024u * 1024u;

struct Unzipped {
  bool ok = false;
  std::string data;   // the member's bytes
  std::string error;  // why not, in plain English, when !ok
  // The reason as the core's unpack_error names it: "docx-too-large" (a zip bomb), "docx-no-document"
  // (no such member), "docx-damaged" (anything else), as the JS package classifies its own failures.
  std::string code;
};

Unzipped unzip_member(const std::string& archive, const std::string& member_name);

// word/document.xml of a .docx, or the main document part the package relationships name.
Unzipped unzip_docx_document(const std::string& archive);

}  // namespace nianbao::cli
