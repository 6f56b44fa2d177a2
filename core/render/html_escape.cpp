#include "core/render/html_escape.hpp"

#include "core/text/utf8.hpp"

namespace nianbao::html {

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  append_escaped(out, s);
  return out;
}

namespace {

// Printable ASCII that stands for itself in content and in quoted attributes.
bool plain(unsigned char c) {
  return c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Keys, numbers and markup-free text are runs of plain ASCII: one append per run, not per byte.
    std::size_t run = i;
    while (run < s.size() && plain(static_cast<unsigned char>(s[run]))) ++run;
    if (run > i) {
      out.append(s, i, run - i);
      i = run;
      if (i == s.size()) break;
    }
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
        default:  // (printable ASCII went with its run above): tab, LF and CR kept, other controls dropped
          if (c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
      }
      continue;
    }
    // Non-ASCII: a valid sequence is copied as it is, an invalid one becomes U+FFFD (a U+FFFD that was
    // written as such is valid, so copied too).
    const std::size_t from = i;
    if (utf8::next_valid(s, i))
      out.append(s, from, i - from);
    else
      out += "\xEF\xBF\xBD";
  }
}

}  // namespace nianbao::html
