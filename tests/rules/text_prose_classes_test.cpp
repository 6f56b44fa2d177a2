// Classes of prose seen in real reports (issue 10): counts with any counter, the count of one outcome
// versus all answers, like-with-like self-contradiction, the year from the text, 总体情况 judged by its
// content, messages naming the report's own template. Each fires on the defect and is silent on the
// honest wording.
#include <gtest/gtest.h>

#include <regex>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/prose_builder.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::only;
using nianbao::testing::ProseReport;
using nianbao::testing::read_file;

TEST(ProseCounters, ApplicationsCountedInAnyCounterAreCompared) {
  for (const char* counter : {"件", "条", "个", "项", "人次"}) {
    ProseReport r;
    r.table3(40, 2, 20, 5, 3, 6, 2, 1, 5);
    r.paragraph(std::string("2023年，我局共收到政府信息公开申请45") + counter + "。");
    auto d = only(r.run(), "text-applications");
    ASSERT_EQ(d.size(), 1u) << counter;
    EXPECT_EQ(d[0].found, 45);
    ProseReport ok;
    ok.table3(40, 2, 20, 5, 3, 6, 2, 1, 5);
    ok.paragraph(std::string("2023年，我局共收到政府信息公开申请40") + counter + "。");
    EXPECT_TRUE(only(ok.run(), "text-applications").empty()) << counter;
  }
}

TEST(ProseOutcome, TheCountOfOneOutcomeIsNotTheCountOfAllAnswers) {
  ProseReport r;
  r.table3(40, 2, 20, 5, 3, 6, 2, 1, 5);  // r7 = 37
  r.paragraph("本年度同意公开答复20件。");
  auto f = r.run();
  EXPECT_TRUE(only(f, "text-handled").empty());        // not compared with （七）总计 37
  EXPECT_TRUE(only(f, "text-outcome-count").empty());  // compared with 予以公开 20: agrees
  ProseReport wrong;
  wrong.table3(40, 2, 20, 5, 3, 6, 2, 1, 5);
  wrong.paragraph("本年度同意公开答复18件。");
  auto g = wrong.run();
  EXPECT_TRUE(only(g, "text-handled").empty());
  auto d = only(g, "text-outcome-count");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 20);
  // All answers are still compared with the total.
  ProseReport all;
  all.table3(40, 2, 20, 5, 3, 6, 2, 1, 5);
  all.paragraph("本年度答复政府信息公开申请35件。");
  EXPECT_EQ(only(all.run(), "text-handled").size(), 1u);
}

TEST(ProseSelfContradiction, SameWordsUnderDifferentNumberedItemsAreDifferentThings) {
  ProseReport r;
  r.paragraph("（一）政府网站");
  r.paragraph("全年发布信息120条。");
  r.paragraph("（二）政务新媒体");
  r.paragraph("全年发布信息80条。");
  r.paragraph("（三）政务公开专栏。全年发布信息30条。");
  r.paragraph("一是依托门户网站发布信息120条；二是依托政务微博发布信息45条。");
  EXPECT_TRUE(only(r.run(), "text-self-contradiction").empty());
}

TEST(ProseSelfContradiction, SameItemTwoNumbersStillFires) {
  ProseReport r;
  r.paragraph("（一）主动公开");
  r.paragraph("全年主动公开政府信息20条。");
  r.paragraph("本年度主动公开政府信息16条，均在规定时限内发布。");
  auto d = only(r.run(), "text-self-contradiction");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, 20);
  EXPECT_EQ(d[0].found, 16);
}

nlohmann::json checked(const std::string& text, const std::string& name) {
  nianbao::CheckOptions o;
  o.file_name = name;
  nianbao::Result r = nianbao::check(text, o);
  return nianbao::testing::result_tree(r, text, "zh");
}

bool has_rule(const nlohmann::json& j, const std::string& rule) {
  for (const auto& d : j["diagnostics"])
    if (d["rule"] == rule) return true;
  return false;
}

TEST(ProseYear, TheYearComesFromParagraphsWhenTitleAndPeriodHaveNone) {
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  text = std::regex_replace(text, std::regex("青山县市场监督管理局2024年政府信息公开工作年度报告"),
                            "青山县市场监督管理局政府信息公开工作年度报告");
  text =
      std::regex_replace(text, std::regex("本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。"), "");
  nlohmann::json j = checked(text, "no-title-year.txt");
  EXPECT_EQ(j["report"]["year"], 2024);  // "2024年，青山县市场监督管理局认真贯彻…", "2024年，我局…"
  EXPECT_FALSE(has_rule(j, "doc-year-missing"));
  // Truly no year: reported.
  std::string none = std::regex_replace(text, std::regex("2024年"), "本年");
  nlohmann::json k = checked(none, "no-year.txt");
  EXPECT_TRUE(k["report"]["year"].is_null());
  EXPECT_TRUE(has_rule(k, "doc-year-missing"));
}

TEST(ProseOverview, AreasAreJudgedByContentNotByTheStandardSubHeadings) {
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  std::size_t a = text.find("（一）主动公开。"), b = text.find("二、主动公开政府信息情况");
  text = text.substr(0, a) +
         "我局坚持以公开为常态。全年在门户网站发布信息1206条，及时更新政府信息公开目录，严格信息管理。\n\n"
         "全年收到政府信息公开申请37件，均按时办结答复。\n\n将政务公开纳入年度考核，开展业务培训2次。\n\n" +
         text.substr(b);
  nlohmann::json j = checked(text, "overview.txt");
  EXPECT_FALSE(has_rule(j, "overview-area-missing")) << j["diagnostics"].dump();
  // An overview that says nothing of requests or platforms is still reported.
  std::string thin = text.substr(0, a) + "我局认真贯彻落实《条例》。\n\n" +
                     text.substr(text.find("二、主动公开政府信息情况"));
  EXPECT_TRUE(has_rule(checked(thin, "thin.txt"), "overview-area-missing"));
}

TEST(ProseTemplate, A2019ReportIsNotToldAboutThe2021Format) {
  std::string text = read_file(fixture_path("clean-2019-tabs.txt"));
  std::size_t s6 = text.find("六、其他需要报告的事项");
  text = text.substr(0, s6) + "六、其他需要报告的事项\n\n无。\n";
  nlohmann::json j = checked(text, "2019.txt");
  bool seen = false;
  for (const auto& d : j["diagnostics"]) {
    EXPECT_EQ(d["message"].get<std::string>().find("2021"), std::string::npos) << d.dump();
    seen = seen || d["rule"] == "other-matters-empty";
  }
  EXPECT_TRUE(seen);
}

}  // namespace
