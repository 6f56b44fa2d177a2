#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/text/utf8.hpp"

namespace utf8 = nianbao::utf8;

namespace {

// The scans, one code point at a time as they were before they learnt to skip words of ASCII.
bool valid_slowly(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t before = i;
    if (utf8::next(s, i) == 0xFFFD && i - before != 3) return false;
  }
  return true;
}

std::size_t utf16_slowly(std::string_view s) {
  std::size_t n = 0, i = 0;
  while (i < s.size()) n += utf8::next(s, i) >= 0x10000 ? 2 : 1;
  return n;
}

std::size_t controls_slowly(std::string_view s) {
  std::size_t bad = 0;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    bad += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }
  return bad;
}

}  // namespace

// Random mixes of ASCII, line breaks, control characters, Chinese, four-byte characters and broken bytes,
// at every alignment: the word-at-a-time scans give what the byte-at-a-time ones give.
TEST(Utf8Scan, WordScansAgreeWithCodePointScans) {
  const std::vector<std::string> pieces = {
      "a",    "0123456789", " ", "\n",   "\t",       "\x01",         "\x1f",         "\x7f",     "中",
      "文字", "é",          "😀", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xef\xbf\xbd", "\xc0\xaf", "\x80"};
  std::mt19937 rng(14);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(utf8::valid(s), valid_slowly(s)) << s;
    ASSERT_EQ(utf8::utf16_length(s), utf16_slowly(s)) << s;
    if (!s.empty()) {
      ASSERT_EQ(utf8::control_ratio(s),
                static_cast<double>(controls_slowly(s)) / static_cast<double>(s.size()))
          << s;
    }
    // Positions: the model walks from the start, the map from a checkpoint found by skipping continuation
    // bytes, which sees broken sequences differently; the two agree on well-formed text.
    if (!valid_slowly(s)) continue;
    utf8::SourceMap map(s);
    utf8::SourceMap told(s, /*known_valid=*/true);  // as the result's writer builds it for a measured input
    for (std::size_t b = 0; b <= s.size(); ++b) {
      std::size_t i = 0, u16 = 0, line = 1, line_u16 = 0;
      while (i < b) {
        std::size_t at = i;
        char32_t cp = utf8::next(s, i);
        if (i > b) {  // b inside a code point: not a position a map is asked for
          i = at;
          break;
        }
        u16 += cp >= 0x10000 ? 2 : 1;
        if (cp == '\n') {
          ++line;
          line_u16 = u16;
        }
      }
      if (i != b) continue;
      ASSERT_EQ(map.utf16_offset(b), u16) << s << " at " << b;
      ASSERT_EQ(map.at(b).line, line) << s << " at " << b;
      ASSERT_EQ(map.at(b).column, u16 - line_u16 + 1) << s << " at " << b;
      ASSERT_EQ(told.utf16_offset(b), u16) << s << " at " << b;
      ASSERT_EQ(told.at(b).line, line) << s << " at " << b;
      ASSERT_EQ(told.at(b).column, u16 - line_u16 + 1) << s << " at " << b;
    }
  }
}

// utf8::measure gives utf8::valid's answer and the UTF-16 length in one pass.
TEST(Utf8Measure, ValidityAsValidAndLengthInUtf16Units) {
  const std::string samples[] = {"bad \xC3", "\xE4\xB8", "\xED\xA0\x80 surrogate", "\xEF\xBF\xBD literal",
                                 "ok"};
  for (const auto& s : samples) EXPECT_EQ(nianbao::utf8::measure(s).valid, nianbao::utf8::valid(s)) << s;
  const std::pair<std::string, std::size_t> lengths[] = {{"", 0},
                                                         {"abc", 3},
                                                         {"受理申请3件", 6},
                                                         {"\xF0\x9F\x98\x80 emoji", 8},
                                                         {std::string(40, 'a') + "中", 41}};
  for (const auto& [s, n] : lengths) {
    EXPECT_TRUE(nianbao::utf8::measure(s).valid) << s;
    EXPECT_EQ(nianbao::utf8::measure(s).utf16_length, n) << s;
  }
}
