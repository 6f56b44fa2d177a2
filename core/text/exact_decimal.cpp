#include "core/text/exact_decimal.hpp"

#include <cstdint>

namespace nianbao::text {

namespace {

// 10^0 … 10^22: every one an exact double.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

constexpr std::uint64_t kExactIntegerLimit = std::uint64_t{1} << 53;

}  // namespace

std::optional<double> exact_decimal(std::string_view s) {
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) ++i;
  std::uint64_t mantissa = 0;
  int digits = 0, decimals = 0;
  bool point = false, any_before = false, any_after = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    if (++digits > 19) return std::nullopt;  // the integer could overflow 64 bits
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    (point ? any_after : any_before) = true;
    if (point) ++decimals;
  }
  // strtod reads "1." and ".5" too; only the plain form is taken here, the rest stays with strtod.
  if (!any_before || (point && !any_after)) return std::nullopt;
  if (mantissa >= kExactIntegerLimit || decimals > 22) return std::nullopt;
  const double value = static_cast<double>(mantissa) / kPowersOfTen[decimals];
  return negative ? -value : value;
}

}  // namespace nianbao::text
