// read_html: what the recogniser relies on — prose rows, table rows with grid columns, Word's split
// runs read whole, entities decoded, hidden content skipped, ranges pointing at the source.
#include <gtest/gtest.h>

#include <string>

#include "core/read/read.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

std::vector<const Row*> table_rows(const Document& d, int table) {
  std::vector<const Row*> out;
  for (const auto& r : d.rows)
    if (!r.paragraph && r.table == table) out.push_back(&r);
  return out;
}

std::vector<std::string> paragraphs(const Document& d) {
  std::vector<std::string> out;
  for (const auto& r : d.rows)
    if (r.paragraph) out.push_back(r.cells.at(0).text);
  return out;
}

std::string source(std::string_view in, const Range& r) {
  return std::string(in.substr(r.begin, r.length()));
}

TEST(HtmlReader, LayoutIsHtmlAndEmptyInputGivesNothing) {
  Document d = read_html("");
  EXPECT_EQ(d.layout, Layout::Html);
  EXPECT_TRUE(d.rows.empty());
  EXPECT_EQ(d.table_count, 0);
}

TEST(HtmlReader, DecodesNamedAndNumericEntities) {
  Document d = read_html(
      "<p>&lt;b&gt; &amp; &quot;q&quot; &ldquo;三安全一稳定&rdquo; A&middot;B</p>"
      "<p>甲&#12288;乙&#x3000;丙</p><p>a&nbsp;&nbsp;b&ensp;c&emsp;d</p><p>&#26412;&#x5E74; &unknown; "
      "&amp</p>");
  auto p = paragraphs(d);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0], "<b> & \"q\" \u201C三安全一稳定\u201D A\u00B7B");
  EXPECT_EQ(p[1], "甲\u3000乙\u3000丙");  // U+3000 kept as the ideographic space
  EXPECT_EQ(p[2], "a  b c d");            // NBSP and friends are spaces that never collapse
  EXPECT_EQ(p[3], "本年 &unknown; &");
}

TEST(HtmlReader, CollapsesWhitespaceAndTrimsEnds) {
  Document d = read_html("<div>\n   本年度  \n\t 新收 <b>申请</b>\n</div><p>&nbsp;&#12288; 首尾 &nbsp;</p>");
  auto p = paragraphs(d);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "本年度 新收 申请");
  EXPECT_EQ(p[1], "首尾");
}

TEST(HtmlReader, BlockElementsAndBreaksMakeSeparateParagraphRows) {
  Document d = read_html(
      "<h1>标题</h1>前言<div>一、总体情况<p>正文</p>尾巴</div><ul><li>甲</li><li>乙</li></ul>"
      "第一行<br>第二行<br/>第三行");
  auto p = paragraphs(d);
  std::vector<std::string> want = {"标题", "前言", "一、总体情况", "正文",   "尾巴",
                                   "甲",   "乙",   "第一行",       "第二行", "第三行"};
  EXPECT_EQ(p, want);
  for (const auto& r : d.rows) {
    EXPECT_TRUE(r.paragraph);
    EXPECT_EQ(r.table, -1);
    EXPECT_EQ(r.cells.size(), 1u);
  }
}

TEST(HtmlReader, InlineTagsDoNotSplitText) {
  Document d =
      read_html("<p><span>申请人情</span><span>况</span><o:p></o:p><font face=x>，<b>共</b>26</font>件</p>");
  auto p = paragraphs(d);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], "申请人情况，共26件");
}

TEST(HtmlReader, SkipsScriptStyleHeadAndComments) {
  std::string in =
      "<!DOCTYPE html><html><head><meta charset=utf-8><title>某某局2023年政府信息公开工作年度报告</title>"
      "<style>p{color:red} .x:after{content:'样式文字'}</style><script>var s='<p>脚本文字</p>';</script>"
      "<link rel=stylesheet href=a.css></head><body>"
      "<!-- 注释文字 --><!--[if gte mso 9]><xml><o:Author>条件注释</o:Author></xml><![endif]-->"
      "<noscript>请启用脚本</noscript><template><p>模板文字</p></template><![CDATA[ 数据文字 ]]>"
      "<p>正文<script>document.write('脚本二')</script>继续</p><title>页面里第二个标题</title>"
      "<p><![if !supportLists]>（一）<![endif]>予以公开</p><?php echo '处理指令'; ?></body></html>";
  Document d = read_html(in);
  auto p = paragraphs(d);
  std::vector<std::string> want = {"某某局2023年政府信息公开工作年度报告", "正文继续", "（一）予以公开"};
  EXPECT_EQ(p, want);
  for (const auto& r : d.rows)
    for (const auto& c : r.cells)
      for (const char* hidden :
           {"样式", "脚本", "注释", "条件", "模板", "数据", "启用", "第二个", "处理指令"})
        EXPECT_EQ(c.text.find(hidden), std::string::npos) << hidden << " leaked into " << c.text;
}

