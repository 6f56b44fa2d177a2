#include "core/text/exact_decimal.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using nianbao::text::exact_decimal;

namespace {

// Same bits as strtod, so that -0 stays -0.
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void agrees_with_strtod(const std::string& s) {
  auto fast = exact_decimal(s);
  if (!fast) return;
  char* end = nullptr;
  double slow = std::strtod(s.c_str(), &end);
  ASSERT_EQ(end, s.c_str() + s.size()) << s;
  EXPECT_TRUE(same(*fast, slow)) << s;
}

}  // namespace

TEST(ExactDecimal, PlainDecimalsAreRead) {
  EXPECT_EQ(exact_decimal("12"), 12.0);
  EXPECT_EQ(exact_decimal("-7.25"), -7.25);
  EXPECT_EQ(exact_decimal("0.1"), 0.1);
  EXPECT_EQ(exact_decimal("595.2756"), 595.2756);
  EXPECT_TRUE(same(*exact_decimal("-0"), -0.0));
}

TEST(ExactDecimal, TheRestIsLeftToStrtod) {
  for (const char* s : {"", "-", ".", "1.", ".5", "-.5", "1e3", "1E-2", "+1", "1-2", "1..2", "1.2.3", "--1",
                        "12345678901234567890", "9007199254740993", "0x10", "inf"})
    EXPECT_FALSE(exact_decimal(s)) << s;
  EXPECT_TRUE(exact_decimal("9007199254740991"));
}

// Random decimals of every length the fast path takes, and the edges of its range, give strtod's double.
TEST(ExactDecimal, SameDoubleAsStrtod) {
  std::mt19937_64 rng(14);
  for (int n = 0; n < 200000; ++n) {
    std::string s = rng() % 2 ? "-" : "";
    int digits = 1 + static_cast<int>(rng() % 19), point = static_cast<int>(rng() % (digits + 1));
    for (int k = 0; k < digits; ++k) {
      if (k == point && k > 0) s += '.';
      s += static_cast<char>('0' + rng() % 10);
    }
    agrees_with_strtod(s);
  }
  for (const char* s : {"9007199254740991", "0.9007199254740991", "9.007199254740991",
                        "0.0000000000000000001", "1234567890123456.7", "0.30000000000000004", "-0.000"})
    agrees_with_strtod(s);
}

// A parser reading a number in one pass: the prefix stops at the first byte that is not part of a plain
// decimal, and says where, so "12.5," is 12.5 ending before the comma and "1e3" ends at the 'e' for the
// caller to hand the whole token to strtod.
TEST(ExactDecimal, PrefixSaysWhereThePlainDecimalEnds) {
  std::size_t end = 0;
  EXPECT_EQ(nianbao::text::exact_decimal_prefix("12.5,\"y\":3", end), 12.5);
  EXPECT_EQ(end, 4u);
  EXPECT_EQ(nianbao::text::exact_decimal_prefix("-3}", end), -3.0);
  EXPECT_EQ(end, 2u);
  EXPECT_EQ(nianbao::text::exact_decimal_prefix("1e3", end), 1.0);
  EXPECT_EQ(end, 1u);
  EXPECT_EQ(nianbao::text::exact_decimal_prefix("1.2.3", end), 1.2);
  EXPECT_EQ(end, 3u);
  EXPECT_FALSE(nianbao::text::exact_decimal_prefix("1.]", end));
  EXPECT_FALSE(nianbao::text::exact_decimal_prefix("+1", end));
  EXPECT_FALSE(nianbao::text::exact_decimal_prefix("12345678901234567890,", end));
}
