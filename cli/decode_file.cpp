#include "cli/decode_file.hpp"

#include <iconv.h>

#include <cerrno>

#include "core/text/utf8.hpp"

namespace nianbao::cli {

namespace {

bool convert(const std::string& in, const char* from, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.assign(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  bool ok = true;
  while (src_left > 0) {
    std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    if (r != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      std::size_t used = out.size() - dst_left;
      out.resize(out.size() * 2);
      dst = out.data() + used;
      dst_left = out.size() - used;
      continue;
    }
    ok = false;
    break;
  }
  out.resize(out.size() - dst_left);
  iconv_close(cd);
  return ok;
}

bool ends_with(const std::string& s, const char* suf) {
  std::string x(suf);
  if (s.size() < x.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    char c = s[s.size() - x.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != x[i]) return false;
  }
  return true;
}

}  // namespace

Decoded decode_bytes(const std::string& bytes, const std::string& name) {
  Decoded d;
  d.kind = ends_with(name, ".html") || ends_with(name, ".htm") ? "html" : "text";
  if (bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0) {
    d.kind = "docx";
    d.error = "docx";
    return d;  // handled by the caller (docx support)
  }
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    d.text = bytes.substr(3);
    d.encoding = "utf-8";
  } else if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFF\xFE") == 0) {
    d.encoding = "utf-16le";
    if (!convert(bytes.substr(2), "UTF-16LE", d.text)) d.error = "invalid UTF-16";
  } else if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFE\xFF") == 0) {
    d.encoding = "utf-16be";
    if (!convert(bytes.substr(2), "UTF-16BE", d.text)) d.error = "invalid UTF-16";
  } else if (utf8::valid(bytes)) {
    d.text = bytes;
    d.encoding = "utf-8";
  } else if (convert(bytes, "GB18030", d.text)) {
    d.encoding = "gb18030";
  } else {
    // Neither UTF-8 nor GB18030: hand the bytes on; the core reports them as unreadable.
    d.text = bytes;
    d.encoding = "unknown";
  }
  d.ok = d.error.empty();
  return d;
}

}  // namespace nianbao::cli