TEST(HtmlReader, TitleIsTheFirstParagraphRow) {
  Document d = read_html("<html><head><title> 某局 年度报告 </title></head><body><p>正文</p></body></html>");
  ASSERT_GE(d.rows.size(), 2u);
  EXPECT_TRUE(d.rows[0].paragraph);
  EXPECT_EQ(d.rows[0].cells[0].text, "某局 年度报告");
}

TEST(HtmlReader, HeadNeverClosedStillShowsTheBody) {
  Document d = read_html("<html><head><meta charset=utf-8>\n  <title>标题</title>\n正文第一段<p>第二段</p>");
  auto p = paragraphs(d);
  EXPECT_EQ(p, (std::vector<std::string>{"标题", "正文第一段", "第二段"}));
}

TEST(HtmlReader, TableRowsCarryTableIndexGridWidthAndCells) {
  std::string in =
      "<p>前</p><table><tr><th>信息内容</th><th>本年制发件数</th></tr>"
      "<tr><td>规章</td><td>3</td></tr></table><p>中</p>"
      "<table><tbody><tr><td>甲</td></tr></tbody></table>";
  Document d = read_html(in);
  EXPECT_EQ(d.table_count, 2);
  ASSERT_EQ(d.rows.size(), 5u);
  EXPECT_TRUE(d.rows[0].paragraph);
  EXPECT_EQ(d.rows[1].table, 0);
  EXPECT_FALSE(d.rows[1].paragraph);
  EXPECT_EQ(d.rows[1].grid_width, 2);
  ASSERT_EQ(d.rows[2].cells.size(), 2u);
  EXPECT_EQ(d.rows[2].cells[0].text, "规章");
  EXPECT_EQ(d.rows[2].cells[1].text, "3");
  EXPECT_EQ(d.rows[2].cells[1].col, 1);
  EXPECT_TRUE(d.rows[3].paragraph);
  EXPECT_EQ(d.rows[4].table, 1);
  EXPECT_EQ(d.rows[4].grid_width, 1);
}

TEST(HtmlReader, RowspanAndColspanResolveToGridColumns) {
  // The header of 表三: a 3x3 corner, then 申请人情况 over seven columns, with rowspans below.
  std::string in =
      "<table>"
      "<tr><td colspan=3 rowspan=3>角</td><td colspan=7>申请人情况</td></tr>"
      "<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>"
      "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
      "<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>5</td></tr>"
      "<tr><td rowspan=\"1\">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
      "</table>";
  Document d = read_html(in);
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 5u);
  for (const Row* r : rows) EXPECT_EQ(r->grid_width, 10);
  auto cols = [](const Row* r) {
    std::vector<int> c;
    for (const auto& cell : r->cells) c.push_back(cell.col);
    return c;
  };
  EXPECT_EQ(cols(rows[0]), (std::vector<int>{0, 3}));
  EXPECT_EQ(cols(rows[1]), (std::vector<int>{3, 4, 9}));
  EXPECT_EQ(cols(rows[2]), (std::vector<int>{4, 5, 6, 7, 8}));
  EXPECT_EQ(cols(rows[3]), (std::vector<int>{0, 1, 3}));
  EXPECT_EQ(cols(rows[4]), (std::vector<int>{1, 2, 3}));  // column 0 is covered by the rowspan above
  EXPECT_EQ(rows[0]->cells[0].col_span, 3);
  EXPECT_EQ(rows[0]->cells[0].row_span, 3);
  EXPECT_EQ(rows[1]->cells[1].col_span, 5);
  EXPECT_EQ(rows[3]->cells[0].row_span, 2);
  EXPECT_EQ(rows[4]->cells.size(), 3u);  // covered slots are not repeated as cells
}

