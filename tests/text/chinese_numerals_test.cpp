#include "core/text/chinese_numerals.hpp"

#include <gtest/gtest.h>

#include "core/text/prose_numbers.hpp"

using nianbao::text::parse_chinese_integer;
using nianbao::text::scan_numbers;

TEST(ChineseNumerals, ReadsCountsAsReportsWriteThem) {
  EXPECT_EQ(parse_chinese_integer("两"), 2);
  EXPECT_EQ(parse_chinese_integer("十"), 10);
  EXPECT_EQ(parse_chinese_integer("十二"), 12);
  EXPECT_EQ(parse_chinese_integer("二十五"), 25);
  EXPECT_EQ(parse_chinese_integer("一百零五"), 105);
  EXPECT_EQ(parse_chinese_integer("一百一十"), 110);
  EXPECT_EQ(parse_chinese_integer("三百五"), 350);
  EXPECT_EQ(parse_chinese_integer("三千一百一十九"), 3119);
  EXPECT_EQ(parse_chinese_integer("一千零一十"), 1010);
  EXPECT_EQ(parse_chinese_integer("一万二"), 12000);
  EXPECT_EQ(parse_chinese_integer("一万零五"), 10005);
  EXPECT_EQ(parse_chinese_integer("两千"), 2000);
  EXPECT_EQ(parse_chinese_integer("〇"), 0);
  EXPECT_EQ(parse_chinese_integer("零"), 0);
  EXPECT_EQ(parse_chinese_integer("二〇二三"), 2023);
  EXPECT_EQ(parse_chinese_integer("叁拾"), 30);
}

TEST(ChineseNumerals, RejectsWhatIsNotANumeral) {
  EXPECT_FALSE(parse_chinese_integer(""));
  EXPECT_FALSE(parse_chinese_integer("十百"));
  EXPECT_FALSE(parse_chinese_integer("三四五十"));
  EXPECT_FALSE(parse_chinese_integer("万"));
  EXPECT_FALSE(parse_chinese_integer("十件"));
}

TEST(ProseNumbers, DigitsWithUnitsWidthsAndSeparators) {
  auto n = scan_numbers("受理政府信息公开申请 21 件，公开信息１２条，共 1,234 件。");
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[0].value.integer_part(), 21);
  EXPECT_EQ(n[0].unit, "件");
  EXPECT_EQ(n[1].value.integer_part(), 12);
  EXPECT_EQ(n[1].unit, "条");
  EXPECT_EQ(n[2].value.integer_part(), 1234);
}

TEST(ProseNumbers, ChineseNumeralsNeedAUnit) {
  auto n = scan_numbers("一是加强领导，三审三校，受理申请十二件，答复两件");
  ASSERT_EQ(n.size(), 2u);
  EXPECT_TRUE(n[0].chinese);
  EXPECT_EQ(n[0].value.integer_part(), 12);
  EXPECT_EQ(n[1].value.integer_part(), 2);
}

TEST(ProseNumbers, PercentagesApproximationsAndOrdinals) {
  auto n = scan_numbers("占97.5%，百分之九十，共公开1340余条，依据第二十条，国令第711号");
  ASSERT_EQ(n.size(), 5u);
  EXPECT_TRUE(n[0].percent);
  EXPECT_EQ(n[0].value.str(), "97.5");
  EXPECT_TRUE(n[1].percent);
  EXPECT_EQ(n[1].value.integer_part(), 90);
  EXPECT_TRUE(n[2].approximate);
  EXPECT_EQ(n[2].unit, "条");
  EXPECT_TRUE(n[3].ordinal);
  EXPECT_TRUE(n[4].ordinal);
}

TEST(ProseNumbers, PhoneNumbersAndCodesAreNotCounts) {
  auto n = scan_numbers("电话：0517-87222589，邮箱hz126@x.com");
  for (const auto& x : n) EXPECT_NE(x.value.integer_part(), 87222589);
}
