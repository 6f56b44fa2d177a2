// The canonical HTML: official layout (every cell of the form, with its key), problem markers,
// escaping of report text, language of the UI, fragment mode, and tolerance of thin results.
#include <gtest/gtest.h>

#include "core/render/render.hpp"
#include "core/template/template.hpp"
#include "tests/render/render_fixture.hpp"
#include "tests/support/json_bridge.hpp"

namespace nianbao {
namespace {

using testing::count;
using testing::sample_result;
using testing::tag_with;
using testing::td_with;

nlohmann::json empty_result(const std::string& template_id) {
  return {
      {"file", "x.txt"}, {"report", {{"template", template_id}}}, {"diagnostics", nlohmann::json::array()}};
}

void expect_every_cell(const std::string& html, const std::string& table, const std::string& template_id) {
  const tmpl::TableDef& t = tmpl::table(table, template_id);
  for (const auto& r : t.rows) {
    if (r.key.empty()) continue;
    for (const auto& col : r.columns)
      EXPECT_EQ(count(html, "<td data-cell=\"" + table + "." + r.key + "." + col + "\""), 1u)
          << table << "." << r.key << "." << col;
  }
}

TEST(RenderHtml, EveryValueCellOfTables2021CarriesItsKey) {
  std::string html = render_html(empty_result("2021"), "zh");
  EXPECT_EQ(count(html, "<td data-cell=\"t3."), 175u);
  EXPECT_EQ(count(html, "<td data-cell=\"t4."), 15u);
  EXPECT_EQ(count(html, "<td data-cell=\"t2."), 10u);
  expect_every_cell(html, "t2", "2021");
  expect_every_cell(html, "t3", "2021");
  expect_every_cell(html, "t4", "2021");
  // Nothing in the report: every cell drawn, marked missing.
  EXPECT_EQ(count(html, "data-missing=\"true\""), 200u);
}

TEST(RenderHtml, SampleStillDrawsEveryOfficialCell) {
  std::string html = render_html(sample_result(), "zh");
  expect_every_cell(html, "t3", "2021");
  expect_every_cell(html, "t4", "2021");
  // 175 of the form plus the extra 2019 row （六） and the extra column (listed below the table).
  EXPECT_EQ(count(html, "<td data-cell=\"t3."), 175u + 7u + 1u);
}

TEST(RenderHtml, Table3HeaderFollowsTheOfficialForm) {
  std::string html = render_html(empty_result("2021"), "zh");
  EXPECT_NE(html.find("colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为"), std::string::npos);
  EXPECT_NE(html.find("colspan=\"7\">申请人情况</th>"), std::string::npos);
  EXPECT_NE(html.find("rowspan=\"2\">自然人</th>"), std::string::npos);
  EXPECT_NE(html.find("colspan=\"5\">法人或其他组织</th>"), std::string::npos);
  EXPECT_NE(html.find("rowspan=\"2\">总计</th>"), std::string::npos);
  EXPECT_NE(html.find("rowspan=\"22\">三、本年度办理结果</th>"), std::string::npos);
  EXPECT_NE(html.find("rowspan=\"8\">（三）不予公开</th>"), std::string::npos);
  EXPECT_NE(html.find("rowspan=\"3\">（六）其他处理</th>"), std::string::npos);
  // Top-level rows span the whole label area, level-1 rows two columns of it.
  EXPECT_NE(tag_with(html, "<th", "data-row=\"t3.new\"").find("colspan=\"3\""), std::string::npos);
  EXPECT_NE(tag_with(html, "<th", "data-row=\"t3.r7\"").find("colspan=\"2\""), std::string::npos);
  EXPECT_EQ(tag_with(html, "<th", "data-row=\"t3.r3_1\"").find("colspan"), std::string::npos);
  // Table 四.
  EXPECT_NE(html.find("colspan=\"10\">行政诉讼</th>"), std::string::npos);
  EXPECT_NE(tag_with(html, "<th", "data-row=\"t4.rv\"").find("colspan=\"5\""), std::string::npos);
  // Table 二: the (五) block's single value spans three columns.
  EXPECT_NE(tag_with(html, "<td", "data-cell=\"t2.license.decisions\"").find("colspan=\"3\""),
            std::string::npos);
}

TEST(RenderHtml, Template2019Layout) {
  std::string html = render_html(empty_result("2019"), "zh");
  EXPECT_EQ(count(html, "<td data-cell=\"t3."), 161u);
  expect_every_cell(html, "t3", "2019");
  expect_every_cell(html, "t2", "2019");
  EXPECT_EQ(count(html, "t3.r6_1"), 0u);
  EXPECT_NE(html.find("rowspan=\"20\">三、本年度办理结果</th>"), std::string::npos);
  EXPECT_NE(html.find("第二十条第（九）项"), std::string::npos);
  EXPECT_NE(html.find("data-cell=\"t2.procurement.amount\""), std::string::npos);
  EXPECT_NE(html.find("data-template=\"2019\""), std::string::npos);
}

TEST(RenderHtml, CellWithDiagnosticIsMarked) {
  std::string html = render_html(sample_result(), "zh");
  std::string total = tag_with(html, "<td", "data-cell=\"t3.new.total\"");
  EXPECT_NE(total.find("data-severity=\"error\""), std::string::npos) << total;
  EXPECT_NE(total.find("title=\""), std::string::npos);
  EXPECT_NE(total.find("data-related=\"t3-row-total\""), std::string::npos);
  std::string td = td_with(html, "data-cell=\"t3.new.total\"");
  EXPECT_NE(td.find("应为 2"), std::string::npos) << td;         // certain fix shown
  EXPECT_NE(td.find("href=\"#nb-diag-1\""), std::string::npos);  // footnote to the problem list
  EXPECT_NE(td.find("class=\"nb-sr\""), std::string::npos);      // described for screen readers
  EXPECT_NE(td.find("nb-icon"), std::string::npos);              // not colour alone
  // np: operand of the error and subject of the warning: the worst wins, both are linked.
  std::string np = td_with(html, "data-cell=\"t3.new.np\"");
  EXPECT_NE(np.find("data-severity=\"error\""), std::string::npos) << np;
  EXPECT_NE(np.find("#nb-diag-1"), std::string::npos);
  EXPECT_NE(np.find("#nb-diag-2"), std::string::npos);
  EXPECT_NE(tag_with(html, "<td", "data-cell=\"t3.new.biz\"").find("data-related=\"t3-row-total\""),
            std::string::npos);
  // An untouched cell carries nothing.
  EXPECT_EQ(tag_with(html, "<td", "data-cell=\"t3.carry_in.np\"").find("data-severity"), std::string::npos);
}

TEST(RenderHtml, ProblemListItems) {
  std::string html = render_html(sample_result(), "zh");
  std::string li1 = tag_with(html, "<li", "id=\"nb-diag-1\"");
  EXPECT_NE(li1.find("data-rule=\"t3-row-total\""), std::string::npos) << li1;
  EXPECT_NE(li1.find("data-cell=\"t3.new.total\""), std::string::npos);
  EXPECT_NE(tag_with(html, "<li", "id=\"nb-diag-2\"").find("data-severity=\"warning\""), std::string::npos);
  EXPECT_NE(tag_with(html, "<li", "id=\"nb-diag-3\"").find("data-rule=\"s6-fee\""), std::string::npos);
  EXPECT_NE(html.find("问题清单"), std::string::npos);
  EXPECT_LT(html.find("data-cell=\"t4.lr.total\""), html.find("id=\"nb-diag-1\""));  // after the tables
}

TEST(RenderHtml, ReportTextIsEscapedEverywhere) {
  for (bool fragment : {false, true}) {
    std::string html = render_html(sample_result(), "zh", fragment);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("alert(1)</"), std::string::npos);
    // In the <title>, the heading, a row label, section text, a section heading and a message (twice).
    EXPECT_GE(count(html, "&lt;script&gt;alert(1)&lt;/script&gt;"), 6u);
    EXPECT_EQ(html.find("\"引号\""), std::string::npos);  // quotes in data never close an attribute
  }
  // Attribute values: a key with a quote cannot break out of data-cell.
  nlohmann::json r = sample_result();
  r["report"]["tables"]["t3"]["x\" onmouseover=\"alert(1)"] = {{"np", {{"value", 1}, {"raw", "1"}}}};
  r["diagnostics"][0]["cell"] = "t3.new.total\" onclick=\"alert(1)";
  std::string html = render_html(r, "zh");
  EXPECT_EQ(html.find("\" onmouseover=\""), std::string::npos);
  EXPECT_EQ(html.find("\" onclick=\""), std::string::npos);
  EXPECT_NE(html.find("&quot; onclick=&quot;"), std::string::npos);
}

TEST(RenderHtml, ExtraRowsAreDrawnAtTheirPlace) {
  std::string html = render_html(sample_result(), "zh");
  std::size_t r55 = html.find("<tr data-row=\"t3.r5_5\""), r6 = html.find("<tr data-row=\"t3.r6\""),
              r61 = html.find("<tr data-row=\"t3.r6_1\"");
  ASSERT_NE(r6, std::string::npos);
  EXPECT_LT(r55, r6);
  EXPECT_LT(r6, r61);
  EXPECT_NE(tag_with(html, "<tr", "data-row=\"t3.r6\"").find("nb-extra-row"), std::string::npos);
  // Under 三、本年度办理结果 (which now spans 23 rows), at level 1: its label spans two columns.
  EXPECT_NE(html.find("rowspan=\"23\">三、本年度办理结果</th>"), std::string::npos);
  EXPECT_NE(tag_with(html, "<th", "data-row=\"t3.r6\"").find("colspan=\"2\""), std::string::npos);
  // The column the form lacks is listed, with its key, below the table.
  EXPECT_NE(html.find("<td data-cell=\"t3.new.subtotal\""), std::string::npos);
  // Without positions it still lands after 5. (the 2019 predecessor).
  nlohmann::json r = sample_result();
  r["report"]["tables"]["t3"]["r6"]["np"].erase("at");
  html = render_html(r, "zh");
  EXPECT_LT(html.find("<tr data-row=\"t3.r5_5\""), html.find("<tr data-row=\"t3.r6\""));
  EXPECT_LT(html.find("<tr data-row=\"t3.r6\""), html.find("<tr data-row=\"t3.r6_1\""));
}

TEST(RenderHtml, EnglishUiKeepsChineseLabels) {
  std::string html = render_html(sample_result(), "en");
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("Table 3"), std::string::npos);
  EXPECT_NE(html.find("Table 4"), std::string::npos);
  EXPECT_NE(html.find(">Problems</h2>"), std::string::npos);
  EXPECT_NE(html.find("should be 2"), std::string::npos);
  EXPECT_EQ(html.find("问题清单"), std::string::npos);
  EXPECT_EQ(html.find("表三 收到"), std::string::npos);  // the UI caption; messages are data
  EXPECT_NE(html.find("一、本年新收政府信息公开申请数量"), std::string::npos);  // the report's label
  EXPECT_NE(html.find(">申请人情况<"), std::string::npos);                      // the form's header
}

