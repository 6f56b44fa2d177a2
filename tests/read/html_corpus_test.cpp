// read_html on a real saved page: corpus report 008 (Word-exported tables inside a captured site page).
// Skips when ../shared/corpus is not beside the project.
#include <gtest/gtest.h>

#include <algorithm>
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

const Cell* cell_at(const Row* r, int col) {
  for (const auto& c : r->cells)
    if (c.col == col) return &c;
  return nullptr;
}

class HtmlCorpus008 : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = testing::corpus_dir();
    if (!dir) GTEST_SKIP() << "corpus not present";
    input_ = testing::read_file(*dir + "/reports/008.html");
    if (input_.empty()) GTEST_SKIP() << "reports/008.html not present";
    doc_ = read_html(input_);
  }
  std::string input_;
  Document doc_;
};

TEST_F(HtmlCorpus008, FindsTheFourTables) {
  // The page's metadata table, then 表二, 表三, 表四.
  EXPECT_EQ(doc_.table_count, 4);
  EXPECT_FALSE(doc_.truncated);
  EXPECT_EQ(table_rows(doc_, 0).at(0)->grid_width, 4);
  EXPECT_EQ(table_rows(doc_, 1).at(0)->grid_width, 4);
  EXPECT_EQ(table_rows(doc_, 2).at(0)->grid_width, 10);
  EXPECT_EQ(table_rows(doc_, 3).at(0)->grid_width, 15);
}

TEST_F(HtmlCorpus008, TitleAndSectionHeadingsAreParagraphs) {
  ASSERT_FALSE(doc_.rows.empty());
  EXPECT_EQ(doc_.rows[0].cells[0].text, "沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局");
  std::vector<std::string> headings;
  for (const auto& r : doc_.rows)
    if (r.paragraph && r.cells[0].text.size() < 80 && r.cells[0].text.find("、") != std::string::npos)
      headings.push_back(r.cells[0].text);
  for (const char* h :
       {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及整改措施", "六、其他需要报告的事项"})
    EXPECT_NE(std::find(headings.begin(), headings.end(), h), headings.end()) << h;
}

TEST_F(HtmlCorpus008, Table3ReadsWholeLabelsAndBlankCells) {
  auto rows = table_rows(doc_, 2);
  ASSERT_EQ(rows.size(), 28u);
  for (const Row* r : rows) EXPECT_EQ(r->grid_width, 10);
  EXPECT_EQ(cell_at(rows[0], 3)->text, "申请人情况");
  EXPECT_EQ(cell_at(rows[1], 3)->text, "自然人");
  EXPECT_EQ(cell_at(rows[1], 9)->text, "总计");
  EXPECT_EQ(cell_at(rows[2], 4)->text, "商业企业");
  EXPECT_EQ(cell_at(rows[2], 5)->text, "科研机构");
  EXPECT_EQ(cell_at(rows[3], 0)->text, "一、本年新收政府信息公开申请数量");
  EXPECT_EQ(cell_at(rows[3], 3)->text, "26");
  EXPECT_EQ(cell_at(rows[3], 4)->text, "");  // <o:p> </o:p>: the blank 法人 columns
  EXPECT_EQ(cell_at(rows[3], 9)->text, "26");
  EXPECT_EQ(cell_at(rows[5], 0)->text, "三、本年度办理结果");
  EXPECT_EQ(cell_at(rows[5], 0)->row_span, 22);
  EXPECT_EQ(cell_at(rows[5], 1)->text, "（一）予以公开");
  EXPECT_EQ(cell_at(rows[7], 1)->text, "（三）不予公开");
  EXPECT_EQ(cell_at(rows[7], 2)->text, "1.属于国家秘密");
  EXPECT_EQ(cell_at(rows[8], 2)->text, "2.其他法律行政法规禁止公开");
  EXPECT_EQ(cell_at(rows[8], 1), nullptr);  // covered by （三）'s rowspan
  EXPECT_EQ(cell_at(rows[26], 1)->text, "（七）总计");
  EXPECT_EQ(cell_at(rows[26], 3)->text, "26");
  EXPECT_EQ(cell_at(rows[27], 0)->text, "四、结转下年度继续办理");
  // Ranges point into the page: a number cell's range is the number itself.
  const Cell* n = cell_at(rows[3], 3);
  EXPECT_EQ(input_.substr(n->at.begin, n->at.length()), "26");
}

TEST_F(HtmlCorpus008, Table4HasFifteenColumns) {
  auto rows = table_rows(doc_, 3);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(cell_at(rows[0], 0)->text, "行政复议");
  EXPECT_EQ(cell_at(rows[0], 5)->text, "行政诉讼");
  EXPECT_EQ(cell_at(rows[1], 10)->text, "复议后起诉");
  ASSERT_EQ(rows[3]->cells.size(), 15u);
  EXPECT_EQ(cell_at(rows[3], 3)->text, "1");
  EXPECT_EQ(cell_at(rows[3], 4)->text, "1");
}

TEST_F(HtmlCorpus008, Table2UsesTheOldLabel) {
  auto rows = table_rows(doc_, 1);
  ASSERT_GE(rows.size(), 4u);
  EXPECT_EQ(cell_at(rows[3], 0)->text, "规范性文件");
  EXPECT_EQ(cell_at(rows[3], 3)->text, "18");
}

}  // namespace
}  // namespace nianbao
