#pragma once
// Chinese numerals as reports write counts: 两件, 十二件, 一百零五条, 三千一百一十九件, 〇/零, and the
// digit-by-digit style of years (二〇二三). Hand-written (no regex): prose is scanned code point by code
// point.
#include <cstdint>
#include <optional>
#include <string_view>

namespace nianbao::text {

// True for the characters a Chinese numeral is made of: 〇○零一二两三四五六七八九十百千万亿 and the
// financial forms 壹贰叁肆伍陆柒捌玖拾佰仟.
bool is_chinese_numeral_char(char32_t c);

// The value of a whole string of numeral characters, or nothing when it is not a well-formed numeral
// ("十十", "百" alone is accepted as 100 only when written 一百). Examples:
// 十二 -> 12, 一百零五 -> 105, 三千一百一十九 -> 3119, 两 -> 2, 〇 -> 0, 二〇二三 -> 2023, 一万二 -> 12000.
std::optional<std::int64_t> parse_chinese_integer(std::string_view s);

}  // namespace nianbao::text
