#include "core/model/decimal.hpp"

#include <gtest/gtest.h>

#include <string>

using nianbao::Decimal;

TEST(Decimal, ParsesCountsAndFeesExactly) {
  EXPECT_EQ(Decimal::parse("12")->integer_part(), 12);
  EXPECT_EQ(Decimal::parse("7730.28")->str(), "7730.28");
  EXPECT_EQ((*Decimal::parse("0.1") + *Decimal::parse("0.2")).str(), "0.3");  // no binary floating point
  EXPECT_EQ(Decimal::parse("1,234")->integer_part(), 1234);
  EXPECT_EQ(Decimal::parse("-8")->str(), "-8");
  EXPECT_FALSE(Decimal::parse("12a"));
  EXPECT_FALSE(Decimal::parse(""));
  EXPECT_FALSE(Decimal::parse("."));
}

namespace {
nianbao::NumberProblem problem_of(const char* s) { return Decimal::read(s).problem; }
}  // namespace

TEST(Decimal, AcceptsUpToTwelveIntegerDigitsAndRefusesOnePastIt) {
  EXPECT_EQ(Decimal::parse("999999999999")->str(), "999999999999");
  EXPECT_EQ(Decimal::parse("-999,999,999,999")->str(), "-999999999999");
  EXPECT_EQ(Decimal::parse("000000000000000042")->str(), "42");  // leading zeros are no digits
  EXPECT_FALSE(Decimal::parse("1000000000000"));
  EXPECT_EQ(problem_of("1000000000000"), nianbao::NumberProblem::TooManyDigits);
  EXPECT_EQ(problem_of("12345678901234"), nianbao::NumberProblem::TooManyDigits);
  EXPECT_EQ(problem_of("9223372036854775808"), nianbao::NumberProblem::TooManyDigits);  // 2^63
  EXPECT_EQ(problem_of(std::string(100000, '9').c_str()), nianbao::NumberProblem::TooManyDigits);
}

TEST(Decimal, AcceptsSixDecimalsAndFifteenSignificantDigits) {
  EXPECT_EQ(Decimal::parse("0.000001")->str(), "0.000001");
  EXPECT_EQ(Decimal::parse("12.5000000000")->str(), "12.5");  // trailing zeros add no precision
  EXPECT_EQ(problem_of("0.0000001"), nianbao::NumberProblem::TooManyDecimals);
  EXPECT_EQ(Decimal::parse("123456789.123456")->str(), "123456789.123456");  // 15 significant digits
  EXPECT_EQ(problem_of("1234567890.123456"), nianbao::NumberProblem::TooPrecise);
  EXPECT_EQ(problem_of("999999999999.9999"), nianbao::NumberProblem::TooPrecise);
  EXPECT_EQ(Decimal::parse("999999999999.999")->str(), "999999999999.999");  // 15 exactly
  EXPECT_EQ(Decimal::parse("999999999999.99")->str(), "999999999999.99");
  // A text that is no number has no problem to report: it is simply not a number.
  EXPECT_EQ(problem_of("12a"), nianbao::NumberProblem::None);
  EXPECT_EQ(problem_of("abc"), nianbao::NumberProblem::None);
}

TEST(Decimal, SumsOfTheLargestAcceptedValuesAreExact) {
  // 9,000,000,000,000 wrapped in 64-bit millionths; the largest accepted values never wrap.
  Decimal big = *Decimal::parse("999999999999.99");
  Decimal sum;
  for (int i = 0; i < 100000; ++i) sum += big;
  EXPECT_EQ(sum.str(), "99999999999999000");
  EXPECT_FALSE(sum.within_bounds());
  EXPECT_TRUE(big.within_bounds());
  EXPECT_EQ((sum - sum).str(), "0");
  Decimal neg = Decimal() - sum;
  EXPECT_EQ(neg.str(), "-99999999999999000");
  EXPECT_TRUE(neg < Decimal());
  // Two cells of 999,999,999,999 in one row: the total they need is exact.
  Decimal cell = *Decimal::parse("999999999999");
  EXPECT_EQ((cell + cell).str(), "1999999999998");
  EXPECT_EQ((cell + cell).integer_part(), 1999999999998LL);
  // Whole parts and integrality beyond 64 bits of millionths (a 128-bit division) and within them (64-bit).
  EXPECT_TRUE(sum.is_integer());
  EXPECT_EQ(sum.integer_part(), 99999999999999000LL);
  EXPECT_FALSE((sum + big).is_integer());
  EXPECT_EQ((sum + big).integer_part(), 100000999999998999LL);
  EXPECT_EQ((neg - big).integer_part(), -100000999999998999LL);
  EXPECT_FALSE(Decimal::parse("-7730.28")->is_integer());
  EXPECT_EQ(Decimal::parse("-7730.28")->integer_part(), -7730);
  EXPECT_EQ(Decimal::parse("0.000001")->micros(), 1);
  EXPECT_EQ(Decimal::parse("-999999999.000001")->micros(), -999999999000001LL);  // 15 digits
}

TEST(Decimal, ScalingAndExactDivision) {
  EXPECT_EQ(Decimal::parse("999999999999")->times(10000).str(), "9999999999990000");  // 万 of a big count
  EXPECT_EQ(Decimal::parse("3940")->divided_exactly(10000)->str(), "0.394");          // 元 -> 万元
  EXPECT_FALSE(Decimal::parse("0.000001")->divided_exactly(10000));  // would need 10 decimals
  EXPECT_FALSE(Decimal::parse("1")->divided_exactly(0));
}
