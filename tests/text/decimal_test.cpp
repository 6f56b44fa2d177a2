#include "core/model/decimal.hpp"

#include <gtest/gtest.h>

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