TEST(RenderHtml, FragmentIsAScopedDiv) {
  std::string html = render_html(sample_result(), "zh", true);
  EXPECT_EQ(html.rfind("<div class=\"nianbao-report\"", 0), 0u);
  EXPECT_EQ(html.find("<html"), std::string::npos);
  EXPECT_EQ(html.find("<head>"), std::string::npos);
  EXPECT_EQ(html.find("<body"), std::string::npos);
  std::size_t b = html.find("<style>"), e = html.find("</style>");
  ASSERT_NE(b, std::string::npos);
  std::string css = html.substr(b + 7, e - b - 7);
  // Every rule is scoped by the wrapper class, so nothing leaks into (or out of) the host page.
  std::size_t pos = 0;
  while (pos < css.size()) {
    std::size_t nl = css.find('\n', pos);
    if (nl == std::string::npos) nl = css.size();
    std::string line = css.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line == "}" || line.rfind("@media", 0) == 0) continue;
    EXPECT_EQ(line.rfind(".nianbao-report", 0), 0u) << line;
  }
  EXPECT_NE(css.find("@media print"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 6), "</div>");
}

TEST(RenderHtml, SelfContainedDocument) {
  std::string html = render_html(sample_result(), "zh");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("http"), html.find("http-equiv"));  // no external address anywhere
}

