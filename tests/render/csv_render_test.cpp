// CSV: the fixed header, one RFC 4180 row per diagnostic, quoting, and formula defusing.
#include <gtest/gtest.h>

#include "core/render/render.hpp"
#include "tests/render/render_fixture.hpp"

namespace nianbao {
namespace {

using testing::sample_result;

TEST(RenderCsv, HeaderAndRows) {
  std::string csv = render_csv(nlohmann::json::array({sample_result()}));
  const std::string header = "file,rule,severity,cell,line,column,expected,found,message\r\n";
  ASSERT_EQ(csv.rfind(header, 0), 0u);
  EXPECT_NE(csv.find("\r\n\"年报, \"\"2023\"\".txt\",t3-row-total,error,t3.new.total,40,24,2,3,"
                     "表三“一、本年新收”行：总计应为各类申请人之和 2，实为 3\r\n"),
            std::string::npos)
      << csv;
  // Quote, comma and newline inside a message: quoted, quotes doubled, newline kept inside the field.
  EXPECT_NE(csv.find(",\"提醒：<script>alert(1)</script>，含\"\"引号\"\"\n第二行\"\r\n"), std::string::npos)
      << csv;
  // No location: empty line/column; text that a spreadsheet would run as a formula is defused.
  EXPECT_NE(csv.find(",s6-fee,info,,,,,'=cmd|' /C calc'!A0,第六部分未提及信息处理费\r\n"), std::string::npos)
      << csv;
  // Exactly three records (the newline inside the quoted field does not end one).
  std::size_t records = 0;
  for (std::size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2)) ++records;
  EXPECT_EQ(records, 4u);
}

TEST(RenderCsv, NumbersAreNotDefusedAndEmptyInputGivesHeaderOnly) {
  nlohmann::json r = {
      {"file", "a.txt"},
      {"diagnostics",
       {{{"rule", "t2-negative"},
         {"severity", "error"},
         {"message", "m"},
         {"expected", 0},
         {"found", -3},
         {"at", {{"line", 2}, {"column", 5}}}},
        {{"rule", "t2-fee"}, {"severity", "warning"}, {"message", "m"}, {"found", 7730.28}}}}};
  std::string csv = render_csv(nlohmann::json::array({r}));
  EXPECT_NE(csv.find("a.txt,t2-negative,error,,2,5,0,-3,m\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("a.txt,t2-fee,warning,,,,,7730.28,m\r\n"), std::string::npos) << csv;
  EXPECT_EQ(render_csv(nlohmann::json::array()),
            "file,rule,severity,cell,line,column,expected,found,message\r\n");
  EXPECT_NO_THROW(render_csv(nlohmann::json::array({nullptr, 1, {{"diagnostics", {1, "x"}}}})));
}

}  // namespace
}  // namespace nianbao
