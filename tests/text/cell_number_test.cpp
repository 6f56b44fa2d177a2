#include "core/text/cell_number.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using nianbao::text::is_value_text;
using nianbao::text::parse_cell;

// is_value_text answers the commonest cells without parse_cell; both must always agree, or a table
// row would be read differently depending on which of the two a recogniser asked.
TEST(CellNumber, IsValueTextAgreesWithParseCellOnEveryKindOfCell) {
  const std::vector<std::string> cells = {"",
                                          " ",
                                          "\t \t",
                                          "0",
                                          "12",
                                          "1 234",
                                          "007",
                                          "12.5",
                                          "1,234",
                                          "-3",
                                          "+4",
                                          "１２",
                                          "１２．５",
                                          "3件",
                                          "3 件",
                                          "12万元",
                                          "5人",
                                          "8次",
                                          "无",
                                          "/",
                                          "／",
                                          "—",
                                          "——",
                                          "-",
                                          "－－",
                                          "、",
                                          "\\",
                                          "十一",
                                          "abc",
                                          "12a",
                                          "一",
                                          "本年新收",
                                          "总计",
                                          "1件2",
                                          "件",
                                          "人3",
                                          "12345678901234567890",
                                          "0.1234567",
                                          "1.2.3",
                                          "3　",
                                          "　",
                                          "−5",
                                          "–5",
                                          "x1",
                                          "E5",
                                          "12元整",
                                          "十",
                                          "二〇二一",
                                          "（一）",
                                          "%",
                                          "12%",
                                          "1e5",
                                          "無",
                                          "无无",
                                          "元元",
                                          "|",
                                          "1|",
                                          "||",
                                          "3\r",
                                          "\f5",
                                          "1.5件",
                                          "—3"};
  for (const auto& c : cells) EXPECT_EQ(is_value_text(c), parse_cell(c).is_value()) << "cell: [" << c << "]";
}

TEST(CellNumber, ValueCellsAreNumbersBlanksPlaceholdersAndNumbersOutOfRange) {
  EXPECT_TRUE(is_value_text(""));
  EXPECT_TRUE(is_value_text("  "));
  EXPECT_TRUE(is_value_text("42"));
  EXPECT_TRUE(is_value_text("42 件"));
  EXPECT_TRUE(is_value_text("无"));
  EXPECT_TRUE(is_value_text("/"));
  EXPECT_TRUE(is_value_text("12345678901234567890"));  // too many digits: still where a number stands
  EXPECT_FALSE(is_value_text("十一"));
  EXPECT_FALSE(is_value_text("abc"));
  EXPECT_FALSE(is_value_text("本年新收"));
}
