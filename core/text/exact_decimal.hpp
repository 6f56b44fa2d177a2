#pragma once

#include <optional>
#include <string_view>

namespace nianbao::text {

// The double nearest to a plain decimal `-?digits[.digits]` (what the PDF runs hold: coordinates, sizes),
// when one IEEE operation gives it exactly: at most 19 digits whose integer is below 2^53 and at most 22
// decimals (Clinger's fast path: the integer and the power of ten are both exact doubles, so the one division
// rounds correctly, the same result as strtod's). Anything else (exponents, longer numbers, malformed text)
// is nullopt, for the caller to give to strtod.
std::optional<double> exact_decimal(std::string_view s);

// The same for the plain decimal s starts with, `end` set to where its reading stopped (the first byte not
// taken): a parser reads a number in one pass this way, checking what follows itself (an exponent, say,
// makes the number not plain after all).
std::optional<double> exact_decimal_prefix(std::string_view s, std::size_t& end);

}  // namespace nianbao::text
