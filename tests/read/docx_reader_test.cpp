// read_docx_xml: word/document.xml -> paragraph rows and table rows with the same grid as HTML.
#include <gtest/gtest.h>

#include <string>

#include "core/read/read.hpp"

namespace nianbao {
namespace {

std::string wrap(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
}

std::string p(const std::string& runs) {
  return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + runs + "</w:p>";
}
std::string r(const std::string& text) {
  return "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r>";
}
std::string tc(const std::string& content, const std::string& props = "") {
  return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>" + props + "</w:tcPr>" + content + "</w:tc>";
}

std::vector<const Row*> table_rows(const Document& d, int table) {
  std::vector<const Row*> out;
  for (const auto& row : d.rows)
    if (!row.paragraph && row.table == table) out.push_back(&row);
  return out;
}

TEST(DocxReader, ParagraphsJoinRunsAndDecodeXml) {
  std::string xml =
      wrap(p(r("青禾县清溪镇") + r("2023") + r("年度报告")) +
           p("<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>" +
             r("&lt;甲&gt; &amp; &quot;乙&quot;")) +
           p(r("一、") + "<w:r><w:tab/></w:r>" + r("总体情况")) + "<w:p/>" +
           p(r("第一行") + "<w:r><w:br/></w:r>" + r("第二行")) +
           p("<w:r><w:delText>删除的字</w:delText></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>" +
             r("留下")));
  Document d = read_docx_xml(xml);
  EXPECT_EQ(d.layout, Layout::Html);
  EXPECT_EQ(d.table_count, 0);
  std::vector<std::string> got;
  for (const auto& row : d.rows) {
    EXPECT_TRUE(row.paragraph);
    got.push_back(row.cells.at(0).text);
  }
  std::vector<std::string> want = {
      "青禾县清溪镇2023年度报告", "<甲> & \"乙\"", "一、\t总体情况", "第一行", "第二行", "留下"};
  EXPECT_EQ(got, want);
  // Ranges point into the XML.
  const Cell& first = d.rows[0].cells[0];
  EXPECT_EQ(xml.compare(first.at.begin, 6, "青禾"), 0);
  EXPECT_EQ(xml.compare(first.at.end - 3, 3, "告"), 0);
}

TEST(DocxReader, TablesUseGridSpanAndVerticalMerge) {
  // 表三's corner: 3x3 block (gridSpan 3 + vMerge), 申请人情况 over 7 columns.
  std::string corner = "<w:gridSpan w:val=\"3\"/>";
  std::string xml = wrap(p(r("三、收到和处理政府信息公开申请情况")) +
                         "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" +
                         std::string("<w:gridCol w:w=\"500\"/>") +
                         "<w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/>"
                         "<w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                         "<w:tr>" +
                         tc(p(r("（本列数据的勾稽关系为…）")), corner + "<w:vMerge w:val=\"restart\"/>") +
                         tc(p(r("申请人情")) + "", "<w:gridSpan w:val=\"7\"/>") +
                         "</w:tr>"
                         "<w:tr>" +
                         tc(p(""), corner + "<w:vMerge/>") +
                         tc(p(r("自然")) + p(r("人")), "<w:vMerge w:val=\"restart\"/>") +
                         tc(p(r("法人或其他组织")), "<w:gridSpan w:val=\"5\"/>") +
                         tc(p(r("总计")), "<w:vMerge w:val=\"restart\"/>") +
                         "</w:tr>"
                         "<w:tr>" +
                         tc(p(""), corner + "<w:vMerge w:val=\"continue\"/>") + tc(p(""), "<w:vMerge/>") +
                         tc(p(r("商业")) + p(r("企业"))) + tc(p(r("科研机构"))) + tc(p(r("社会公益组织"))) +
                         tc(p(r("法律服务机构"))) + tc(p(r("其他"))) + tc(p(""), "<w:vMerge/>") +
                         "</w:tr>"
                         "<w:tr>" +
                         tc(p(r("一、本年新收政府信息公开申请数量")), corner) + tc(p(r("12"))) + tc(p("")) +
                         tc(p(r("0"))) + tc(p(r("0"))) + tc(p(r("0"))) + tc(p(r("1"))) + tc(p(r("13"))) +
                         "</w:tr>"
                         "</w:tbl>" +
                         p(r("四、政府信息公开行政复议、行政诉讼情况")));
  Document d = read_docx_xml(xml);
  EXPECT_EQ(d.table_count, 1);
  auto rows = table_rows(d, 0);
  ASSERT_EQ(rows.size(), 4u);
  for (const Row* row : rows) EXPECT_EQ(row->grid_width, 10);
  auto cols = [](const Row* row) {
    std::vector<int> c;
    for (const auto& cell : row->cells) c.push_back(cell.col);
    return c;
  };
  EXPECT_EQ(cols(rows[0]), (std::vector<int>{0, 3}));
  EXPECT_EQ(cols(rows[1]), (std::vector<int>{3, 4, 9}));
  EXPECT_EQ(cols(rows[2]), (std::vector<int>{4, 5, 6, 7, 8}));
  EXPECT_EQ(cols(rows[3]), (std::vector<int>{0, 3, 4, 5, 6, 7, 8, 9}));
  EXPECT_EQ(rows[0]->cells[0].col_span, 3);
  EXPECT_EQ(rows[0]->cells[0].row_span, 3);
  EXPECT_EQ(rows[0]->cells[1].col_span, 7);
  EXPECT_EQ(rows[0]->cells[1].text, "申请人情");
  EXPECT_EQ(rows[1]->cells[0].text, "自然人");
  EXPECT_EQ(rows[1]->cells[0].row_span, 2);
  EXPECT_EQ(rows[1]->cells[2].row_span, 2);
  EXPECT_EQ(rows[2]->cells[0].text, "商业企业");
  EXPECT_EQ(rows[3]->cells[0].text, "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(rows[3]->cells[0].row_span, 1);
  EXPECT_EQ(rows[3]->cells[2].text, "");
  EXPECT_EQ(xml.compare(rows[3]->cells[2].at.begin, 6, "<w:tc>"), 0);  // a blank cell points at its tag
  EXPECT_EQ(rows[3]->cells[7].text, "13");
  EXPECT_EQ(xml.substr(rows[3]->cells[7].at.begin, rows[3]->cells[7].at.length()), "13");
  EXPECT_TRUE(d.rows.front().paragraph);
  EXPECT_TRUE(d.rows.back().paragraph);
  EXPECT_EQ(d.rows.back().cells[0].text, "四、政府信息公开行政复议、行政诉讼情况");
}

TEST(DocxReader, GridBeforeNestedTablesAndTextBoxes) {
  std::string xml = wrap(
      "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + tc(p(r("右"))) +
      "</w:tr>"
      "<w:tr>" +
      tc(p(r("外甲")) + "<w:tbl><w:tr>" + tc(p(r("内"))) + "</w:tr></w:tbl>" + p(r("外乙"))) +
      "</w:tr></w:tbl>" +
      p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" + p(r("框内")) +
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" + p(r("框内副本")) +
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>" + r("正文")));
  Document d = read_docx_xml(xml);
  EXPECT_EQ(d.table_count, 2);
  auto outer = table_rows(d, 0), inner = table_rows(d, 1);
  ASSERT_EQ(outer.size(), 2u);
  ASSERT_EQ(inner.size(), 1u);
  EXPECT_EQ(outer[0]->cells[0].col, 2);
  EXPECT_EQ(outer[0]->grid_width, 3);
  EXPECT_EQ(outer[1]->cells[0].text, "外甲外乙");
  EXPECT_EQ(inner[0]->cells[0].text, "内");
  std::vector<std::string> paragraphs;
  for (const auto& row : d.rows)
    if (row.paragraph) paragraphs.push_back(row.cells[0].text);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{"框内", "正文"}));
}

TEST(DocxReader, BrokenXmlDoesNotCrash) {
  for (std::string xml :
       {std::string(""), std::string("<w:document"), std::string("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>半"),
        std::string("</w:tc></w:tr></w:tbl></w:p><w:t>孤</w:t>"),
        wrap("<w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc>"), std::string(200000, '<')}) {
    Document d = read_docx_xml(xml);
    (void)d;
  }
  Document d = read_docx_xml("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>半");
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "半");
}

}  // namespace
}  // namespace nianbao
