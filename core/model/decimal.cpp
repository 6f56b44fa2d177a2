#include "core/model/decimal.hpp"

namespace nianbao {

std::optional<Decimal> Decimal::parse(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool neg = false;
  std::size_t i = 0;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    i = 1;
  }
  std::int64_t whole = 0, frac = 0, frac_scale = kScale;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      if (!dot) {
        if (whole > 900000000000LL) return std::nullopt;  // far beyond any real report; avoid overflow
        whole = whole * 10 + (c - '0');
      } else if (frac_scale > 1) {
        frac_scale /= 10;
        frac += (c - '0') * frac_scale;
      } else if (c != '0') {
        return std::nullopt;  // more precision than we keep: refuse rather than round
      }
    } else if (c == '.' && !dot) {
      dot = true;
    } else if (c == ',' && !dot && digits) {
      continue;  // thousands separator
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  std::int64_t m = whole * kScale + frac;
  return Decimal(neg ? -m : m);
}

std::string Decimal::str() const {
  std::int64_t m = micros_ < 0 ? -micros_ : micros_;
  std::string out = micros_ < 0 ? "-" : "";
  out += std::to_string(m / kScale);
  std::int64_t f = m % kScale;
  if (f) {
    std::string fs = std::to_string(f);
    fs = std::string(6 - fs.size(), '0') + fs;
    while (!fs.empty() && fs.back() == '0') fs.pop_back();
    out += "." + fs;
  }
  return out;
}

}  // namespace nianbao