TEST(RenderHtml, SectionsInOfficialOrderWithMissingOnesMarked) {
  std::string html = render_html(sample_result(), "zh");
  EXPECT_NE(html.find("<p>第二段，&quot;引号&quot;</p>"), std::string::npos);
  EXPECT_LT(html.find("data-section=\"s1\""), html.find("data-section=\"s2\""));
  EXPECT_LT(html.find("data-section=\"s5\""), html.find("data-section=\"s6\""));
  EXPECT_NE(tag_with(html, "<section", "data-section=\"s2\"").find("nb-section-missing"), std::string::npos);
  EXPECT_EQ(tag_with(html, "<section", "data-section=\"s1\"").find("nb-section-missing"), std::string::npos);
  EXPECT_NE(html.find("二、主动公开政府信息情况"), std::string::npos);
}

TEST(RenderHtml, ToleratesThinOrMalformedResults) {
  for (const nlohmann::json& r :
       {nlohmann::json(), nlohmann::json::object(), nlohmann::json::array(),
        nlohmann::json{{"report", "x"}, {"diagnostics", "y"}},
        nlohmann::json{
            {"report", {{"tables", {{"t3", nlohmann::json::array()}}}, {"sections", {1, "a", nullptr}}}},
            {"diagnostics",
             {1, nullptr, {{"cell", 5}, {"cells", "t3.new.np"}, {"fix", {{"value", nullptr}}}}}}}}) {
    std::string html;
    EXPECT_NO_THROW(html = render_html(r, "zh"));
    EXPECT_EQ(count(html, "<td data-cell=\"t3."), 175u);
  }
}

