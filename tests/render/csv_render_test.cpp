// CSV 整改清单 (docs/csv.md): the one schema of the CLI, batch and the page: Chinese (or English) headers and
// severities, the place in the report's words, one RFC 4180 row per finding, review marks, formula defusing.
#include <gtest/gtest.h>

#include "core/render/render.hpp"
#include "tests/render/render_fixture.hpp"
#include "tests/support/json_bridge.hpp"

namespace nianbao {
namespace {

using testing::sample_result;

const std::string kHeaderZh =
    "序号,文件,单位,年度,严重程度,位置,问题,应为,实为,建议修改,规则,单元格,行,列,审核,审核说明,指纹,"
    "上一年度报告\r\n";

TEST(RenderCsv, HeaderAndRows) {
  nlohmann::json r = sample_result();
  r["diagnostics"][0]["place"] = {{"zh", "表三“一、本年新收政府信息公开申请数量”行“总计”列"},
                                  {"en", "Table 三, row x"}};
  r["diagnostics"][0]["fingerprint"] = "0123456789abcdef";
  r["diagnostics"][0]["review"] = {{"status", "verified"}, {"reason", "已核对"}};
  std::string csv = render_csv(nlohmann::json::array({r}));
  ASSERT_EQ(csv.rfind(kHeaderZh, 0), 0u) << csv;
  EXPECT_NE(csv.find("\r\n1,\"年报, \"\"2023\"\".txt\",青禾市临溪区数据资源管理局,2023,错误,"
                     "表三“一、本年新收政府信息公开申请数量”行“总计”列,"
                     "表三“一、本年新收”行：总计应为各类申请人之和 2，实为 3,"
                     "2,3,改为 2,t3-row-total,t3.new.total,40,24,已核实,已核对,0123456789abcdef,\r\n"),
            std::string::npos)
      << csv;
  // Quote, comma and newline inside a message: quoted, quotes doubled, newline kept inside the field.
  EXPECT_NE(csv.find(",警告,,\"提醒："), std::string::npos) << csv;
  EXPECT_NE(csv.find("含\"\"引号\"\"\n第二行\""), std::string::npos) << csv;
  // No location: empty line/column; text that a spreadsheet would run as a formula is defused.
  EXPECT_NE(csv.find(",提示,,第六部分未提及信息处理费,,'=cmd|' /C calc'!A0,,s6-fee,,,,,,,\r\n"),
            std::string::npos)
      << csv;
  // Exactly three records (the newline inside the quoted field does not end one).
  std::size_t records = 0;
  for (std::size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2)) ++records;
  EXPECT_EQ(records, 4u);
}

TEST(RenderCsv, EnglishHeadersAndSeverities) {
  std::string csv = render_csv(nlohmann::json::array({sample_result()}), "en");
  EXPECT_EQ(
      csv.rfind("No.,File,Agency,Year,Severity,Place,Problem,Expected,Found,Fix,Rule,Cell,Line,Column,Review,"
                "Review note,Fingerprint,Previous year's report\r\n",
                0),
      0u)
      << csv;
  EXPECT_NE(csv.find(",error,"), std::string::npos);
  EXPECT_NE(csv.find(",change to 2,"), std::string::npos);
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
  EXPECT_NE(csv.find("1,a.txt,,,错误,,m,0,-3,,t2-negative,,2,5,,,,\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("2,a.txt,,,警告,,m,,7730.28,,t2-fee,,,,,,,\r\n"), std::string::npos) << csv;
  EXPECT_EQ(render_csv(nlohmann::json::array()), kHeaderZh);
  EXPECT_NO_THROW(render_csv(nlohmann::json::array({nullptr, 1, {{"diagnostics", {1, "x"}}}})));
}

// Every row says which report this one was compared with (cross-year rules, a batch's pairing), so a
// supervisor's 整改清单 states the pairing; empty when there was none.
TEST(RenderCsv, LastColumnNamesThePreviousYearsReport) {
  nlohmann::json r = sample_result();
  r["previous"] = {{"file", "reports/2022,旧.txt"}, {"readable", true}, {"year", 2022}};
  std::string csv = render_csv(nlohmann::json::array({r, sample_result()}));
  const std::string named = ",\"reports/2022,旧.txt\"";  // a comma in the name: quoted
  std::size_t with = 0, without = 0;
  for (std::size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2)) {
    if (p >= named.size() && csv.compare(p - named.size(), named.size(), named) == 0) ++with;
    if (csv[p - 1] == ',') ++without;
  }
  EXPECT_EQ(with, sample_result()["diagnostics"].size()) << csv;
  EXPECT_EQ(without, sample_result()["diagnostics"].size()) << csv;
}

}  // namespace
}  // namespace nianbao
