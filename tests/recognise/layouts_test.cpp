// The same fictional report written in five layouts (tests/fixtures/make_layouts.py) must give the
// same report model: every cell of tables 二/三/四, the sections, template, year and agency.
#include <gtest/gtest.h>

#include <map>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

nlohmann::json extract_report(const std::string& name) {
  std::string text = read_file(fixture_path(name));
  nianbao::CheckOptions o;
  o.file_name = name;
  nianbao::Result r = nianbao::extract(text, o);
  return nianbao::testing::result_tree(r, text, "zh")["report"];
}

std::map<std::string, nlohmann::json> cell_values(const nlohmann::json& report) {
  std::map<std::string, nlohmann::json> out;
  for (auto& [t, rows] : report["tables"].items())
    for (auto& [row, cols] : rows.items())
      for (auto& [col, cell] : cols.items()) out[t + "." + row + "." + col] = cell["value"];
  return out;
}

class Layouts : public ::testing::TestWithParam<const char*> {};

TEST_P(Layouts, ReadsTheSameModelAsTheTabLayout) {
  nlohmann::json base = extract_report("clean-2021-tabs.txt");
  nlohmann::json other = extract_report(GetParam());
  auto b = cell_values(base), o = cell_values(other);
  // 2 + 4 + 6 cells of table 二, 25 x 7 of table 三, 15 of table 四.
  ASSERT_EQ(b.size(), 12u - 2u + 175u + 15u);
  EXPECT_EQ(o, b);
  EXPECT_EQ(other["template"], "2021");
  EXPECT_EQ(other["year"], 2024);
  EXPECT_EQ(other["agency"], "青山县市场监督管理局");
  ASSERT_EQ(other["sections"].size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(other["sections"][i]["key"], "s" + std::to_string(i + 1));
}

INSTANTIATE_TEST_SUITE_P(AllLayouts, Layouts,
                         ::testing::Values("clean-2021-tabs.txt", "clean-2021-lines.txt",
                                           "clean-2021-pipes.md", "clean-2021-pdf.txt", "clean-2021.html"));

TEST(Layouts, KnownValuesOfTheFixture) {
  auto v = cell_values(extract_report("clean-2021-pdf.txt"));
  EXPECT_EQ(v["t3.new.total"], 37);
  EXPECT_EQ(v["t3.r7.total"], 38);
  EXPECT_EQ(v["t3.carry_out.total"], 2);
  EXPECT_EQ(v["t3.r5_2.legal"], 1);
  EXPECT_EQ(v["t4.rv.total"], 4);
  EXPECT_EQ(v["t4.lr.pending"], 1);
  EXPECT_EQ(v["t2.license.decisions"], 156);
}

TEST(Layouts, CellLocationsPointAtTheNumberInTheSource) {
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  nianbao::Result r = nianbao::extract(text);
  const nianbao::CellValue* c = r.report.t3.cell("r4_1", "total");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(text.substr(c->at.begin, c->at.length()), "8");
  nlohmann::json j = nianbao::testing::result_tree(r, text, "zh");
  const auto& at = j["report"]["tables"]["t3"]["r4_1"]["total"]["at"];
  // UTF-16 offsets: the line and column of the cell as an editor counts them.
  std::size_t line = at["line"];
  std::size_t nth = 1, pos = 0;
  while (nth < line) pos = text.find('\n', pos) + 1, ++nth;
  std::string line_text = text.substr(pos, text.find('\n', pos) - pos);
  EXPECT_NE(line_text.find("1.本机关不掌握相关政府信息"), std::string::npos);
  EXPECT_EQ(at["length"], 1);
}

TEST(Layouts, LabelsAreKeptAsWritten) {
  nlohmann::json rep = extract_report("clean-2021-pdf.txt");
  // The PDF layout wraps the long label of （二）; the model keeps the whole label.
  std::string label = rep["row_labels"]["t3"]["r2"];
  EXPECT_NE(label.find("部分公开"), std::string::npos);
  EXPECT_NE(label.find("不计其他情形"), std::string::npos);
}

}  // namespace