// The render contract (docs/render-contract.md) the page relies on instead of editing the core's HTML.
TEST(RenderContract, TablesOnlyWithoutStyleOrProblems) {
  RenderOptions o;
  o.fragment = true;
  o.tables_only = true;
  o.style = false;
  std::string html = render_html(sample_result(), "zh", o);
  EXPECT_EQ(html.find("<style"), std::string::npos);
  EXPECT_EQ(html.find("nb-problems"), std::string::npos);
  EXPECT_EQ(html.find("<h1"), std::string::npos);
  EXPECT_EQ(count(html, "<table class=\"nb-table nb-t"), 3u);
  EXPECT_NE(render_stylesheet().find(".nianbao-report"), std::string::npos);
  EXPECT_EQ(render_stylesheet().find("rem"), std::string::npos)
      << "sizes relative to the rendering, never rem";
}

TEST(RenderContract, CellsCarrySeverityAndCertainFix) {
  RenderOptions o;
  o.fragment = true;
  o.tables_only = true;
  std::string html = render_html(sample_result(), "zh", o);
  std::string td = td_with(html, "t3.new.total");
  EXPECT_NE(td.find("data-severity=\"error\""), std::string::npos) << td;
  EXPECT_NE(td.find("data-fix=\"2\""), std::string::npos) << td;
}

TEST(RenderContract, EditableCellsOnlyWhereTheSourceHasThem) {
  RenderOptions o;
  o.fragment = true;
  o.tables_only = true;
  o.editable = true;
  nlohmann::json r = sample_result();
  r["report"]["tables"]["t3"]["new"]["np"]["at"] = {
      {"offset", 100}, {"length", 1}, {"line", 40}, {"column", 12}};
  std::string html = render_html(r, "zh", o);
  std::string td = td_with(html, "t3.new.np");
  EXPECT_NE(td.find("contenteditable=\"true\""), std::string::npos) << td;
  EXPECT_NE(td.find("data-edit-cell=\"t3.new.np\""), std::string::npos) << td;
  EXPECT_EQ(td_with(html, "t3.r2.np").find("contenteditable"),
            std::string::npos);  // missing: nothing to write
  o.editable = false;
  EXPECT_EQ(render_html(r, "zh", o).find("contenteditable"), std::string::npos);
}

TEST(RenderContract, CleanCopyHasOfficialLabelsAndNoMarks) {
  RenderOptions o;
  o.fragment = true;
  o.clean = true;
  std::string html = render_html(sample_result(), "zh", o);
  // The marks are looked for in the markup; the <style> element's selectors name them too.
  std::size_t style = html.find("<style>"), style_end = html.find("</style>");
  ASSERT_NE(style, std::string::npos);
  ASSERT_NE(style_end, std::string::npos);
  html.erase(style, style_end + 8 - style);
  EXPECT_EQ(html.find("data-severity"), std::string::npos);
  EXPECT_EQ(html.find("nb-icon"), std::string::npos);
  EXPECT_EQ(html.find("nb-problems"), std::string::npos);
  EXPECT_EQ(html.find("nb-meta"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);  // the report's own text (kEvil) stays escaped
  // the 2019 single row of the sample is not copied into a 2021 report
  EXPECT_EQ(html.find("data-extras"), std::string::npos);
  // official label, not the one the report wrote
  EXPECT_NE(html.find(">一、本年新收政府信息公开申请数量<"), std::string::npos);
}

}  // namespace
}  // namespace nianbao
