// The paste decision: a whole report (title, two statutory sections, or table 三's header) replaces the
// editor's text; a fragment (a sentence, a number, rows of numbers) edits it in place.
#include "core/edit/paste_kind.hpp"

#include <gtest/gtest.h>

#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

TEST(PasteKind, WholeReports) {
  for (const char* name : {"clean-2021-tabs.txt", "clean-2021-pipes.md", "clean-2021-lines.txt",
                           "clean-2021-pdf.txt", "clean-2019-tabs.txt"})
    EXPECT_TRUE(is_whole_report(testing::read_file(testing::fixture_path(name)), false)) << name;
  EXPECT_TRUE(is_whole_report(testing::read_file(testing::fixture_path("clean-2021.html")), true));
  EXPECT_TRUE(is_whole_report("某某区人民政府2023年政府信息公开工作年度报告\n", false));
  EXPECT_TRUE(is_whole_report("一、总体情况\n本年度……\n二、主动公开政府信息情况\n……\n", false));
  EXPECT_TRUE(is_whole_report(
      "\t申请人情况\n自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n", false));
}

TEST(PasteKind, Fragments) {
  EXPECT_FALSE(is_whole_report("", false));
  EXPECT_FALSE(is_whole_report("11", false));
  EXPECT_FALSE(is_whole_report("补充说明：本年度无其他事项。", false));
  EXPECT_FALSE(is_whole_report("（一）予以公开\t5\t0\t0\t0\t0\t0\t5\n", false));
  EXPECT_FALSE(is_whole_report("一、总体情况\n本年度……\n", false));
}

}  // namespace
}  // namespace nianbao
