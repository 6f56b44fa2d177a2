#pragma once
// Exact numbers for report cells: counts are integers, the fee (万元) has decimals.
// Stored as a 64-bit integer of millionths so sums never touch binary floating point.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

class Decimal {
 public:
  static constexpr std::int64_t kScale = 1000000;  // six decimal places: 0.000001 万元 = 0.01 元

  Decimal() = default;
  static Decimal from_int(std::int64_t v) { return Decimal(v * kScale); }
  static Decimal from_micros(std::int64_t m) { return Decimal(m); }
  // Parses "12", "-3", "7730.28", "1,234" (ASCII digits only; callers fold full-width digits first).
  static std::optional<Decimal> parse(std::string_view s);

  std::int64_t micros() const { return micros_; }
  bool is_integer() const { return micros_ % kScale == 0; }
  std::int64_t integer_part() const { return micros_ / kScale; }
  bool negative() const { return micros_ < 0; }
  // Shortest exact decimal text: "12", "7730.28", "-0.5".
  std::string str() const;

  Decimal operator+(Decimal o) const { return Decimal(micros_ + o.micros_); }
  Decimal operator-(Decimal o) const { return Decimal(micros_ - o.micros_); }
  Decimal& operator+=(Decimal o) {
    micros_ += o.micros_;
    return *this;
  }
  bool operator==(Decimal o) const { return micros_ == o.micros_; }
  bool operator!=(Decimal o) const { return micros_ != o.micros_; }
  bool operator<(Decimal o) const { return micros_ < o.micros_; }
  bool operator>(Decimal o) const { return micros_ > o.micros_; }
  bool operator<=(Decimal o) const { return micros_ <= o.micros_; }
  bool operator>=(Decimal o) const { return micros_ >= o.micros_; }

 private:
  explicit Decimal(std::int64_t m) : micros_(m) {}
  std::int64_t micros_ = 0;
};

}  // namespace nianbao