TEST(HtmlReader, RowspansEndWithTheirRowGroupAndTheTable) {
  Document d = read_html(
      "<table><tbody><tr><td rowspan=5>甲</td><td>1</td></tr></tbody>"
      "<tbody><tr><td>乙</td><td>2</td></tr></tbody></table>");
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1]->cells[0].col, 0);
  EXPECT_EQ(rows[0]->cells[0].row_span, 2);  // clipped to the rows the table has
}

TEST(HtmlReader, AbsurdSpansAreClamped) {
  Document d = read_html(
      "<table><tr><td rowspan=100000 colspan=99999>x</td><td>y</td></tr>"
      "<tr><td colspan=abc rowspan=-3>z</td></tr></table>");
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0]->cells.size(), 2u);
  EXPECT_LE(rows[0]->cells[0].col_span, 100);
  EXPECT_EQ(rows[0]->cells[0].row_span, 2);  // no further than the table goes
  EXPECT_EQ(rows[0]->cells[1].text, "y");
  EXPECT_LE(rows[0]->grid_width, 256);
  ASSERT_EQ(rows[1]->cells.size(), 1u);
  EXPECT_EQ(rows[1]->cells[0].col, 100);  // beside x, which still covers columns 0-99
  EXPECT_EQ(rows[1]->cells[0].col_span, 1);
  EXPECT_EQ(rows[1]->cells[0].row_span, 1);
}

TEST(HtmlReader, WordSplitLabelsReadWhole) {
  std::string in =
      "<table><tr>"
      "<td><p><span>申请人情</span><span>况</span><span><o:p></o:p></span></p></td>"
      "<td>\n  <p><span>商业</span></p>\n  <p><span>企业</span></p>\n</td>"
      "<td><p><span><o:p> </o:p></span></p><p><span>自然</span><span>人</span></p></td>"
      "<td><p>Legal</p><p>entity</p></td>"
      "<td><span>foo</span> <span>bar</span></td>"
      "<td>申请<br>人</td>"
      "</tr></table>";
  Document d = read_html(in);
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0]->cells.size(), 6u);
  EXPECT_EQ(rows[0]->cells[0].text, "申请人情况");
  EXPECT_EQ(rows[0]->cells[1].text, "商业企业");
  EXPECT_EQ(rows[0]->cells[2].text, "自然人");
  EXPECT_EQ(rows[0]->cells[3].text, "Legal entity");  // two ASCII words never glue into one
  EXPECT_EQ(rows[0]->cells[4].text, "foo bar");       // whitespace between inline text stays one space
  EXPECT_EQ(rows[0]->cells[5].text, "申请人");
}

TEST(HtmlReader, BlankCellsAreEmptyAndPointAtTheirTag) {
  std::string in =
      "<table><tr><td>1</td><td><p><span><o:p>&nbsp;</o:p></span></p></td><td>  </td><td></td></tr></table>";
  Document d = read_html(in);
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0]->cells.size(), 4u);
  for (std::size_t i = 1; i < 4; ++i) {
    EXPECT_EQ(rows[0]->cells[i].text, "");
    EXPECT_EQ(source(in, rows[0]->cells[i].at), "<td>");
    EXPECT_EQ(rows[0]->cells[i].col, static_cast<int>(i));
  }
}

TEST(HtmlReader, NestedTableIsItsOwnTableAndStaysOutOfTheOuterCell) {
  std::string in =
      "<table><tr><td>外甲<table><tr><td>内一</td><td>内二</td></tr></table>外乙</td>"
      "<td>外丙</td></tr><tr><td>外丁</td></tr></table>";
  Document d = read_html(in);
  EXPECT_EQ(d.table_count, 2);
  auto outer = table_rows(d, 0), inner = table_rows(d, 1);
  ASSERT_EQ(outer.size(), 2u);
  ASSERT_EQ(inner.size(), 1u);
  EXPECT_EQ(outer[0]->cells[0].text, "外甲外乙");
  EXPECT_EQ(outer[0]->cells[1].text, "外丙");
  EXPECT_EQ(outer[0]->grid_width, 2);
  EXPECT_EQ(inner[0]->cells[1].text, "内二");
  EXPECT_EQ(inner[0]->grid_width, 2);
  // Reading order: the outer row starts before the nested table does.
  EXPECT_LT(outer[0], inner[0]);
  EXPECT_LT(inner[0], outer[1]);
}

