// Names in messages: the row label as written (with its group for sub-rows), the official column header.
#include "core/rules/describe.hpp"

#include <gtest/gtest.h>

#include "tests/support/report_builder.hpp"

using namespace nianbao;
using namespace nianbao::testing;

TEST(Describe, SubRowsCarryTheirGroup) {
  Report r = balanced_2021();
  EXPECT_EQ(rules::cell_zh(r, "t3.r4_1.np"), "表三“（四）无法提供 1.本机关不掌握相关政府信息”行“自然人”列");
  EXPECT_EQ(rules::cell_zh(r, "t3.new.total"), "表三“一、本年新收政府信息公开申请数量”行“总计”列");
  EXPECT_EQ(rules::cell_zh(r, "t2.fee.amount"), "表二“行政事业性收费”行“本年收费金额（单位：万元）”列");
  EXPECT_EQ(rules::cell_zh(r, "t4.lr.total"), "表四“行政诉讼 复议后起诉”“总计”列");
}

TEST(Describe, UsesTheLabelAsWritten) {
  Report r = balanced_2021();
  row(r, "t3", "r7")->label = "(七) 总计";
  EXPECT_EQ(rules::cell_zh(r, "t3.r7.np"), "表三“(七) 总计”行“自然人”列");
  use_single_r6(r);
  EXPECT_EQ(rules::row_zh(r, "t3", "r6"), "（六）其他处理");
  EXPECT_EQ(rules::cell_en(r, "t3.r1.np"), "Table 3, row \"(1) Disclosed\", column \"natural persons\"");
}

TEST(Describe, PointsAtTheCellElseTheRowElseTheTable) {
  Report r = balanced_2021();
  EXPECT_EQ(rules::cell_range(r, "t3.r1.np").begin, cell(r, "t3.r1.np").at.begin);
  row(r, "t3", "r1")->cells.erase("np");
  EXPECT_EQ(rules::cell_range(r, "t3.r1.np").begin, row(r, "t3", "r1")->label_at.begin);
  EXPECT_EQ(rules::cell_range(r, "t3.nowhere.np").begin, r.t3.at.begin);
}
