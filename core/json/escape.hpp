#pragma once
// Pieces of JSON's string escapes shared by the readers of JSON text (json::parse, the runs reader
// read/runs_json.cpp, the repair of foreign results in render/json_read.cpp).
#include <cstddef>
#include <string_view>

namespace nianbao::json {

// The number the four hex digits at s[i] spell (a \u escape's code unit), or -1 when there are not four.
inline int hex4(std::string_view s, std::size_t i) {
  if (i + 4 > s.size()) return -1;
  int v = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// The character a one-letter escape stands for (\" \\ \/ \b \f \n \r \t, the letter after the backslash),
// or 0 for any other letter (\u is read by the caller with hex4).
inline char simple_escape(char letter) {
  switch (letter) {
    case '"':
    case '\\':
    case '/':
      return letter;
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return 0;
  }
}

}  // namespace nianbao::json
