// The cross-year rules on pairs of reports written for the tests: each rule silent on an honest pair,
// then firing on the one thing broken (carry-over in one column, the valid count, a copied
// paragraph, a copied table), and silent again once the thing is rewritten.
#include <gtest/gtest.h>

#include "core/rules/previous.hpp"
#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

namespace {

const char* const kColumns[] = {"np", "biz", "research", "ngo", "legal", "other", "total"};

// Last year's report of the same body: its carry-forward is this year's carry-in, its valid counts
// roll into this year's, its tables and prose are its own.
Report last_year_of(const Report& now) {
  Report prev = balanced_2021();
  set_agency(prev, now.agency, *now.year - 1);
  for (const char* c : kColumns)
    set(prev, std::string("t3.carry_out.") + c, cell(now, std::string("t3.carry_in.") + c).raw);
  set_number(prev, "t3.r1.np", 9);  // a different year: different figures
  set_number(prev, "t4.rv.keep", 5);
  set_number(prev, "t2.license.decisions", 17);
  for (const char* row : {"reg", "norm"}) {
    auto v = [&](const char* col) {
      return cell(now, std::string("t2.") + row + "." + col).value->integer_part();
    };
    set_number(prev, std::string("t2.") + row + ".valid", v("valid") - v("issued") + v("repealed"));
  }
  set_section_text(prev, "s1",
                   {"2022年，本局围绕生态环境中心工作推进政务公开，重点公开环境质量和执法信息。",
                    "（一）主动公开。全年通过门户网站发布环境质量月报、建设项目审批信息共 280 条。",
                    "（二）依申请公开。严格按照法定时限答复申请人，做到件件有回音。",
                    "（三）政府信息管理。对历年制发的文件进行清理，逐件确定公开属性。"});
  set_section_text(prev, "s5",
                   {"（一）存在的主要问题：解读材料形式比较单一，图解和视频较少。",
                    "（二）改进情况：将增加图解、视频等多样化解读方式，提高可读性。"});
  return prev;
}

Report this_year() {
  Report r = balanced_2021();
  set_number(r, "t2.norm.issued", 3);
  set_number(r, "t2.norm.repealed", 1);
  set_number(r, "t2.norm.valid", 12);
  return r;
}

Findings compare(const Report& now, const Report& prev) {
  Findings f;
  run_previous_rules(now, prev, f);
  return f;
}

}  // namespace

TEST(PreviousYear, AnHonestPairIsSilent) {
  Report now = this_year();
  Findings f = compare(now, last_year_of(now));
  EXPECT_TRUE(f.diagnostics().empty())
      << f.diagnostics().front().rule << " " << f.diagnostics().front().message_zh;
  EXPECT_GT(f.checks_run(), 10);
}

TEST(PreviousYear, CarryOverBrokenInOneColumnNamesThatColumnAndLastYearsFigure) {
  Report now = this_year();
  Report prev = last_year_of(now);
  set_number(prev, "t3.carry_out.biz", 4);
  auto ds = with_rule(compare(now, prev), "prev-carry-over");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].cell, "t3.carry_in.biz");
  EXPECT_EQ(ds[0].expected, 4);
  EXPECT_EQ(ds[0].found, 0);
  EXPECT_EQ(ds[0].severity, Severity::Warning);
  EXPECT_EQ(ds[0].at->begin, cell(now, "t3.carry_in.biz").at.begin);
  EXPECT_NE(ds[0].message_zh.find("结转下年度继续办理"), std::string::npos) << ds[0].message_zh;
  EXPECT_FALSE(ds[0].fix) << "this year's column balances as it is: changing it is not certain";
}

TEST(PreviousYear, CarryOverFixIsGivenWhenLastYearsFigureAlsoBalancesThisYear) {
  Report now = this_year();
  Report prev = last_year_of(now);
  // This year's clerk typed 5 for 1 in 上年结转 (自然人): the column no longer balances either.
  set_number(now, "t3.carry_in.np", 5);
  auto ds = with_rule(compare(now, prev), "prev-carry-over");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].cell, "t3.carry_in.np");
  ASSERT_TRUE(ds[0].fix);
  EXPECT_EQ(ds[0].fix->cell, "t3.carry_in.np");
  EXPECT_EQ(ds[0].fix->value, Decimal::from_int(1));
}

TEST(PreviousYear, CarryOverIsNotComparedAcrossAGapOfYears) {
  Report now = this_year();
  Report prev = last_year_of(now);
  set_number(prev, "t3.carry_out.biz", 4);
  prev.year = *now.year - 2;
  EXPECT_TRUE(with_rule(compare(now, prev), "prev-carry-over").empty());
}

TEST(PreviousYear, ValidCountRolledRightIsSilentThenWrongIsAnInfoOnThatRow) {
  Report now = this_year();
  Report prev = last_year_of(now);
  EXPECT_TRUE(with_rule(compare(now, prev), "prev-valid-roll").empty());
  set_number(now, "t2.norm.valid", 15);
  auto ds = with_rule(compare(now, prev), "prev-valid-roll");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].cell, "t2.norm.valid");
  EXPECT_EQ(ds[0].expected, 12);
  EXPECT_EQ(ds[0].found, 15);
  EXPECT_EQ(ds[0].severity, Severity::Info);
}

