// text-review-litigation and text-percentage.
#include <gtest/gtest.h>

#include "tests/support/prose_builder.hpp"

using nianbao::testing::only;
using nianbao::testing::ProseReport;

namespace {

ProseReport cases() {
  ProseReport r;
  r.table4("rv", 7, 6, 17, 3);  // 33
  r.table4("ld", 2, 1, 1, 1);   // 5
  r.table4("lr", 1, 0, 0, 0);   // 1
  return r;
}

}  // namespace

TEST(TextReviewLitigation, CountsAndTheirParts) {
  ProseReport r = cases();
  r.paragraph(
      "政府信息公开行政复议33件，其中结果维持7件，结果纠正5件，其他结果17件，尚未审结3件；"
      "政府信息公开行政诉讼8件，其中结果维持3件。");
  auto d = only(r.run(), "text-review-litigation");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].cell, "t4.rv.fix");
  EXPECT_EQ(d[0].expected, 6);
  EXPECT_EQ(d[0].found, 5);
  EXPECT_EQ(d[0].at->begin, r.offset_of("5件"));
  EXPECT_EQ(d[1].cell, "t4.ld.total");
  EXPECT_EQ(d[1].expected, 6);  // ld 5 + lr 1
  EXPECT_EQ(d[1].found, 8);
  EXPECT_EQ(d[1].at->begin, r.offset_of("8件"));
}

TEST(TextReviewLitigation, NoneWhileTableFourHasCases) {
  ProseReport r = cases();
  r.paragraph("本年度未发生政府信息公开行政复议、行政诉讼案件。");
  auto d = only(r.run(), "text-review-litigation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 39);
  EXPECT_EQ(d[0].found, 0);
  EXPECT_EQ(d[0].at->begin, r.offset_of("未发生"));
}

TEST(TextReviewLitigation, AllUpheldWhileCorrectedOrPending) {
  ProseReport r = cases();
  r.paragraph("全年发生行政复议和行政诉讼案件，均获维持。");
  auto d = only(r.run(), "text-review-litigation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t4.rv.fix");
  EXPECT_EQ(d[0].expected, 11);  // fix 6+1+0, pending 3+1+0
  EXPECT_EQ(d[0].at->begin, r.offset_of("均获维持"));
}

TEST(TextReviewLitigation, SilentWhenTheTableAgrees) {
  ProseReport r;
  r.table4("rv", 2, 0, 0, 0).table4("ld", 0, 0, 0, 0).table4("lr", 0, 0, 0, 0);
  r.paragraph("发生政府信息公开行政复议2件，均获维持；未发生行政诉讼。");
  r.paragraph("有效降低行政复议、行政诉讼发生率和纠错率。");
  r.paragraph("无法提供的申请已告知申请人，无正当理由大量反复申请的不予处理。");
  EXPECT_TRUE(only(r.run(), "text-review-litigation").empty());
}

TEST(TextPercentage, ShareAfterAnOutcomeCount) {
  ProseReport r;
  r.table3(80, 0, 40, 10, 10, 10, 5, 5, 0);  // r7 = 80
  r.paragraph("予以公开40件，占40%；部分公开10件，占比12.5%。");
  auto d = only(r.run(), "text-percentage");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 50);
  EXPECT_EQ(d[0].found, 40);
  EXPECT_EQ(d[0].at->begin, r.offset_of("40%"));
  EXPECT_EQ(d[0].severity, nianbao::Severity::Info);
}

TEST(TextPercentage, SilentOnGrowthRatesAndRoundedShares) {
  ProseReport r;
  r.table3(30, 0, 10, 0, 10, 10, 0, 0, 0);  // r7 = 30
  r.paragraph("予以公开10件，占33.3%，同比增长20%。");
  r.paragraph("群众满意率100%。");
  EXPECT_TRUE(only(r.run(), "text-percentage").empty());
}

TEST(TextPercentage, ChineseShareAndListsOfShares) {
  ProseReport r;
  r.table3(80, 0, 40, 10, 10, 10, 5, 5, 0);  // r7 = 80
  r.paragraph("予以公开40件，占百分之四十。");
  r.paragraph("予以公开40件、部分公开10件，分别占60%、20%。");  // which share is whose: not guessed
  auto d = only(r.run(), "text-percentage");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, 40);
  EXPECT_EQ(d[0].at->begin, r.offset_of("百分之四十"));
}

TEST(TextReviewLitigation, NoLossesWhileACaseWasCorrected) {
  ProseReport r;
  r.table4("rv", 0, 0, 0, 0).table4("ld", 1, 1, 0, 0).table4("lr", 0, 0, 0, 0);
  r.paragraph("我局积极应诉，实现行政诉讼零败诉。");
  auto d = only(r.run(), "text-review-litigation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t4.ld.fix");
  EXPECT_EQ(d[0].expected, 1);
  EXPECT_EQ(d[0].at->begin, r.offset_of("零败诉"));
}
