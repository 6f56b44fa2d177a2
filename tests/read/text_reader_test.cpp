#include <gtest/gtest.h>

#include "core/read/read.hpp"

namespace {

using nianbao::Document;
using nianbao::Layout;

std::vector<std::string> texts(const nianbao::Row& r) {
  std::vector<std::string> out;
  for (const auto& c : r.cells) out.push_back(c.text);
  return out;
}

TEST(TextReader, SplitsTabsKeepingEmptyCells) {
  Document d = nianbao::read_text("标题\n行政许可\t0\t\t\n");
  ASSERT_EQ(d.rows.size(), 3u);
  EXPECT_TRUE(d.rows[0].paragraph);
  EXPECT_EQ(texts(d.rows[1]), (std::vector<std::string>{"行政许可", "0", "", ""}));
  EXPECT_EQ(d.layout, Layout::Tabs);
}

TEST(TextReader, SplitsPipesAndDropsRuleLines) {
  Document d = nianbao::read_text("| 类别 | 数据1 |\n|---|---|\n| 予以公开 | 290 |\n");
  ASSERT_EQ(d.rows.size(), 3u);  // the |---| line carries nothing; the last empty line stays
  EXPECT_EQ(texts(d.rows[1]), (std::vector<std::string>{"予以公开", "290"}));
  EXPECT_EQ(d.layout, Layout::Pipes);
}

TEST(TextReader, SplitsSpaceAlignedColumnsAndSingleSpacedNumbers) {
  std::string line = "一、本年新收政府信息公开申请数量          21    0 0 0   0   0     21";
  Document d = nianbao::read_text(line);
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_EQ(texts(d.rows[0]), (std::vector<std::string>{"一、本年新收政府信息公开申请数量", "21", "0", "0",
                                                        "0", "0", "0", "21"}));
  EXPECT_EQ(d.layout, Layout::Aligned);
  // Every cell's range points at its text.
  for (const auto& c : d.rows[0].cells) EXPECT_EQ(line.substr(c.at.begin, c.at.length()), c.text);
}

TEST(TextReader, DropsPdfPageFootersButKeepsLoneNumbers) {
  Document d = nianbao::read_text("正文\n                 -3-\n- 12 -\n第 4 页\n21\n");
  std::vector<std::string> all;
  for (const auto& r : d.rows)
    for (const auto& c : r.cells) all.push_back(c.text);
  EXPECT_EQ(all, (std::vector<std::string>{"正文", "21"}));
}

TEST(TextReader, ProseWithSingleSpacesStaysOneParagraph) {
  Document d = nianbao::read_text("   2023 年，全区受理政府信息公开申请 21 件，均在法定期限答复。");
  ASSERT_EQ(d.rows.size(), 1u);
  EXPECT_TRUE(d.rows[0].paragraph);
  ASSERT_EQ(d.rows[0].cells.size(), 1u);
  EXPECT_EQ(d.rows[0].cells[0].text, "2023 年，全区受理政府信息公开申请 21 件，均在法定期限答复。");
}

TEST(TextReader, HandlesCrLfAndCr) {
  Document d = nianbao::read_text("a\r\nb\rc");
  ASSERT_EQ(d.rows.size(), 3u);
  EXPECT_EQ(d.rows[2].cells[0].text, "c");
}

}  // namespace

namespace {

TEST(TextReader, APageBreakInsideASentenceIsNoParagraphBreak) {
  Document d = nianbao::read_text("严格执行“分\n\n                 -1-\n\n级审核、先审后发”程序。\n");
  std::vector<std::string> lines;
  bool blank_between = false;
  for (const auto& r : d.rows) {
    if (r.cells.empty())
      blank_between = blank_between || lines.size() == 1;
    else
      lines.push_back(r.cells[0].text);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{"严格执行“分", "级审核、先审后发”程序。"}));
  EXPECT_FALSE(blank_between);
}

}  // namespace