TEST(PreviousYear, ValidRollIsNotAssessedAgainstA2019FormTable) {
  Report now = this_year();
  now.year = 2021;
  Report prev = balanced_2019();  // 2020: 本年新制作/新公开/对外公开总数量, no 现行有效
  Findings f = compare(now, prev);
  EXPECT_TRUE(with_rule(f, "prev-valid-roll").empty());
  EXPECT_GE(f.not_assessable_count(), 2);
}

TEST(PreviousYear, ParagraphsCopiedWithNewYearsAndFiguresAreFlaggedWithBothPassages) {
  Report now = this_year();
  Report prev = last_year_of(now);
  // Last year's prose with the year and one figure changed: still the same text.
  set_section_text(now, "s1",
                   {"2023年，本局围绕生态环境中心工作推进政务公开，重点公开环境质量和执法信息。",
                    "（一）主动公开。全年通过门户网站发布环境质量月报、建设项目审批信息共 312 条。",
                    "（二）依申请公开。严格按照法定时限答复申请人，做到件件有回音。",
                    "（三）政府信息管理。对历年制发的文件进行清理，逐件确定公开属性。"});
  set_section_text(now, "s5",
                   {"（一）存在的主要问题：解读材料形式比较单一，图解和视频较少。",
                    "（二）改进情况：将增加图解、视频等多样化解读方式，提高可读性。"});
  auto ds = with_rule(compare(now, prev), "prev-duplicate-text");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].severity, Severity::Warning);
  EXPECT_NE(ds[0].passage.find("2023年"), std::string::npos) << ds[0].passage;
  EXPECT_NE(ds[0].previous_passage.find("2022年"), std::string::npos) << ds[0].previous_passage;
  EXPECT_EQ(ds[0].found, "100%");

  // Rewritten for this year: silent.
  set_section_text(now, "s1",
                   {"2023年，本局以企业和群众关注的环评审批、排污许可为重点，推进决策和执行公开。",
                    "（一）主动公开。新增排污许可专栏，按月公开行政处罚决定。",
                    "（二）依申请公开。本年申请量增加，主要涉及建设项目环评文件。",
                    "（三）政府信息管理。建立公开属性审查台账，实行动态更新。"});
  set_section_text(now, "s5",
                   {"（一）存在的主要问题：基层执法信息公开不够及时。",
                    "（二）改进情况：上年提出的解读形式单一问题已通过制作图解 12 "
                    "期得到改进；本年将建立执法信息公开时限表。"});
  EXPECT_TRUE(with_rule(compare(now, prev), "prev-duplicate-text").empty());
}

TEST(PreviousYear, SectionFiveCopiedAloneIsFlagged) {
  Report now = this_year();
  Report prev = last_year_of(now);
  set_section_text(now, "s5",
                   {"（一）存在的主要问题：解读材料形式比较单一，图解和视频较少。",
                    "（二）改进情况：将增加图解、视频等多样化解读方式，提高可读性。"});
  auto ds = with_rule(compare(now, prev), "prev-duplicate-text");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_NE(ds[0].message_zh.find("五、存在的主要问题及改进情况"), std::string::npos);
}

TEST(PreviousYear, TemplateSentencesAndShortOnesDoNotCountAsCopying) {
  Report now = this_year();
  Report prev = last_year_of(now);
  // Both years say the same required things: fee statement, period, "无".
  for (Report* r : {&now, &prev}) {
    std::string y = std::to_string(*r->year);
    set_section_text(*r, "s6",
                     {"本年度未收取信息处理费。",
                      "本报告所列数据的统计期限自" + y + "年1月1日至" + y + "年12月31日。", "无。"});
  }
  EXPECT_TRUE(with_rule(compare(now, prev), "prev-duplicate-text").empty());
}

TEST(PreviousYear, TablesCopiedCellForCellAreFlaggedPerTable) {
  Report now = this_year();
  Report prev = now;  // every table as this year's
  set_agency(prev, now.agency, *now.year - 1);
  set_section_text(prev, "s1", {"2022年，本局按照上级要求推进政务公开各项工作，取得了新的进展和成效。"});
  set_section_text(prev, "s5", {"（一）存在的主要问题：专栏更新不够及时，个别栏目内容偏少。"});
  auto ds = with_rule(compare(now, prev), "prev-identical-tables");
  ASSERT_EQ(ds.size(), 3u);  // 表二, 表三, 表四
  EXPECT_EQ(ds[1].at->begin, now.t3.at.begin);
  EXPECT_NE(ds[1].message_zh.find("表三"), std::string::npos);
  // One figure of 表三 changed: 表三 is this year's own.
  set_number(prev, "t3.r1.np", 9);
  EXPECT_EQ(with_rule(compare(now, prev), "prev-identical-tables").size(), 2u);
}

TEST(PreviousYear, AllZeroTablesEqualToLastYearAreHonest) {
  Report now = this_year();
  Report prev = last_year_of(now);
  for (Report* r : {&now, &prev})
    for (const char* g : {"rv", "ld", "lr"})
      for (const char* c : {"keep", "fix", "other", "pending", "total"})
        set_number(*r, std::string("t4.") + g + "." + c, 0);
  EXPECT_TRUE(with_rule(compare(now, prev), "prev-identical-tables").empty());
}

TEST(PreviousYear, TheSameYearTwiceIsNotCompared) {
  Report now = this_year();
  Findings f = compare(now, now);
  EXPECT_TRUE(f.diagnostics().empty());
  EXPECT_GT(f.not_assessable_count(), 0);
}
