// Cells family: text, negatives and fractions per cell; blanks and placeholders once per table.
#include <gtest/gtest.h>

#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

TEST(CellNotNumber, FiresOnTheCellWithItsText) {
  Report r = balanced_2021();
  set(r, "t3.r4_1.np", "见附件");
  auto d = with_rule(run_families(r), "cell-not-number");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t3.r4_1.np");
  EXPECT_EQ(d[0].found, "见附件");
  EXPECT_EQ(d[0].at->begin, cell(r, "t3.r4_1.np").at.begin);
  EXPECT_NE(d[0].message_zh.find("表三“（四）无法提供 1.本机关不掌握相关政府信息”行“自然人”列"),
            std::string::npos)
      << d[0].message_zh;
}

TEST(CellNotNumber, NumbersWithUnitsAndPlaceholdersAreFine) {
  Report r = balanced_2021();
  set(r, "t3.r1.np", "5件");
  set(r, "t3.r3_1.np", "—");
  EXPECT_TRUE(with_rule(run_families(r), "cell-not-number").empty());
}

TEST(CellPlaceholder, ListedOncePerTable) {
  Report r = balanced_2021();
  set(r, "t3.r3_1.np", "/");
  set(r, "t3.r3_2.biz", "无");
  set(r, "t4.lr.keep", "—");
  Findings f = run_families(r);
  auto d = with_rule(f, "cell-placeholder");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].severity, Severity::Info);
  EXPECT_EQ(d[0].cells, (std::vector<std::string>{"t3.r3_1.np", "t3.r3_2.biz"}));
  EXPECT_EQ(d[1].cells, (std::vector<std::string>{"t4.lr.keep"}));
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "cell-placeholder").empty());
}

TEST(CellBlank, ListedOncePerTableWithAllCells) {
  Report r = balanced_2021();
  for (const char* row : {"r3_1", "r3_2", "r3_3"})
    for (const char* col : {"biz", "research"}) set(r, std::string("t3.") + row + "." + col, "");
  auto d = with_rule(run_families(r), "cell-blank");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cells.size(), 6u);
  EXPECT_EQ(d[0].cell, "t3.r3_1.biz");
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "cell-blank").empty());
}

TEST(CellNegative, FiresOnCountsNotOn2019Change) {
  Report r = balanced_2021();
  set(r, "t4.ld.other", "-1");
  auto d = with_rule(run_families(r), "cell-negative");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t4.ld.other");
  EXPECT_EQ(d[0].found, -1);
  Report old = balanced_2019();  // t2.license.change is -2 there: allowed
  EXPECT_TRUE(with_rule(run_families(old), "cell-negative").empty());
  set(old, "t2.license.decisions", "-3");
  EXPECT_EQ(with_rule(run_families(old), "cell-negative").size(), 1u);
}

TEST(CellNotInteger, FiresOnCountsNotOnTheFee) {
  Report r = balanced_2021();
  set(r, "t2.penalty.decisions", "2.5");
  auto d = with_rule(run_families(r), "cell-not-integer");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t2.penalty.decisions");
  EXPECT_EQ(d[0].found, 2.5);
  set(r, "t2.penalty.decisions", "2");
  set(r, "t2.fee.amount", "0.394");
  EXPECT_TRUE(with_rule(run_families(r), "cell-not-integer").empty());
}

TEST(FeeUnit, FiresOnYuanInTheCell) {
  Report r = balanced_2021();
  set(r, "t2.fee.amount", "3940元");
  auto d = with_rule(run_families(r), "fee-unit");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t2.fee.amount");
  EXPECT_EQ(d[0].found, "3940元");
  EXPECT_EQ(d[0].expected, 0.394);
  EXPECT_EQ(d[0].severity, Severity::Warning);
}

TEST(FeeUnit, FiresOnUnreadableFeeButNotAsCellNotNumber) {
  Report r = balanced_2021();
  set(r, "t2.fee.amount", "见附件");
  Findings f = run_families(r);
  EXPECT_EQ(with_rule(f, "fee-unit").size(), 1u);
  EXPECT_TRUE(with_rule(f, "cell-not-number").empty());
}

TEST(FeeUnit, SilentForWanYuanOrAPlainNumber) {
  Report r = balanced_2021();
  set(r, "t2.fee.amount", "1.25万元");
  EXPECT_TRUE(with_rule(run_families(r), "fee-unit").empty());
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "fee-unit").empty());
}

