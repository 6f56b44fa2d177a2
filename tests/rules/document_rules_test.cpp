// Document family: report year and template against that year.
#include <gtest/gtest.h>

#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

TEST(DocYearMissing, FiresWithoutTitleYearOrPeriod) {
  Report r = balanced_2021();
  r.title = "示例市生态环境局政府信息公开工作年度报告";
  r.year.reset();
  rebuild_prose(r);  // no period sentence without a year
  auto d = with_rule(run_families(r), "doc-year-missing");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::Warning);
}

TEST(DocYearMissing, ThePeriodAloneIsEnough) {
  Report r = balanced_2021();
  r.title = "示例市生态环境局政府信息公开工作年度报告";
  EXPECT_TRUE(with_rule(run_families(r), "doc-year-missing").empty());
}

TEST(DocYearMismatch, PeriodOfAnotherYear) {
  Report r = balanced_2021();
  TextPiece pre;
  const std::string text = "本报告统计期限自 2022 年 1 月 1 日至 2022 年 12 月 31 日。";
  pre.append(text, Range{500, 500 + text.size()});
  r.prose.insert(r.prose.begin() + 1, pre);
  r.prose.erase(r.prose.begin() + 2);  // drop the builder's correct period
  auto d = with_rule(run_families(r), "doc-year-mismatch");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 2023);
  EXPECT_EQ(d[0].found, 2022);
  EXPECT_EQ(d[0].at->begin, 500u + std::string("本报告统计期限自 ").size());
}

TEST(DocYearMismatch, ImpossiblePeriod) {
  Report r = balanced_2021();
  TextPiece pre;
  pre.append("统计期限为2023年1月1日至2022年12月31日。", Range{500, 560});
  r.prose[1] = pre;
  auto d = with_rule(run_families(r), "doc-year-mismatch");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, 2022);
}

TEST(DocYearMismatch, NarrativeOfLastYear) {
  Report r = balanced_2021();
  set_section_text(r, "s1",
                   {"2022年，我局认真贯彻落实条例，主动公开、依申请公开、信息管理、平台、监督保障。"});
  auto d = with_rule(run_families(r), "doc-year-mismatch");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, 2022);
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "doc-year-mismatch").empty());
}

TEST(DocYearMismatch, ChineseNumeralTitleYear) {
  Report r = balanced_2021();
  r.title = "示例市生态环境局二〇二二年政府信息公开工作年度报告";
  auto d = with_rule(run_families(r), "doc-year-mismatch");
  ASSERT_EQ(d.size(), 2u);  // the period and the opening of section 一 both say 2023
  EXPECT_EQ(d[0].expected, 2022);
  EXPECT_EQ(d[1].expected, 2022);
  EXPECT_EQ(d[0].found, 2023);
}

TEST(DocTemplateOutdated, TwentyNineteenMarkersInA2023Report) {
  Report r = balanced_2021();
  r.template_markers_2019 = {"本年新制作数量", "上一年项目数量"};
  auto d = with_rule(run_families(r), "doc-template-outdated");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_NE(d[0].message_zh.find("本年新制作数量"), std::string::npos);
}

TEST(DocTemplateOutdated, SilentForA2020ReportIn2019Format) {
  EXPECT_TRUE(with_rule(run_families(balanced_2019()), "doc-template-outdated").empty());
}

TEST(DocTemplateAnachronism, TwentyTwentyOneLabelsInA2020Report) {
  Report r = balanced_2019();
  r.template_markers_2021 = {"本年制发件数"};
  auto d = with_rule(run_families(r), "doc-template-anachronism");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::Warning);
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "doc-template-anachronism").empty());
}

TEST(DocTemplateOutdated, PreTwentyNineteenStructureInA2023Report) {
  Report r = balanced_2021();
  r.template_id = "pre2019";
  auto d = with_rule(run_families(r), "doc-template-outdated");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message_zh.find("2019 年以前"), std::string::npos);
}
