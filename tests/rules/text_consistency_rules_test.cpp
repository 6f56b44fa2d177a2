// text-self-contradiction, text-zero-disclosed, text-term.
#include <gtest/gtest.h>

#include "tests/support/prose_builder.hpp"

using nianbao::testing::only;
using nianbao::testing::ProseReport;

TEST(TextSelfContradiction, SameStatementTwoNumbers) {
  ProseReport r;
  r.paragraph("2023年，我局主动公开政府信息20条。");
  r.paragraph("全年主动公开政府信息16条，其中政策解读3条。");
  auto d = only(r.run(), "text-self-contradiction");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 20);
  EXPECT_EQ(d[0].found, 16);
  EXPECT_EQ(d[0].at->begin, r.offset_of("16条"));
}

TEST(TextSelfContradiction, SilentOnOtherChannelsPartsAndApproximations) {
  ProseReport r;
  r.paragraph("在政府网站主动公开政府信息1136条。");
  r.paragraph("通过政务新媒体主动公开政府信息500条，督促县直部门发布信息3044条。");
  r.paragraph("共公开政府信息1340余条，其中主动公开政府信息20条。");
  r.paragraph("累计发布信息5000条，全年发布信息300条。");
  EXPECT_TRUE(only(r.run(), "text-self-contradiction").empty());
}

TEST(TextZeroDisclosed, ZeroItemsProactivelyDisclosed) {
  ProseReport r;
  r.paragraph("2023年，我局主动公开政府信息0条。");
  auto d = only(r.run(), "text-zero-disclosed");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, nianbao::Severity::Info);
  EXPECT_EQ(d[0].at->begin, r.offset_of("0条"));
}

TEST(TextZeroDisclosed, SilentOnZeroRequestsAndOnCounts) {
  ProseReport r;
  r.paragraph("主动公开政府信息126条，收到依申请公开0件，不予公开0件。");
  EXPECT_TRUE(only(r.run(), "text-zero-disclosed").empty());
}

TEST(TextTerm, MisspeltTermsInTheProseNotTwiceForLabels) {
  ProseReport r;
  r.paragraph("本机关无行政性事业收费项目。");
  r.cell("t3.r3_2.total", 0);
  // A misspelt row label is label-nonstandard's finding; text-term must not report the same defect again.
  r.report.t3.rows.back().label = "2.其他法律行政止公开";
  r.report.t3.rows.back().label_at = {500, 530};
  auto d = only(r.run(), "text-term");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, "行政性事业收费");
  EXPECT_EQ(d[0].expected, "行政事业性收费");
  EXPECT_EQ(d[0].at->begin, r.offset_of("行政性事业收费"));
  EXPECT_EQ(d[0].at->length(), std::string("行政性事业收费").size());
}

TEST(TextTerm, SilentOnOfficialTerms) {
  ProseReport r;
  r.paragraph("行政事业性收费0万元；危及“三安全一稳定”；其他法律行政法规禁止公开。");
  EXPECT_TRUE(only(r.run(), "text-term").empty());
}
