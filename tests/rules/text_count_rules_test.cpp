// text-applications, text-handled, text-outcome-count, text-carry-out, text-norm-issued.
#include <gtest/gtest.h>

#include "tests/support/prose_builder.hpp"

using nianbao::testing::only;
using nianbao::testing::ProseReport;

namespace {

// 95 new + 3 carried in = 96 handled + 2 carried out; outcomes 60 / 10 / 5 / 15 / 4 / 2.
ProseReport agency() {
  ProseReport r;
  r.table3(95, 3, 60, 10, 5, 15, 4, 2, 2);
  return r;
}

}  // namespace

TEST(TextApplications, ReportsACountThatDiffersFromNewRequests) {
  ProseReport r = agency();
  r.paragraph("2023年，市示例局办公室代表市示例局受理政府信息公开申请17件，均已在法定期限内予以答复。");
  auto d = only(r.run(), "text-applications");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t3.new.total");
  EXPECT_EQ(d[0].expected, 95);
  EXPECT_EQ(d[0].found, 17);
  ASSERT_TRUE(d[0].at);
  EXPECT_EQ(d[0].at->begin, r.offset_of("17件"));
  EXPECT_EQ(d[0].at->length(), 2u);
  EXPECT_NE(d[0].message_zh.find("受理政府信息公开申请17件"), std::string::npos);
  EXPECT_FALSE(d[0].fix);
}

TEST(TextApplications, ReadsChineseNumeralsAndPdfSpacing) {
  ProseReport r = agency();
  r.paragraph("全年共收到政府信息公开申请九十件。");
  r.paragraph("2023 年全区受理政府信息公开 申请 95 件，均在法定期限答复。");
  auto d = only(r.run(), "text-applications");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, 90);
  EXPECT_EQ(d[0].at->begin, r.offset_of("九十件"));
}

TEST(TextApplications, AcceptsNewPlusCarriedOverAndMatchingCounts) {
  ProseReport r = agency();
  r.paragraph("全年共受理政府信息公开申请98件（含上年结转3件），其中自然人申请90件。");
  r.paragraph("我局共收到依申请信息公开98件，及时回复申请人。");  // 95 + 3, no mention: still fine
  r.paragraph("本年新收政府信息公开申请95件。");
  EXPECT_TRUE(only(r.run(), "text-applications").empty());
}

TEST(TextApplications, StaysSilentOnOtherBodiesPartsAndOtherRequests) {
  ProseReport r = agency();
  r.paragraph("督促县直部门受理政府信息公开申请40件。");
  r.paragraph("共受理政府信息公开申请95件，其中民政局受理政府信息公开申请1件。");
  r.paragraph("全年受理网络问政182件，受理行政许可申请550件。");
  r.paragraph("与2022年受理政府信息公开申请60件相比有所增加。");
  r.paragraph("依申请公开受理渠道畅通，受理政府信息公开申请约100件。");
  EXPECT_TRUE(only(r.run(), "text-applications").empty());
}

TEST(TextApplications, NotAssessableWithoutTheCell) {
  ProseReport r;
  r.paragraph("受理政府信息公开申请17件。");
  auto f = r.run();
  EXPECT_TRUE(only(f, "text-applications").empty());
  EXPECT_GE(f.not_assessable_count(), 1);
}

TEST(TextHandled, ReportsAnsweredCountAgainstTotal) {
  ProseReport r = agency();
  r.paragraph("全市共受理政府信息公开申请95件，答复90件，均在法定期限内予以答复。");
  auto d = only(r.run(), "text-handled");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t3.r7.total");
  EXPECT_EQ(d[0].expected, 96);
  EXPECT_EQ(d[0].found, 90);
  EXPECT_EQ(d[0].at->begin, r.offset_of("90件"));
}

TEST(TextHandled, SilentOnMatchingCountsAndOtherCases) {
  ProseReport r = agency();
  r.paragraph("全年受理政府信息公开申请95件，办结96件。");
  r.paragraph("依法做好行政复议、行政诉讼案件的应诉工作，全县共办理相关案件74件。");
  r.paragraph("承办人大建议和政协提案，按时办结30件。");
  r.paragraph("上年结转1件，结转下年度继续办理1件。");
  EXPECT_TRUE(only(r.run(), "text-handled").empty());
}

