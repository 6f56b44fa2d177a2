// The canonical text of an HTML or .docx input (paragraphs, tab-separated table rows) read back as text
// gives the same report model, and every diagnostic points at its place in it (text_at) as well as in
// the source (at).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::corpus_dir;
using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

nlohmann::json model(const std::string& text, const std::string& name) {
  nianbao::CheckOptions o;
  o.file_name = name;
  nianbao::Result r = nianbao::extract(text, o);
  nlohmann::json rep = nianbao::testing::result_tree(r, text, "zh")["report"];
  nlohmann::json m;
  for (auto& [t, rows] : rep["tables"].items())
    for (auto& [row, cols] : rows.items())
      for (auto& [col, cell] : cols.items()) m["cells"][t + "." + row + "." + col] = cell["value"];
  for (const auto& s : rep["sections"]) m["sections"].push_back(s["key"]);
  for (const char* k : {"year", "template", "agency", "title"}) m[k] = rep[k];
  return m;
}

std::string canonical(const std::string& html, const std::string& name) {
  nianbao::CheckOptions o;
  o.file_name = name;
  return nianbao::extract(html, o).canonical_text;
}

void expect_round_trip(const std::string& html, const std::string& name) {
  std::string text = canonical(html, name);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.find('<'), std::string::npos) << "markup left in the canonical text";
  nlohmann::json a = model(html, name), b = model(text, name + ".txt");
  EXPECT_EQ(a["cells"].size(), b["cells"].size()) << name;
  for (auto& [k, v] : a["cells"].items()) EXPECT_EQ(b["cells"][k], v) << name << " " << k;
  for (const char* k : {"sections", "year", "template", "agency", "title"})
    EXPECT_EQ(a[k], b[k]) << name << " " << k;
}

class CanonicalText : public ::testing::TestWithParam<const char*> {};

TEST_P(CanonicalText, ReadBackGivesTheSameModel) {
  expect_round_trip(read_file(fixture_path(GetParam())), GetParam());
}

INSTANTIATE_TEST_SUITE_P(HtmlFixtures, CanonicalText,
                         ::testing::Values("clean-2021.html", "html_word_export.html", "producer-trs.html",
                                           "producer-word.html", "producer-word-page-break.html"));

TEST(CanonicalText, CorpusHtmlReadBackGivesTheSameModel) {
  auto dir = corpus_dir();
  if (!dir) GTEST_SKIP() << "../shared/corpus is not present";
  expect_round_trip(read_file(*dir + "/reports/008.html"), "008.html");
}

TEST(CanonicalText, ParagraphsAndTabSeparatedRows) {
  std::string text = canonical(
      "<p>一、总体情况</p><p>第一段&nbsp;&nbsp;&nbsp;文字</p><table><tr><td "
      "colspan=4>第二十条第（一）项</td></tr>"
      "<tr><td>规章</td><td>1</td><td>&nbsp;</td><td><p>2</p></td></tr></table><p>二、主动公开政府信息情况</"
      "p>",
      "a.html");
  EXPECT_EQ(text,
            "一、总体情况\n\n第一段 文字\n\n第二十条第（一）项\t\n规章\t1\t\t2\n\n二、主动公开政府信息情况");
}

TEST(CanonicalText, TextInputHasNoneOfItsOwn) {
  EXPECT_TRUE(canonical(read_file(fixture_path("clean-2021-tabs.txt")), "a.txt").empty());
}

TEST(CanonicalText, EveryDiagnosticPointsAtItsPlaceInTheCanonicalText) {
  std::string html = read_file(fixture_path("clean-2021.html"));
  // 一、本年新收 总计 37 -> 99: a row-total and a balance failure on that cell.
  html = std::regex_replace(html, std::regex("<td>37&nbsp;</td>"), "<td>99&nbsp;</td>");
  nianbao::CheckOptions o;
  o.file_name = "wrong.html";
  nianbao::Result r = nianbao::check(html, o);
  ASSERT_FALSE(r.canonical_text.empty());
  bool seen = false;
  for (const auto& d : r.diagnostics) {
    ASSERT_TRUE(d.text_at.has_value()) << d.rule;
    EXPECT_LE(d.text_at->end, r.canonical_text.size());
    if (d.cell == "t3.new.total" && d.rule == "t3-row-total") {
      seen = true;
      EXPECT_EQ(r.canonical_text.substr(d.text_at->begin, d.text_at->length()), "99");
    }
  }
  EXPECT_TRUE(seen);
  nlohmann::json j = nianbao::testing::result_tree(r, html, "zh");
  EXPECT_EQ(j["canonical_text"], r.canonical_text);
  for (const auto& d : j["diagnostics"]) {
    ASSERT_TRUE(d.contains("text_at")) << d.dump();
    for (const char* k : {"offset", "length", "line", "column"}) EXPECT_TRUE(d["text_at"].contains(k));
  }
}

}  // namespace
