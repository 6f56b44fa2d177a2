#pragma once
// Exact numbers for report cells: counts are integers, the fee (万元) has decimals.
//
// A value is an integer number of millionths held in 128 bits, so sums and differences never touch
// binary floating point and never wrap: every number the readers accept is below 10^12 (10^18
// millionths) and a 128-bit integer holds more than 10^38, far beyond any sum a report can ask for.
//
// What the readers accept (Decimal::read; a cell beyond it is reported as `cell-out-of-range`):
// at most 12 digits before the decimal point, at most 6 after it (0.000001 万元 = 0.01 元) and at
// most 15 significant digits in all. The last bound is what a spreadsheet keeps and what a JSON
// number carries exactly to JavaScript, so a value never changes on its way to the page.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

// Why a text that is written as a number is still not accepted as one.
enum class NumberProblem {
  None,             // accepted (or not a number at all)
  TooManyDigits,    // more than kMaxIntegerDigits digits before the point
  TooManyDecimals,  // more than kMaxDecimals significant digits after the point
  TooPrecise,       // more than kMaxSignificantDigits significant digits in all
};

class Decimal {
 public:
  using Micros = __int128;                         // a GCC/Clang extension, also in Emscripten's wasm32
  static constexpr std::int64_t kScale = 1000000;  // six decimal places: 0.000001 万元 = 0.01 元
  static constexpr int kMaxIntegerDigits = 12;     // below 1 000 000 000 000 (一万亿)
  static constexpr int kMaxDecimals = 6;
  static constexpr int kMaxSignificantDigits = 15;

  Decimal() = default;
  static Decimal from_int(std::int64_t v) { return Decimal(static_cast<Micros>(v) * kScale); }
  static Decimal from_micros(std::int64_t m) { return Decimal(m); }

  // Reads "12", "-3", "7730.28", "1,234" (ASCII digits only; callers fold full-width digits first).
  static struct DecimalReading read(std::string_view s);
  // The value when read() accepts it.
  static std::optional<Decimal> parse(std::string_view s);

  // Millionths, clamped to 64 bits. Exact for every accepted number and every sum below 2^63 millionths
  // (9.2 * 10^12); callers that scale or divide use times() and divided_exactly() instead.
  std::int64_t micros() const { return clamp64(micros_); }
  bool is_integer() const { return fits64() ? micros64() % kScale == 0 : micros_ % kScale == 0; }
  // The whole part (towards zero), clamped to 64 bits like micros().
  std::int64_t integer_part() const { return fits64() ? micros64() / kScale : clamp64(micros_ / kScale); }
  bool negative() const { return micros_ < 0; }
  // True when the value could have been read from a cell (within the bounds above). Sums of
  // accepted numbers may leave them: such a value is exact here but not safe as a JSON number.
  bool within_bounds() const;
  // Shortest exact decimal text: "12", "7730.28", "-0.5".
  std::string str() const;

  Decimal operator+(Decimal o) const { return Decimal(micros_ + o.micros_); }
  Decimal operator-(Decimal o) const { return Decimal(micros_ - o.micros_); }
  Decimal operator-() const { return Decimal(-micros_); }
  Decimal& operator+=(Decimal o) {
    micros_ += o.micros_;
    return *this;
  }
  Decimal& operator-=(Decimal o) {
    micros_ -= o.micros_;
    return *this;
  }
  // Exact product with a small whole factor (万 -> ×10000).
  Decimal times(std::int64_t factor) const { return Decimal(micros_ * factor); }
  // The exact quotient by a whole divisor, or nothing when it would need more than six decimals.
  std::optional<Decimal> divided_exactly(std::int64_t divisor) const;
  bool operator==(Decimal o) const { return micros_ == o.micros_; }
  bool operator!=(Decimal o) const { return micros_ != o.micros_; }
  bool operator<(Decimal o) const { return micros_ < o.micros_; }
  bool operator>(Decimal o) const { return micros_ > o.micros_; }
  bool operator<=(Decimal o) const { return micros_ <= o.micros_; }
  bool operator>=(Decimal o) const { return micros_ >= o.micros_; }

 private:
  explicit Decimal(Micros m) : micros_(m) {}
  static std::int64_t clamp64(Micros m);
  // Every value read from a cell (below 10^18 millionths), and every sum below 2^63 millionths (9.2 * 10^12),
  // fits 64 bits: divisions take the 64-bit path then (a 128-bit division is a library call, natively and in
  // WebAssembly); larger sums keep the exact 128-bit one.
  bool fits64() const { return micros_ >= INT64_MIN && micros_ <= INT64_MAX; }
  std::int64_t micros64() const { return static_cast<std::int64_t>(micros_); }
  Micros micros_ = 0;
};

// The outcome of reading a number: a value when accepted; otherwise `problem` says why a text
// written with digits is not accepted (None when it is no number at all, like "12a").
struct DecimalReading {
  std::optional<Decimal> value;
  NumberProblem problem = NumberProblem::None;
};

inline std::optional<Decimal> Decimal::parse(std::string_view s) { return read(s).value; }

}  // namespace nianbao
