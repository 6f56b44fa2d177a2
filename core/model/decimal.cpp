#include "core/model/decimal.hpp"

#include <algorithm>
#include <limits>

namespace nianbao {

namespace {

// 10^n in the width asked for: 64 bits where the value is known to fit (a cell being read), 128 bits
// otherwise.
template <typename Integer>
Integer pow10(int n) {
  Integer p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

std::string to_text(Decimal::Micros v) {  // v >= 0
  std::string s;
  do {
    s += static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  } while (v > 0);
  std::reverse(s.begin(), s.end());
  return s;
}

}  // namespace

DecimalReading Decimal::read(std::string_view s) {
  DecimalReading out;
  if (s.empty()) return out;
  bool neg = false;
  std::size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    i = 1;
  }
  // The digits are only counted here; the value is built once they are known to fit, so a
  // thousand-digit "number" costs one pass and no arithmetic.
  std::string whole;  // integer digits without separators or leading zeros (one past the bound at most)
  bool digits = false, dot = false;
  std::size_t frac_begin = 0, frac_end = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      if (dot) {
        frac_end = i + 1;
      } else if ((!whole.empty() || c != '0') &&
                 whole.size() <= static_cast<std::size_t>(kMaxIntegerDigits)) {
        whole += c;
      }
    } else if (c == '.' && !dot) {
      dot = true;
      frac_begin = frac_end = i + 1;
    } else if (c == ',' && !dot && digits) {
      continue;  // thousands separator
    } else {
      return out;  // not a number at all
    }
  }
  if (!digits) return out;
  std::string_view frac = dot ? s.substr(frac_begin, frac_end - frac_begin) : std::string_view();
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);  // 12.500 is 12.5
  int whole_len = static_cast<int>(whole.size());
  int frac_len = static_cast<int>(frac.size());
  if (whole_len > kMaxIntegerDigits) {
    out.problem = NumberProblem::TooManyDigits;
    return out;
  }
  if (frac_len > kMaxDecimals) {
    out.problem = NumberProblem::TooManyDecimals;
    return out;
  }
  // Significant digits: the whole part's digits and the fraction's; for 0.00x only from the first
  // non-zero decimal (never more than six then).
  if (whole_len > 0 && whole_len + frac_len > kMaxSignificantDigits) {
    out.problem = NumberProblem::TooPrecise;
    return out;
  }
  // At most 12 digits and 6 decimals: below 10^18 millionths, which 64 bits hold (no 128-bit products).
  std::int64_t m = 0;
  for (char c : whole) m = m * 10 + (c - '0');
  m *= kScale;
  std::int64_t f = 0;
  for (char c : frac) f = f * 10 + (c - '0');
  m += f * pow10<std::int64_t>(kMaxDecimals - frac_len);
  out.value = Decimal(static_cast<Micros>(neg ? -m : m));
  return out;
}

bool Decimal::within_bounds() const {
  Micros a = micros_ < 0 ? -micros_ : micros_;
  if (a >= pow10<Micros>(kMaxIntegerDigits + kMaxDecimals)) return false;
  // Significant digits from the highest non-zero digit to the lowest non-zero decimal.
  if (a == 0) return true;
  Micros whole = a / kScale;
  int whole_len = whole == 0 ? 0 : static_cast<int>(to_text(whole).size());
  int frac_len = 0;
  for (Micros f = a % kScale; f != 0; f = (f * 10) % kScale) ++frac_len;
  return whole_len == 0 || whole_len + frac_len <= kMaxSignificantDigits;
}

std::optional<Decimal> Decimal::divided_exactly(std::int64_t divisor) const {
  if (divisor == 0 || micros_ % divisor != 0) return std::nullopt;
  return Decimal(micros_ / divisor);
}

std::int64_t Decimal::clamp64(Micros m) {
  constexpr std::int64_t hi = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t lo = std::numeric_limits<std::int64_t>::min();
  if (m > hi) return hi;
  if (m < lo) return lo;
  return static_cast<std::int64_t>(m);
}

std::string Decimal::str() const {
  Micros m = micros_ < 0 ? -micros_ : micros_;
  std::string out = micros_ < 0 ? "-" : "";
  out += to_text(m / kScale);
  Micros f = m % kScale;
  if (f) {
    std::string fs = to_text(f);
    fs = std::string(kMaxDecimals - fs.size(), '0') + fs;
    while (!fs.empty() && fs.back() == '0') fs.pop_back();
    out += "." + fs;
  }
  return out;
}

}  // namespace nianbao
