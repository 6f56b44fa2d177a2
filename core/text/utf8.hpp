#pragma once
// UTF-8 walking and the UTF-16 view the outside world uses for locations.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::utf8 {

// Decodes the code point at s[i], advancing i. Invalid bytes yield U+FFFD and advance by one.
// Inline with an ASCII fast path: every reader and the prose rules call it once per character.
char32_t next_multibyte(std::string_view s, std::size_t& i);
inline char32_t next(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return next_multibyte(s, i);
}
// next(), saying whether s[i] began a well-formed sequence: an invalid byte decodes to U+FFFD too, but is
// passed by one byte, where a U+FFFD written in the text takes three. Lets callers copy valid text as it is.
inline bool next_valid(std::string_view s, std::size_t& i) {
  const std::size_t from = i;
  return next(s, i) != 0xFFFD || i - from > 1;
}
// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);
// True when s is well-formed UTF-8.
bool valid(std::string_view s);
// Number of UTF-16 code units of s (an invalid byte counts as the one U+FFFD it decodes to).
std::size_t utf16_length(std::string_view s);
// Both in one pass over the input (a check needs both of the whole input, before any reader runs).
struct Measure {
  bool valid = true;
  std::size_t utf16_length = 0;
};
Measure measure(std::string_view s);
// Share of bytes that are NUL or other C0 controls besides tab/CR/LF/FF: a sign of binary input.
double control_ratio(std::string_view s, std::size_t sample = 65536);
// Byte length of the code point starting with lead byte c.
std::size_t sequence_length(unsigned char c);

// Maps byte offsets to UTF-16 offsets and 1-based line/column (column in UTF-16 units).
class SourceMap {
 public:
  // `known_valid`: the caller measured `text` as well-formed UTF-8 (utf8::measure) and it is not checked
  // again.
  explicit SourceMap(std::string_view text, bool known_valid = false);
  struct Position {
    std::size_t offset;  // UTF-16 code units from the start
    std::size_t line;    // 1-based
    std::size_t column;  // 1-based, UTF-16 code units
  };
  Position at(std::size_t byte_offset) const;
  std::size_t utf16_offset(std::size_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line start
  std::vector<std::size_t> line_u16_;     // utf16 offset of each line start
  std::vector<std::size_t> checkpoints_;  // utf16 offset at every kStep-th byte boundary
  // Small, so a lookup walks at most a few code points (a result asks for thousands of them).
  static constexpr std::size_t kStep = 16;
};

}  // namespace nianbao::utf8
