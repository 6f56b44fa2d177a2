#include "core/text/chinese_numerals.hpp"

#include <vector>

#include "core/text/utf8.hpp"

namespace nianbao::text {

namespace {

// Digit value 0..9, or -1.
int digit_of(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
    case U'○':
      return 0;  // ○ (U+25CB) is how many write 二○二三
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'两':
    case U'贰':
      return 2;
    case U'三':
    case U'叁':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

// Multiplier of a unit character (十 百 千 inside a section; 万 亿 close a section), or 0.
std::int64_t unit_of(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
      return 10000;
    case U'亿':
      return 100000000;
    default:
      return 0;
  }
}

}  // namespace

bool is_chinese_numeral_char(char32_t c) { return digit_of(c) >= 0 || unit_of(c) > 0; }

std::optional<std::int64_t> parse_chinese_integer(std::string_view s) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < s.size();) cps.push_back(utf8::next(s, i));
  if (cps.empty() || cps.size() > 24) return std::nullopt;
  bool has_unit = false;
  for (char32_t c : cps) {
    if (!is_chinese_numeral_char(c)) return std::nullopt;
    if (unit_of(c) > 0) has_unit = true;
  }
  if (!has_unit) {
    // 二〇二三, 〇, 五: digit by digit (at most 18 digits: an int64 holds them all).
    if (cps.size() > 18) return std::nullopt;
    std::int64_t v = 0;
    for (char32_t c : cps) v = v * 10 + digit_of(c);
    return v;
  }
  // Positional form: sections closed by 万/亿; inside a section, digits multiplied by 十/百/千.
  std::int64_t total = 0, section = 0;
  int pending = -1;            // a digit waiting for its unit
  std::int64_t last_unit = 0;  // 十/百/千 last used in the section (for 三百五 = 350)
  std::int64_t last_big = 0;   // the 万/亿 that closed the previous section (for 一万二 = 12000)
  bool zero_seen = false;      // a 零 since the last unit: 一百零五 is 105, not 150
  for (char32_t c : cps) {
    int d = digit_of(c);
    if (d >= 0) {
      if (pending > 0) return std::nullopt;  // two digits in a row: "三四" is not positional
      if (d == 0) zero_seen = true;
      pending = d;
      continue;
    }
    std::int64_t u = unit_of(c);
    if (u < 10000) {
      if (last_unit != 0 && u >= last_unit) return std::nullopt;  // 十百, 百百: out of order
      if (pending == 0) return std::nullopt;                      // 零十
      section += (pending < 0 ? 1 : pending) * u;                 // 十二: the leading 一 is implicit
      last_unit = u;
    } else {
      if (last_big != 0 && u >= last_big) return std::nullopt;
      if (pending > 0) section += pending;
      if (section == 0) return std::nullopt;  // 万 alone
      total += section * u;
      section = 0;
      last_unit = 0;
      last_big = u;
    }
    pending = -1;
    zero_seen = false;
  }
  if (pending > 0) {
    // A bare last digit right after a unit is one step lower: 三百五 = 350, 一万二 = 12000, 二十五 = 25.
    std::int64_t step = 1;
    if (!zero_seen) {
      if (last_unit >= 10)
        step = last_unit / 10;
      else if (last_big > 0 && section == 0)
        step = last_big / 10;
    }
    section += pending * step;
  }
  return total + section;
}

}  // namespace nianbao::text
