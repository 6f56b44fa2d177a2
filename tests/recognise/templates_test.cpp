// The 2019 format (60号) is read with its own table 二 and the single row （六）其他处理, and a
// report for 2021 or later that still uses it is flagged.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
  return s;
}

bool has_rule(const nianbao::Result& r, const std::string& rule) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [&](const nianbao::Diagnostic& d) { return d.rule == rule; });
}

TEST(Templates, A2020ReportIn60FormatIsReadAndClean) {
  std::string text = read_file(fixture_path("clean-2019-tabs.txt"));
  nianbao::Result r = nianbao::check(text);
  EXPECT_EQ(r.report.template_id, "2019");
  EXPECT_EQ(r.report.year, 2020);
  ASSERT_NE(r.report.t2.cell("license", "change"), nullptr);
  EXPECT_EQ(r.report.t2.cell("license", "change")->value->integer_part(), -2);  // 本年增/减 may be negative
  EXPECT_EQ(r.report.t2.cell("procurement", "items")->value->integer_part(), 3);
  const nianbao::TableRow* r6 = r.report.t3.row("r6");
  ASSERT_NE(r6, nullptr);
  EXPECT_TRUE(r6->known);
  EXPECT_EQ(r.report.t3.row("r6_1"), nullptr);
  for (const auto& d : r.diagnostics) ADD_FAILURE() << d.rule << ": " << d.message_zh;
}

TEST(Templates, A2024ReportStillIn60FormatIsOutdated) {
  std::string text = replace_all(read_file(fixture_path("clean-2019-tabs.txt")), "2020", "2024");
  nianbao::Result r = nianbao::check(text);
  EXPECT_EQ(r.report.year, 2024);
  EXPECT_TRUE(has_rule(r, "doc-template-outdated"));
}

TEST(Templates, A2021ReportWithTheSingle2019RowKeepsItUnderItsOwnKey) {
  // 2021 tables, but （六）其他处理 as one row (as in some published reports).
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  std::size_t a = text.find("\t（六）其他处理\t1.申请人无正当理由");
  std::size_t b = text.find("（七）总计");
  ASSERT_NE(a, std::string::npos);
  std::string merged = "\t（六）其他处理\t2\t0\t0\t0\t0\t0\t2\t\n";
  b = text.rfind('\n', b) + 1;
  text = text.substr(0, a + 1) + merged.substr(1) + text.substr(b);
  nianbao::Result r = nianbao::check(text);
  EXPECT_EQ(r.report.template_id, "2021");
  const nianbao::TableRow* r6 = r.report.t3.row("r6");
  ASSERT_NE(r6, nullptr);
  EXPECT_FALSE(r6->known);
  EXPECT_EQ(r6->cells.at("total").value->integer_part(), 2);
  EXPECT_TRUE(has_rule(r, "doc-template-outdated"));
  // The arithmetic still balances with the single row counted.
  for (const auto& d : r.diagnostics)
    EXPECT_NE(d.severity == nianbao::Severity::Error && d.rule.rfind("t3-", 0) == 0, true) << d.rule;
}

TEST(Templates, APre2019ReportIsRecognised) {
  std::string text =
      "某县统计局2016年政府信息公开工作年度报告\n一、概述\n本年度认真贯彻条例。\n二、主动公开政府信息情况\n"
      "三、依申请公开政府信息情况\n四、政府信息公开的收费及减免情况\n五、因政府信息公开申请行政复议、提起行政"
      "诉讼的情况\n"
      "六、存在的主要问题及改进措施\n";
  nianbao::Result r = nianbao::check(text);
  EXPECT_EQ(r.report.template_id, "pre2019");
}

}  // namespace

namespace {

TEST(Columns, CollapsedLegalPersonColumnIsReadAsSuchAndReported) {
  // 法人或其他组织 as one column (FORMAT V6): three numbers a row.
  std::string text =
      "某县审计局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
      "项目\t自然人\t法人或其他组织\t总计\n"
      "一、本年新收政府信息公开申请数量\t5\t2\t7\n二、上年结转政府信息公开申请数量\t1\t0\t1\n"
      "（一）予以公开\t4\t1\t5\n（七）总计\t5\t2\t7\n四、结转下年度继续办理\t1\t0\t1\n"
      "四、政府信息公开行政复议、行政诉讼情况\n";
  nianbao::Result r = nianbao::check(text);
  const auto* total = r.report.t3.cell("new", "total");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->value->integer_part(), 7);
  EXPECT_EQ(r.report.t3.cell("new", "org")->value->integer_part(), 2);
  EXPECT_FALSE(r.report.t3.cell("new", "biz")->present());
  EXPECT_TRUE(has_rule(r, "column-missing"));
  // No arithmetic error comes from misplaced numbers.
  for (const auto& d : r.diagnostics)
    EXPECT_FALSE(d.rule == "t3-row-total" || d.rule == "t3-balance") << d.rule << " " << d.message_zh;
}

TEST(Columns, TableFourWithOnlyTheReconsiderationPartLacksTheOtherRows) {
  std::string text =
      "某县审计局2024年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t0\t0\t0\t1\n五、存在的主要问题及改进情况\n";
  nianbao::Result r = nianbao::check(text);
  EXPECT_NE(r.report.t4.row("rv"), nullptr);
  EXPECT_EQ(r.report.t4.row("ld"), nullptr);
  EXPECT_TRUE(has_rule(r, "row-missing"));
}

}  // namespace