TEST(FeeScale, FiresWhenTheProseGivesAnotherFigure) {
  Report r = balanced_2021();  // table: 1.25 万元
  set_section_text(r, "s6", {"本年度未收取信息处理费。", "全年收取行政事业性收费 12500 元。"});
  EXPECT_TRUE(with_rule(run_families(r), "fee-scale").empty());  // 12500 元 = 1.25 万元
  set_section_text(r, "s6", {"本年度未收取信息处理费。", "全年收取行政事业性收费 125000 元。"});
  auto d = with_rule(run_families(r), "fee-scale");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t2.fee.amount");
  EXPECT_EQ(d[0].expected, 1.25);
  EXPECT_EQ(d[0].found, 12.5);
}

TEST(FeeScale, FiresOnAnAmountThatCanOnlyBeYuan) {
  Report r = balanced_2021();
  set(r, "t2.fee.amount", "3940000");
  auto d = with_rule(run_families(r), "fee-scale");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 394);
}

TEST(CellOutOfRange, AFourteenDigitTotalIsReportedAtItsCellNotAsText) {
  Report r = balanced_2021();
  set(r, "t3.new.total", "12345678901234");
  Findings f = run_families(r);
  auto d = with_rule(f, "cell-out-of-range");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t3.new.total");
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].found, "12345678901234");
  EXPECT_EQ(d[0].at->begin, cell(r, "t3.new.total").at.begin);
  EXPECT_NE(d[0].message_zh.find("整数部分超过 12 位"), std::string::npos) << d[0].message_zh;
  EXPECT_EQ(d[0].message_zh.find("不是数字"), std::string::npos) << d[0].message_zh;
  EXPECT_NE(d[0].message_en.find("more than 12 digits"), std::string::npos) << d[0].message_en;
  EXPECT_TRUE(with_rule(f, "cell-not-number").empty());
  // The relations through that cell are not assessed, and say nothing wrong about its neighbours.
  EXPECT_GT(f.not_assessable_count(), run_families(balanced_2021()).not_assessable_count());
  EXPECT_TRUE(with_rule(f, "t3-row-total").empty());
}

TEST(CellOutOfRange, TooManyDecimalsAndDigitsAreNamedAsSuch) {
  Report r = balanced_2021();
  set(r, "t3.r4_1.np", "1.1234567");
  set(r, "t2.fee.amount", "1234567890.123456");  // the fee cell too: a number, not a unit problem
  Findings f = run_families(r);
  auto d = with_rule(f, "cell-out-of-range");
  ASSERT_EQ(d.size(), 2u);
  std::string all = d[0].message_zh + d[1].message_zh;
  EXPECT_NE(all.find("小数超过 6 位"), std::string::npos) << all;
  EXPECT_NE(all.find("有效数字超过 15 位"), std::string::npos) << all;
  EXPECT_TRUE(with_rule(f, "fee-unit").empty());
  EXPECT_TRUE(with_rule(f, "cell-not-number").empty());
}

TEST(CellOutOfRange, TheLargestAcceptedValueIsANumber) {
  Report r = balanced_2021();
  set(r, "t3.new.np", "999999999999");
  Findings f = run_families(r);
  EXPECT_TRUE(with_rule(f, "cell-out-of-range").empty());
  EXPECT_TRUE(with_rule(f, "cell-not-number").empty());
}

TEST(ArithmeticAtTheLimit, SumsOfTheLargestCellsAreExactNeverWrapped) {
  // Two cells of 999,999,999,999 (64-bit millionths would wrap well before their sum).
  Report r = balanced_2021();
  long long np = cell(r, "t3.new.np").value->integer_part();
  long long biz = cell(r, "t3.new.biz").value->integer_part();
  long long total = cell(r, "t3.new.total").value->integer_part();
  set(r, "t3.new.np", "999999999999");
  set(r, "t3.new.biz", "999999999999");
  auto d = with_rule(run_families(r), "t3-row-total");
  ASSERT_EQ(d.size(), 1u);
  long long expected = total - np - biz + 2 * 999999999999LL;
  EXPECT_EQ(d[0].expected, expected);
  EXPECT_NE(d[0].message_zh.find(std::to_string(expected)), std::string::npos) << d[0].message_zh;
  // With the total written as that exact sum, the row holds.
  set(r, "t3.new.total", std::to_string(expected));
  EXPECT_TRUE(with_rule(run_families(r), "t3-row-total").empty());
}
