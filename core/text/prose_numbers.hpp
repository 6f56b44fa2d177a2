#pragma once
// Finds the numbers written in a piece of prose, with their unit: "1136 条", "２１件", "1,234件",
// "三千一百一十九件", "1340 余条", "97.5%", "百分之九十". Years and dates come out with their unit
// (年, 月, 日) and ordinals (第二十条, 国令第711号) are marked, so callers can skip them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/decimal.hpp"

namespace nianbao::text {

struct ProseNumber {
  std::size_t begin = 0;     // first byte of the numeral (or of 百分之)
  std::size_t end = 0;       // one past the numeral (before any 余/万/unit)
  std::size_t unit_end = 0;  // one past the unit (or the % sign); == end when there is none
  Decimal value;
  std::string unit;          // "件", "条", "件次", "%"… ; empty when none follows
  bool chinese = false;      // written in Chinese numerals
  bool approximate = false;  // 余, 多, 约, 近, 超过, 左右…: not an exact count
  bool ordinal = false;      // preceded by 第: an ordinal or an article number, not a count
  bool percent = false;      // 97.5%, 百分之九十
};

// Every number of the text, in order. Digits may be full-width; a comma groups thousands only when
// exactly three digits follow it. Chinese numerals need a unit after them to count (一是 is not one).
std::vector<ProseNumber> scan_numbers(std::string_view text);

// The number written at text[i] ("12", "3,940", "０.５"), read as scan_numbers reads digits: its value
// and the byte where it ends; none when no digit stands at i.
struct DecimalAt {
  Decimal value;
  std::size_t end = 0;
};
std::optional<DecimalAt> read_decimal(std::string_view text, std::size_t i);

}  // namespace nianbao::text
