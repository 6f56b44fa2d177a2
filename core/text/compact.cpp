#include "core/text/compact.hpp"

#include "core/text/utf8.hpp"

namespace nianbao::text {

namespace {

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0xA0;
}

}  // namespace

Compacted compact(std::string_view s, std::size_t b, std::size_t e, Fold fold) {
  Compacted out;
  if (e > s.size()) e = s.size();
  if (e <= b) return out;
  // Written into space sized once and cut to length at the end: every character writes at most the bytes
  // it takes, and the last may reach three bytes past `e` (a character begun before e is taken whole).
  const std::size_t room = e - b + 3;
  out.text.resize(room);
  out.at.resize(room);
  char* text = &out.text[0];
  std::size_t* at = out.at.data();
  std::size_t n = 0;
  std::size_t i = b;
  while (i < e) {
    std::size_t start = i;
    // CJK ideographs U+4000..U+9FFF (lead bytes E4..E9) are neither space nor folded: copied undecoded.
    unsigned char lead = static_cast<unsigned char>(s[i]);
    if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < s.size() &&
        (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
      for (std::size_t k = i; k < i + 3; ++k, ++n) {
        text[n] = s[k];
        at[n] = k;
      }
      i += 3;
      continue;
    }
    char32_t cp = utf8::next(s, i);
    if (is_space(cp)) continue;
    bool folded = false;
    if (fold == Fold::Digits) {
      if (cp >= 0xFF10 && cp <= 0xFF19) {
        cp = cp - 0xFF10 + '0';
        folded = true;
      } else if (cp == 0xFF0E) {
        cp = '.';
        folded = true;
      } else if (cp == 0xFF0C && n > 0 && text[n - 1] >= '0' && text[n - 1] <= '9') {
        cp = ',';
        folded = true;
      }
    }
    if (folded) {  // every folded character is ASCII: one byte
      text[n] = static_cast<char>(cp);
      at[n++] = start;
      continue;
    }
    for (std::size_t k = start; k < i; ++k, ++n) {
      text[n] = s[k];
      at[n] = k;
    }
  }
  out.text.resize(n);
  out.at.resize(n);
  return out;
}

}  // namespace nianbao::text
