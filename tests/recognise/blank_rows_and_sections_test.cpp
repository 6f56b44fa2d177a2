// Two classes of real reports the readers got wrong: a table row whose cells are all blank (&nbsp;,
// empty <p>, empty tab or pipe cells) is a row of blank cells (null), never a missing row, in every
// layout; and narrative sub-headings numbered like the statutory sections are never taken for them.
#include <gtest/gtest.h>

#include <regex>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

nlohmann::json checked(const std::string& text, const std::string& name) {
  nianbao::CheckOptions o;
  o.file_name = name;
  nianbao::Result r = nianbao::check(text, o);
  return nianbao::testing::result_tree(r, text, "zh");
}

bool has_rule(const nlohmann::json& j, const std::string& rule) {
  for (const auto& d : j["diagnostics"])
    if (d["rule"] == rule) return true;
  return false;
}

// The clean fixture of one layout with the numbers of table 三's row 2.其他法律行政法规禁止公开 blanked
// the way that layout writes a blank cell.
std::string blank_row(const std::string& name) {
  std::string text = read_file(fixture_path(name));
  if (name == "clean-2021-tabs.txt")
    return std::regex_replace(text, std::regex("(2\\.其他法律行政法规禁止公开)(\t0){7}"), "$1\t\t\t\t\t\t\t");
  if (name == "clean-2021-pipes.md")
    return std::regex_replace(text, std::regex("(2\\.其他法律行政法规禁止公开 \\|)( 0 \\|){7}"),
                              "$1 | | | | | | |");
  // HTML: the two ways editors write a blank cell.
  return std::regex_replace(text, std::regex("(2\\.其他法律行政法规禁止公开</td>)(<td>0&nbsp;</td>){7}"),
                            "$1<td>&nbsp;</td><td><p></p></td><td>&nbsp;&nbsp;</td><td><p>&nbsp;</p></td>"
                            "<td></td><td> </td><td>&nbsp;</td>");
}

class BlankRow : public ::testing::TestWithParam<const char*> {};

TEST_P(BlankRow, KeepsItsCellsAsBlanks) {
  std::string text = blank_row(GetParam());
  ASSERT_EQ(text.find("2.其他法律行政法规禁止公开\t0"), std::string::npos);  // the edit took
  nlohmann::json j = checked(text, GetParam());
  const auto& row = j["report"]["tables"]["t3"]["r3_2"];
  ASSERT_EQ(row.size(), 7u) << row.dump();
  for (auto& [col, c] : row.items()) EXPECT_TRUE(c["value"].is_null()) << col;
  EXPECT_FALSE(has_rule(j, "row-missing"));
  EXPECT_FALSE(has_rule(j, "t3-results-total"));  // its relations are assessed, and hold
  EXPECT_TRUE(has_rule(j, "cell-blank"));
}

INSTANTIATE_TEST_SUITE_P(Layouts, BlankRow,
                         ::testing::Values("clean-2021-tabs.txt", "clean-2021-pipes.md", "clean-2021.html"));

TEST(BlankRow, AWholeBlankTable4DataRowInHtmlIsARowOfBlanks) {
  std::string text = read_file(fixture_path("clean-2021.html"));
  std::string blanks;
  for (int i = 0; i < 15; ++i) blanks += "<td><p>&nbsp;</p></td>";
  text = std::regex_replace(text, std::regex("<tr>(<td>\\d+</td>){15}</tr>"), "<tr>" + blanks + "</tr>");
  ASSERT_NE(text.find(blanks), std::string::npos);
  nlohmann::json j = checked(text, "t4.html");
  ASSERT_TRUE(j["report"]["tables"].contains("t4"));
  EXPECT_TRUE(j["report"]["tables"]["t4"]["rv"]["total"]["value"].is_null());
  EXPECT_FALSE(has_rule(j, "table-missing"));
}

std::string with_section_one(const std::string& body) {
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  std::size_t a = text.find("一、总体情况"), b = text.find("二、主动公开政府信息情况");
  return text.substr(0, a) + "一、总体情况\n\n" + body + "\n\n" + text.substr(b);
}

TEST(Sections, NarrativeSubHeadingsNumberedLikeSectionsAreNotSections) {
  std::string text = with_section_one(
      "2024年，我局扎实推进政府信息公开工作。\n\n一、主动公开工作情况\n\n全年主动公开政府信息1206条。\n\n"
      "二、依申请公开工作情况\n\n全年收到申请37件。\n\n三、主动公开工作情况\n\n一是及时公开；二是做好解读。\n"
      "\n"
      "二是依申请公开答复规范\n\n四、政府信息公开平台建设\n\n五、监督保障\n\n开展培训2次。");
  nlohmann::json j = checked(text, "narrative.txt");
  const auto& s = j["report"]["sections"];
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[1]["title"], "二、主动公开政府信息情况");
  EXPECT_EQ(s[2]["title"], "三、收到和处理政府信息公开申请情况");
  EXPECT_EQ(s[3]["title"], "四、政府信息公开行政复议、行政诉讼情况");
  EXPECT_FALSE(has_rule(j, "section-order"));
  EXPECT_FALSE(has_rule(j, "section-missing"));
  EXPECT_EQ(j["report"]["tables"]["t3"]["new"]["total"]["value"], 37);
}

TEST(Sections, AKeywordAndAForeignNumeralNeverMakeASection) {
  // The statutory heading 二 is absent; "三、主动公开工作情况" inside 一 is not taken for it.
  std::string text = with_section_one("三、主动公开工作情况\n\n全年主动公开政府信息1206条。");
  std::size_t h = text.find("二、主动公开政府信息情况");
  text.erase(h, std::string("二、主动公开政府信息情况").size());
  nlohmann::json j = checked(text, "no-s2.txt");
  for (const auto& s : j["report"]["sections"]) EXPECT_NE(s["key"], "s2") << s.dump();
}

TEST(Sections, TheStatutoryTitleMisnumberedIsStillTheSection) {
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  std::size_t h = text.find("二、主动公开政府信息情况");
  text.replace(h, std::string("二、").size(), "三、");
  nlohmann::json j = checked(text, "misnumbered.txt");
  ASSERT_GE(j["report"]["sections"].size(), 2u);
  EXPECT_EQ(j["report"]["sections"][1]["key"], "s2");
  EXPECT_EQ(j["report"]["sections"][1]["title"], "三、主动公开政府信息情况");
}

}  // namespace