TEST(TextOutcomeCount, ComparesEachCategoryWithItsRowsSum) {
  ProseReport r = agency();
  r.paragraph("其中予以公开60件，部分公开10件，不予公开5件，无法提供12件，不予处理4件，其他处理2件。");
  auto d = only(r.run(), "text-outcome-count");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 15);
  EXPECT_EQ(d[0].found, 12);
  EXPECT_EQ(d[0].at->begin, r.offset_of("12件"));
  EXPECT_EQ(d[0].cells.size(), 3u);  // t3.r4_1..r4_3
  EXPECT_NE(d[0].message_zh.find("无法提供12件"), std::string::npos);
}

TEST(TextOutcomeCount, DisclosedAndPartlyDisclosedTogether) {
  ProseReport r = agency();
  r.paragraph("予以公开及部分公开65件。");
  auto d = only(r.run(), "text-outcome-count");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 70);
  EXPECT_EQ(d[0].found, 65);
}

TEST(TextOutcomeCount, SilentWhenTheyAgreeOrTheSubjectIsAnotherBody) {
  ProseReport r = agency();
  r.paragraph("予以公开及部分公开70件，不予公开的申请共5件。");
  r.paragraph("其中县民政局予以公开1件。");
  r.paragraph("主动予以公开政府信息300条。");
  EXPECT_TRUE(only(r.run(), "text-outcome-count").empty());
}

TEST(TextCarryOut, VerbBeforeAndNumberBefore) {
  ProseReport r = agency();
  r.paragraph("共办理96件，结转下一年5件。");
  r.paragraph("答复96件（含上年度结转申请3件，另有4件顺延到下年度答复）。");
  auto d = only(r.run(), "text-carry-out");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].cell, "t3.carry_out.total");
  EXPECT_EQ(d[0].expected, 2);
  EXPECT_EQ(d[0].found, 5);
  EXPECT_EQ(d[0].at->begin, r.offset_of("5件"));
  EXPECT_EQ(d[1].found, 4);
  EXPECT_EQ(d[1].at->begin, r.offset_of("4件"));
}

TEST(TextCarryOut, SilentOnLastYearsCarryOverAndMatches) {
  ProseReport r = agency();
  r.paragraph("含上年度结转申请3件，另有2件顺延到下年度答复；结转下年度继续办理2件。");
  EXPECT_TRUE(only(r.run(), "text-carry-out").empty());
}

TEST(TextNormIssued, ComparesWithTableTwo) {
  ProseReport r = agency();
  r.cell("t2.norm.issued", 1);
  r.paragraph("全年制发行政规范性文件3件，废止行政规范性文件2件。");
  auto d = only(r.run(), "text-norm-issued");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t2.norm.issued");
  EXPECT_EQ(d[0].expected, 1);
  EXPECT_EQ(d[0].found, 3);
  EXPECT_EQ(d[0].at->begin, r.offset_of("3件"));
}

TEST(TextNormIssued, SilentOnOtherDocumentsAndOn2019Reports) {
  ProseReport r = agency();
  r.cell("t2.norm.issued", 1);
  r.paragraph(
      "新增公开市政府规章1件、市政府及市政府办政策性文件11件，清理行政规范性文件20件，制发行政规范性文件1件"
      "。");
  EXPECT_TRUE(only(r.run(), "text-norm-issued").empty());
  ProseReport old = agency();
  old.report.template_id = "2019";
  old.paragraph("制发行政规范性文件3件。");
  EXPECT_TRUE(only(old.run(), "text-norm-issued").empty());
}

TEST(TextOutcomeCount, TheDuOfNianduIsNotASubject) {
  ProseReport r = agency();
  r.paragraph("2023年度予以公开50件。");
  auto d = only(r.run(), "text-outcome-count");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, 50);
}
