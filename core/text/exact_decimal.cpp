#include "core/text/exact_decimal.hpp"

#include <cstdint>

namespace nianbao::text {

namespace {

// 10^0 … 10^22: every one an exact double.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

constexpr std::uint64_t kExactIntegerLimit = std::uint64_t{1} << 53;

}  // namespace

std::optional<double> exact_decimal_prefix(std::string_view s, std::size_t& end) {
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) ++i;
  // Integer digits, then a point and the decimals: two tight loops (a third of a runs read is numbers).
  // The integer may wrap on long inputs; those are refused by their digit count below.
  std::uint64_t mantissa = 0;
  auto digits_from = [&](std::size_t from) {
    std::size_t k = from;
    for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k)
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(s[k] - '0');
    return k - from;
  };
  const std::size_t before = digits_from(i);
  i += before;
  std::size_t decimals = 0;
  const bool point = i < s.size() && s[i] == '.';
  if (point) {
    decimals = digits_from(i + 1);
    i += 1 + decimals;
  }
  end = i;
  // strtod reads "1." and ".5" too; only the plain form is taken here, the rest stays with strtod.
  if (before == 0 || (point && decimals == 0)) return std::nullopt;
  if (before + decimals > 19) return std::nullopt;  // the integer could have overflowed 64 bits
  if (mantissa >= kExactIntegerLimit || decimals > 22) return std::nullopt;
  const double value = static_cast<double>(mantissa) / kPowersOfTen[decimals];
  return negative ? -value : value;
}

std::optional<double> exact_decimal(std::string_view s) {
  std::size_t end = 0;
  std::optional<double> v = exact_decimal_prefix(s, end);
  if (end != s.size()) return std::nullopt;
  return v;
}

}  // namespace nianbao::text
