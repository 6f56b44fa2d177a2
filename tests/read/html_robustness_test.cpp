// read_html on broken and hostile markup: it must return with whatever text is there, and a model no
// larger than its input. How time grows with such input is measured in bench/scaling.mjs (nested <div>,
// nested tables, tiny rows), never asserted here: a timed assertion fails on a busy machine.
#include <gtest/gtest.h>

#include <string>

#include "core/read/read.hpp"

namespace nianbao {
namespace {

// The model of hostile input stays bounded by the input: no more rows, and no more cells per row, than
// it has bytes (a span or an unclosed tag must never multiply them).
void expect_bounded(const std::string& in, const char* what) {
  Document d = read_html(in);
  EXPECT_LE(d.rows.size(), in.size()) << what;
  std::size_t cells = 0;
  for (const auto& r : d.rows) cells += r.cells.size();
  EXPECT_LE(cells, in.size()) << what;
}

std::string repeat(const std::string& s, std::size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += s;
  return out;
}

TEST(HtmlRobustness, UnclosedTagsKeepTheirText) {
  Document d = read_html("<div><p><span><b>一、总体情况<p>正文<i>斜体");
  ASSERT_EQ(d.rows.size(), 2u);
  EXPECT_EQ(d.rows[0].cells[0].text, "一、总体情况");
  EXPECT_EQ(d.rows[1].cells[0].text, "正文斜体");
}

TEST(HtmlRobustness, TagCutOffAtTheEnd) {
  for (const char* in :
       {"<table><tr><td>甲</td><td", "<p>甲</p><td", "<p>甲<", "<p>甲</", "<p>甲</p", "<p>甲<a href=\"x"}) {
    Document d = read_html(in);
    ASSERT_FALSE(d.rows.empty()) << in;
    EXPECT_EQ(d.rows[0].cells[0].text.substr(0, 3), "甲") << in;
  }
}

TEST(HtmlRobustness, CommentNeverClosedHidesTheRest) {
  Document d = read_html("<p>甲</p><!-- 未闭合的注释 <p>乙</p>");
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "甲");
  EXPECT_TRUE(d.truncated);
}

TEST(HtmlRobustness, ScriptNeverClosedHidesTheRest) {
  Document d = read_html("<p>甲</p><script>var a = '<p>乙</p>';");
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "甲");
}

TEST(HtmlRobustness, StrayLessThanIsText) {
  Document d = read_html("<p>a < b, 3<5, <= 1 <</p><p>x <3 y</p><p>尾<");
  ASSERT_EQ(d.rows.size(), 3u);
  EXPECT_EQ(d.rows[0].cells[0].text, "a < b, 3<5, <= 1 <");
  EXPECT_EQ(d.rows[1].cells[0].text, "x <3 y");
  EXPECT_EQ(d.rows[2].cells[0].text, "尾<");
}

TEST(HtmlRobustness, UnterminatedAttributeSwallowsToTheEnd) {
  Document d = read_html("<p>甲</p><p class=\"x>乙</p><p>丙</p>");
  ASSERT_GE(d.rows.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "甲");
}

TEST(HtmlRobustness, StrayTableTagsOutsideTables) {
  Document d = read_html("</table></tr></td><td>甲</td><tr>乙</tr><tbody>丙");
  EXPECT_EQ(d.table_count, 0);
  for (const auto& r : d.rows) EXPECT_TRUE(r.paragraph);
  ASSERT_EQ(d.rows.size(), 3u);
}

TEST(HtmlRobustness, InvalidUtf8AndNulBytesDoNotCrash) {
  std::string in = "<p>\xff\xfe\x80 甲\0乙 \xe4\xb8</p><td>\xc3";
  in += std::string("\0\0<table><tr><td>\xe4", 18);
  Document d = read_html(in);
  EXPECT_FALSE(d.rows.empty());
}

TEST(HtmlRobustness, DeepDivNesting) {
  std::string in = repeat("<div>", 200000) + "深处" + repeat("</div>", 1000);  // 1 MB of <div>
  Document d = read_html(in);
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "深处");
}

TEST(HtmlRobustness, DeepTableNesting) {
  std::string in = repeat("<table><tr><td>", 70000) + "深处";  // 1 MB
  Document d = read_html(in);
  EXPECT_TRUE(d.truncated);
  EXPECT_LE(d.table_count, 64);
}

TEST(HtmlRobustness, ManyRowsUnderHugeSpans) {
  std::string in = "<table><tr>" + repeat("<td rowspan=1000 colspan=50>x</td>", 10) + "</tr>" +
                   repeat("<tr><td>1</td><td>2</td></tr>", 20000) + "</table>";
  Document d = read_html(in);
  ASSERT_FALSE(d.rows.empty());
  EXPECT_LE(d.rows[0].grid_width, 1000);
}

TEST(HtmlRobustness, LargeHostileInputsGiveABoundedModel) {
  // About half a megabyte each (their time is bench/scaling.mjs's to measure).
  expect_bounded(repeat("<p><span>本年度新收</span><span>申请</span>&nbsp;&amp;<o:p></o:p></p>\n", 6500),
                 "paragraphs");
  expect_bounded(repeat("<tr><td colspan=2>甲</td><td rowspan=3>1</td><td>&#12288;</td></tr>", 7500),
                 "table rows");
  expect_bounded(
      "<table>" + repeat("<tr><td colspan=2>甲</td><td rowspan=3>1</td><td>&#12288;</td></tr>", 7500),
      "table");
  expect_bounded(repeat("<!-- c -- > -->a<", 30000), "comments and stray <");
  expect_bounded(repeat("<", 500000), "only <");
  expect_bounded(repeat("&", 500000), "only &");
  expect_bounded(repeat("&#", 250000), "only &#");
  expect_bounded(repeat("</", 250000), "only </");
  expect_bounded(repeat("<a ", 165000), "tag never closed");
  expect_bounded(repeat("<!", 250000), "bogus comments never closed");
  expect_bounded(repeat("<script></scrip", 35000), "script never closed");
  expect_bounded(repeat("<p a='1' b=\"2\" c=3 d>", 25000), "attributes");
}

TEST(HtmlRobustness, ReferencesAtTheEnd) {
  for (const char* in :
       {"&", "&#", "&#x", "&#x110000;", "&#0;", "&#xD800;", "&#99999999999999999999;", "&n", "&nbsp"}) {
    Document d = read_html(in);
    (void)d;
  }
  Document d = read_html("<p>&#x110000;&#0;&#150;</p>");
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "\uFFFD\uFFFD\u2013");
}

}  // namespace
}  // namespace nianbao