TEST(HtmlReader, ImpliedTableStructure) {
  // No </td>, no </tr>, a <td> without <tr>, a table never closed.
  Document d = read_html("<table><td>甲<td>乙<tr><td>丙<td>丁<tr><th>戊");
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0]->cells.size(), 2u);
  EXPECT_EQ(rows[1]->cells[1].text, "丁");
  EXPECT_EQ(rows[2]->cells[0].text, "戊");
  EXPECT_EQ(rows[2]->grid_width, 2);
}

TEST(HtmlReader, RangesPointAtTheVisibleText) {
  std::string in =
      "<html><body>\n<p class=x>  <span>一、总体情况</span>  </p>\n"
      "<table><tr><td> <p><span>申请人情</span><span>况</span></p> </td><td>26</td></tr></table>"
      "<div>本年度 共 <b>26</b> 件</div></body></html>";
  Document d = read_html(in);
  ASSERT_EQ(d.rows.size(), 3u);
  EXPECT_EQ(source(in, d.rows[0].cells[0].at), "一、总体情况");
  EXPECT_EQ(source(in, d.rows[0].at), "一、总体情况");
  EXPECT_EQ(source(in, d.rows[1].cells[0].at), "申请人情</span><span>况");
  EXPECT_EQ(source(in, d.rows[1].cells[1].at), "26");
  EXPECT_EQ(source(in, d.rows[2].cells[0].at), "本年度 共 <b>26</b> 件");
  // Table row ranges span the row's markup.
  EXPECT_EQ(in.compare(d.rows[1].at.begin, 4, "<tr>"), 0);
  EXPECT_EQ(in.compare(d.rows[1].at.end - 5, 5, "</tr>"), 0);
}

TEST(HtmlReader, RangesWithEntitiesCoverTheReference) {
  std::string in = "<p>&ldquo;三安全一稳定&rdquo;</p>";
  Document d = read_html(in);
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(source(in, d.rows[0].cells[0].at), "&ldquo;三安全一稳定&rdquo;");
}

TEST(HtmlReader, PreKeepsLines) {
  Document d = read_html("<pre>一、总体情况\n本年  新收\t26件\n</pre>");
  auto p = paragraphs(d);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "一、总体情况");
  EXPECT_EQ(p[1], "本年  新收 26件");
}

TEST(HtmlReader, WordExportFixture) {
  std::string in = testing::read_file(testing::fixture_path("html_word_export.html"));
  ASSERT_FALSE(in.empty());
  Document d = read_html(in);
  EXPECT_EQ(d.table_count, 1);
  EXPECT_FALSE(d.truncated);
  auto p = paragraphs(d);
  ASSERT_GE(p.size(), 3u);
  EXPECT_EQ(p[0], "青禾县清溪镇人民政府2023年政府信息公开工作年度报告");  // <title>
  EXPECT_EQ(p[1], "青禾县清溪镇人民政府2023年政府信息公开工作年度报告");  // first <p>
  EXPECT_EQ(p[2], "本报告由青禾县清溪镇人民政府编制。");
  EXPECT_EQ(p[3], "一、总体情况");
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 6u);
  for (const Row* r : rows) EXPECT_EQ(r->grid_width, 10);
  EXPECT_EQ(rows[0]->cells[1].text, "申请人情况");
  EXPECT_EQ(rows[1]->cells[0].text, "自然人");
  EXPECT_EQ(rows[2]->cells[0].text, "商业企业");
  EXPECT_EQ(rows[2]->cells[1].text, "科研机构");
  EXPECT_EQ(rows[3]->cells[0].text, "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(rows[3]->cells[2].text, "");  // <o:p> </o:p>
  EXPECT_EQ(rows[3]->cells[7].text, "13");
  EXPECT_EQ(rows[3]->cells[7].col, 9);
  EXPECT_EQ(rows[4]->cells[0].text, "三、本年度办理结果");
  EXPECT_EQ(rows[4]->cells[1].text, "（一）予以公开");
  EXPECT_EQ(rows[5]->cells[0].text, "（二）部分公开");
  EXPECT_EQ(rows[5]->cells[0].col, 1);
  EXPECT_EQ(rows[5]->cells[1].text, "2");
  EXPECT_EQ(rows[5]->cells[1].col, 3);
  EXPECT_EQ(p.back(), "本年度未收取信息处理费。");
}

}  // namespace
}  // namespace nianbao
