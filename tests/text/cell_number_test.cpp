#include "core/text/cell_number.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using nianbao::text::is_value_text;
using nianbao::text::parse_cell;

TEST(CellNumber, ValueCellsAreNumbersBlanksAndPlaceholders) {
  for (const char* t : {"12", "0", "1,234", "7730.28", " 3 件", "２１", "12万元", "—", "/", "无", "", "　",
                        "－8", "1234567890123456"})
    EXPECT_TRUE(is_value_text(t)) << t;
  for (const char* t :
       {"本年新收政府信息公开申请数量", "abc", "12a", "见附件", "1.属于国家秘密", "件", "\xff"})
    EXPECT_FALSE(is_value_text(t)) << t;
}

// is_value_text() answers most cells without parsing them; it must always agree with parse_cell().
// Every string of up to three pieces from characters a value may hold, and a few it may not, is tried.
TEST(CellNumber, QuickAnswerAgreesWithTheParse) {
  const std::vector<std::string> pieces = {"1",  "0",  "9",  ".",        ",",    "-",  "+",  " ",   "\t",
                                           "/",  "\\", "、", "无",       "万元", "元", "件", "人",  "次",
                                           "１", "．", "－", "＋",       "，",   "／", "—",  "–",   "−",
                                           "─",  "―",  "　", "\xc2\xa0", "a",    "年", "（", "\xff"};
  std::vector<std::string> all = {""};
  for (std::size_t len = 0, from = 0; len < 3; ++len) {
    std::size_t to = all.size();
    for (std::size_t i = from; i < to; ++i)
      for (const auto& p : pieces) all.push_back(all[i] + p);
    from = to;
  }
  for (const auto& t : all) ASSERT_EQ(is_value_text(t), parse_cell(t).is_value()) << "[" << t << "]";
}

// Whole cells as reports write them (and as broken tables leave them: "|"), held to the same agreement.
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
