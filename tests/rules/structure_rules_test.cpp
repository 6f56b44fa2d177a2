// Structure family: sections, tables, rows, columns, labels and the required content, each problem
// once per thing.
#include <gtest/gtest.h>

#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

namespace {
Section& section(Report& r, const std::string& key) {
  for (auto& s : r.sections)
    if (s.key == key) return s;
  throw std::runtime_error(key);
}
}  // namespace

TEST(SectionMissing, FiresOncePerAbsentSection) {
  Report r = balanced_2021();
  section(r, "s5").present = false;
  auto d = with_rule(run_families(r), "section-missing");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, "五、存在的主要问题及改进情况");
  EXPECT_EQ(d[0].at->begin, section(r, "s6").at.begin);  // where it should have been
  EXPECT_EQ(d[0].severity, Severity::Error);
}

TEST(SectionOrder, FiresOnMisnumberedAndMisplacedHeadings) {
  Report r = balanced_2021();
  section(r, "s2").numeral = "三";
  section(r, "s2").title = "三、主动公开政府信息情况";
  auto d = with_rule(run_families(r), "section-order");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, "三、主动公开政府信息情况");
  EXPECT_EQ(d[0].expected, "二、主动公开政府信息情况");

  Report swapped = balanced_2021();
  section(swapped, "s4").order = 5;
  section(swapped, "s5").order = 4;
  auto s = with_rule(run_families(swapped), "section-order");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].at->begin, section(swapped, "s5").at.begin);
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "section-order").empty());
}

TEST(SectionTitle, InfoForASynonymHeading) {
  Report r = balanced_2021();
  section(r, "s5").title = "五、存在的主要问题及整改措施";
  section(r, "s5").title_exact = false;
  auto d = with_rule(run_families(r), "section-title");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::Info);
  EXPECT_EQ(d[0].found, "五、存在的主要问题及整改措施");
}

TEST(OverviewAreaMissing, NamesTheMissingAreas) {
  Report r = balanced_2021();
  set_section_text(r, "s1", {"2023年，我局做好主动公开和依申请公开工作，加强政府信息管理。"});
  auto d = with_rule(run_families(r), "overview-area-missing");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, "政府信息公开平台建设、监督保障");
  EXPECT_TRUE(with_rule(run_families(balanced_2019()), "overview-area-missing").empty());  // 2021 only
}

TEST(GovernmentAccountability, FiresForAGovernmentNotForADepartment) {
  Report r = balanced_2021();
  set_agency(r, "洪泽区人民政府", 2023);
  rebuild_prose(r);
  auto d = with_rule(run_families(r), "government-accountability-missing");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, "社会评议、责任追究");  // 考核 is in the builder's section 一
  set_section_text(
      r, "s1", {"2023年，区政府……", "（五）监督保障。开展工作考核和社会评议，本年度未发生责任追究情况。"});
  EXPECT_TRUE(with_rule(run_families(r), "government-accountability-missing").empty());
  Report office = balanced_2021();
  set_agency(office, "凤泉区人民政府办公室", 2023);
  rebuild_prose(office);
  EXPECT_TRUE(with_rule(run_families(office), "government-accountability-missing").empty());
}

TEST(TableMissing, FiresForAnAbsentOrEmptyTable) {
  Report r = balanced_2021();
  r.t4 = ReportTable{};
  r.t4.key = "t4";
  r.t2.rows.clear();  // heading but no readable rows (an image)
  Findings f = run_families(r);
  auto d = with_rule(f, "table-missing");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_TRUE(with_rule(f, "row-missing").empty());  // not once per row of a missing table
}

TEST(RowMissing, OncePerRowWithItsCells) {
  Report r = balanced_2021();
  remove_row(r, "t3", "r3_8");
  auto d = with_rule(run_families(r), "row-missing");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].expected, "8.属于行政查询事项");
  EXPECT_EQ(d[0].cells.size(), 7u);
  EXPECT_NE(d[0].message_zh.find("（三）不予公开 8.属于行政查询事项"), std::string::npos) << d[0].message_zh;
}

TEST(RowMissing, ASingleR6In2021IsTheTemplateFindingOnly) {
  Report r = balanced_2021();
  use_single_r6(r);
  Findings f = run_families(r);
  EXPECT_TRUE(with_rule(f, "row-missing").empty());
  EXPECT_TRUE(with_rule(f, "label-unknown").empty());
  auto d = with_rule(f, "doc-template-outdated");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].at->begin, row(r, "t3", "r6")->label_at.begin);
}

TEST(ColumnMissing, OncePerColumnNotPerCell) {
  Report r = balanced_2021();
  r.t3.missing_columns = {"biz", "research"};
  auto d = with_rule(run_families(r), "column-missing");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].expected, "商业企业");
  EXPECT_EQ(d[0].cells.size(), 25u);
}

TEST(LabelUnknown, ListsExtraRows) {
  Report r = balanced_2021();
  add_extra_row(r, "t2", "x1", "其他主动公开文件");
  auto d = with_rule(run_families(r), "label-unknown");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, "其他主动公开文件");
  EXPECT_EQ(d[0].severity, Severity::Warning);
}

TEST(LabelNonstandard, InfoForATypoOrOldLabelOfAKnownRow) {
  Report r = balanced_2021();
  row(r, "t3", "r3_2")->label = "2.其他法律行政止公开";
  row(r, "t3", "r3_2")->label_exact = false;
  auto d = with_rule(run_families(r), "label-nonstandard");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].found, "2.其他法律行政止公开");
  EXPECT_EQ(d[0].expected, "2.其他法律行政法规禁止公开");
  EXPECT_EQ(d[0].severity, Severity::Info);
  EXPECT_EQ(d[0].at->begin, row(r, "t3", "r3_2")->label_at.begin);
}

TEST(TemplateNoteMissing, InfoWhenTheHeaderLacksTheNote) {
  Report r = balanced_2021();
  r.t3.has_rule_note = false;
  auto d = with_rule(run_families(r), "template-note-missing");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::Info);
}

TEST(ProblemsEmpty, FiresOnNoneOrHalfAnAnswer) {
  Report r = balanced_2021();
  set_section_text(r, "s5", {"无。"});
  EXPECT_EQ(with_rule(run_families(r), "problems-empty").size(), 1u);
  set_section_text(r, "s5", {"我局政府信息公开工作还存在一些不足。"});
  EXPECT_EQ(with_rule(run_families(r), "problems-empty").size(), 1u);
  set_section_text(r, "s5", {"存在的问题：培训不足。", "改进措施：加强培训。"});
  EXPECT_TRUE(with_rule(run_families(r), "problems-empty").empty());
}

TEST(FeeStatementMissing, FiresWhenSectionSixIsSilentOnTheFee) {
  Report r = balanced_2021();
  set_section_text(r, "s6", {"本年度落实上级政务公开工作要点。"});
  EXPECT_EQ(with_rule(run_families(r), "fee-statement-missing").size(), 1u);
  EXPECT_TRUE(with_rule(run_families(balanced_2021()), "fee-statement-missing").empty());
}

TEST(OtherMattersEmpty, InfoWhenSectionSixIsOnlyNone) {
  Report r = balanced_2019();
  set_section_text(r, "s6", {"无。"});
  auto d = with_rule(run_families(r), "other-matters-empty");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].severity, Severity::Info);
  EXPECT_TRUE(with_rule(run_families(balanced_2019()), "other-matters-empty").empty());
}
