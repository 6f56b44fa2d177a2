#include "core/render/html_escape.hpp"

#include "core/text/utf8.hpp"

namespace nianbao::html {

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          if ((c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
      }
      continue;
    }
    // Non-ASCII: decode and re-encode, which turns invalid sequences into U+FFFD.
    utf8::append(out, utf8::next(s, i));
  }
  return out;
}

}  // namespace nianbao::html
