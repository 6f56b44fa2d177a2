// Arithmetic family: each relation fires on the exact cell with the expected and found values,
// mutations of a balanced report fail exactly the relations that use the changed cell, and the fix
// (when there is one) restores the original value.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

namespace {

const std::set<std::string> kArithmetic = {"t3-balance", "t3-results-total", "t3-row-total", "t4-total"};

// (rule, cell) of every failing relation.
std::set<std::pair<std::string, std::string>> failures(const Findings& f) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& d : f.diagnostics())
    if (kArithmetic.count(d.rule)) out.insert({d.rule, d.cell});
  return out;
}

long long original(const std::string& key) { return cell(balanced_2021(), key).value->integer_part(); }

// A row table 三 does not have (x1, a subtotal some reports add), 0 in every column.
TableRow& add_zero_t3_row(Report& report) {
  TableRow& x = add_extra_row(report, "t3", "x1", "（三）不予公开小计");
  for (const char* c : {"np", "biz", "research", "ngo", "legal", "other", "total"}) {
    x.cells[c].kind = CellKind::Number;
    x.cells[c].value = Decimal::from_int(0);
  }
  return x;
}

}  // namespace

TEST(T3RowTotal, FiresOnTheTotalWithExpectedAndFound) {
  Report r = balanced_2021();
  // Change one applicant cell and its column's other relation at once so only A3 of the row fails.
  set_number(r, "t3.r1.np", original("t3.r1.np") + 1);
  set_number(r, "t3.r1.biz", original("t3.r1.biz") - 1);
  set_number(r, "t3.r1.total", original("t3.r1.total") + 1);
  // r1.np+1 and r1.biz−1 break A2 of np and biz; rebalance r7 to isolate A3.
  set_number(r, "t3.r7.np", original("t3.r7.np") + 1);
  set_number(r, "t3.r7.biz", original("t3.r7.biz") - 1);
  set_number(r, "t3.new.np", original("t3.new.np") + 1);
  set_number(r, "t3.new.biz", original("t3.new.biz") - 1);
  Findings f = run_families(r);
  auto d = with_rule(f, "t3-row-total");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t3.r1.total");
  EXPECT_EQ(d[0].expected, original("t3.r1.total"));
  EXPECT_EQ(d[0].found, original("t3.r1.total") + 1);
  EXPECT_EQ(d[0].severity, Severity::Error);
  EXPECT_EQ(d[0].cells.size(), 7u);
  EXPECT_EQ(d[0].at->begin, cell(r, "t3.r1.total").at.begin);
  EXPECT_NE(d[0].message_zh.find("表三“（一）予以公开”行：总计应为各类申请人之和"), std::string::npos)
      << d[0].message_zh;
  // A2 of column 总计 fails too; r1.total is the one cell in both, and its original value fixes both.
  ASSERT_TRUE(d[0].fix);
  EXPECT_EQ(d[0].fix->cell, "t3.r1.total");
  EXPECT_EQ(d[0].fix->value.integer_part(), original("t3.r1.total"));
  EXPECT_EQ(with_rule(f, "t3-results-total").size(), 1u);
  EXPECT_TRUE(with_rule(f, "t3-balance").empty());
}

TEST(T3RowTotal, TotalAloneWrongFailsTwoRelationsAndTheFixIsCertain) {
  Report r = balanced_2021();
  long long was = original("t3.new.total");
  set_number(r, "t3.new.total", was + 1);
  Findings f = run_families(r);
  std::set<std::pair<std::string, std::string>> want = {{"t3-row-total", "t3.new.total"},
                                                        {"t3-balance", "t3.carry_out.total"}};
  EXPECT_EQ(failures(f), want);
  for (const auto& d : f.diagnostics()) {
    if (!kArithmetic.count(d.rule)) continue;
    ASSERT_TRUE(d.fix) << d.rule;
    EXPECT_EQ(d.fix->cell, "t3.new.total");
    EXPECT_EQ(d.fix->value.integer_part(), was);
    EXPECT_NE(d.message_zh.find("可能是此格填错"), std::string::npos);
    EXPECT_NE(d.message_en.find("likely mistake"), std::string::npos);
  }
  auto row = with_rule(f, "t3-row-total");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0].expected, was);
  EXPECT_EQ(row[0].found, was + 1);
  EXPECT_NE(row[0].message_zh.find("表三“一、本年新收政府信息公开申请数量”行：总计应为各类申请人之和 " +
                                   std::to_string(was) + "，实为 " + std::to_string(was + 1)),
            std::string::npos)
      << row[0].message_zh;
}

// Every cell of table 三, changed alone, fails exactly the relations that use it, and the inferred
// fix (present whenever two or more relations fail) puts the original value back.
TEST(T3Mutation, EachCellFailsItsRelationsAndTheFixRestoresIt) {
  const Report base = balanced_2021();
  int with_fix = 0;
  for (const auto& row : base.t3.rows) {
    for (const auto& c : row.cells) {
      std::string key = "t3." + row.key + "." + c.first;
      Report r = base;
      long long was = c.second.value->integer_part();
      set_number(r, key, was + 3);
      Findings f = run_families(r);
      // Exactly the relations that use the cell: A3 of its row, A1 of its column for the four
      // rows of the printed rule, A2 of its column for the result rows and （七）总计.
      bool in_a1 = row.key == "new" || row.key == "carry_in" || row.key == "r7" || row.key == "carry_out";
      bool in_a2 = !in_a1 || row.key == "r7";
      std::set<std::pair<std::string, std::string>> want = {{"t3-row-total", "t3." + row.key + ".total"}};
      if (in_a1) want.insert({"t3-balance", "t3.carry_out." + c.first});
      if (in_a2) want.insert({"t3-results-total", "t3.r7." + c.first});
      EXPECT_EQ(failures(f), want) << key;
      for (const auto& d : f.diagnostics()) {
        if (!kArithmetic.count(d.rule)) continue;
        EXPECT_TRUE(std::find(d.cells.begin(), d.cells.end(), key) != d.cells.end()) << key << " " << d.rule;
        ASSERT_TRUE(d.fix) << key << " " << d.rule;
        EXPECT_EQ(d.fix->cell, key);
        EXPECT_EQ(d.fix->value.integer_part(), was);
        ++with_fix;
      }
    }
  }
  EXPECT_GT(with_fix, 0);
}

TEST(T4Mutation, EachCellFailsItsGroupWithoutAFix) {
  const Report base = balanced_2021();
  for (const auto& row : base.t4.rows)
    for (const auto& c : row.cells) {
      Report r = base;
      set_number(r, "t4." + row.key + "." + c.first, c.second.value->integer_part() + 1);
      Findings f = run_families(r);
      std::set<std::pair<std::string, std::string>> want = {{"t4-total", "t4." + row.key + ".total"}};
      EXPECT_EQ(failures(f), want) << row.key << "." << c.first;
      EXPECT_FALSE(with_rule(f, "t4-total")[0].fix);
    }
}

TEST(T3Balance, FiresPerColumnOnCarryOut) {
  Report r = balanced_2021();
  // Carry-out of 自然人 wrong and its row total adjusted: A1 of np and A1 of total fail... so make it
  // two independent errors (np and biz carry-out swapped): A1 np and A1 biz fail, A3 holds.
  long long np = original("t3.carry_out.np"), biz = original("t3.carry_out.biz");
  set_number(r, "t3.carry_out.np", biz);
  set_number(r, "t3.carry_out.biz", np);
  Findings f = run_families(r);
  auto d = with_rule(f, "t3-balance");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].cell, "t3.carry_out.np");
  // expected: new + carried in; found: results total + carried forward.
  long long lhs = original("t3.new.np") + original("t3.carry_in.np");
  EXPECT_EQ(d[0].expected, lhs);
  EXPECT_EQ(d[0].found, lhs - np + biz);
  EXPECT_EQ(d[0].cells,
            (std::vector<std::string>{"t3.new.np", "t3.carry_in.np", "t3.r7.np", "t3.carry_out.np"}));
  EXPECT_NE(d[0].message_zh.find("表三“自然人”列"), std::string::npos) << d[0].message_zh;
  EXPECT_FALSE(d[0].fix);  // two failures without a common cell: no guess
  EXPECT_TRUE(with_rule(f, "t3-row-total").empty());
}

TEST(T3ResultsTotal, UsesTheSingleRowR6WhenA2021ReportHasIt) {
  Report r = balanced_2021();
  use_single_r6(r);
  Findings ok = run_families(r);
  EXPECT_TRUE(with_rule(ok, "t3-results-total").empty());
  EXPECT_EQ(ok.not_assessable_count(), 0);
  long long was = cell(r, "t3.r6.np").value->integer_part();
  set_number(r, "t3.r6.np", was + 2);
  set_number(r, "t3.r6.total", cell(r, "t3.r6.total").value->integer_part() + 2);
  auto d = with_rule(run_families(r), "t3-results-total");
  ASSERT_EQ(d.size(), 2u);  // columns np and total
  EXPECT_EQ(d[0].cell, "t3.r7.np");
  EXPECT_EQ(d[0].expected, original("t3.r7.np") + 2);
  EXPECT_EQ(d[0].found, original("t3.r7.np"));
}

TEST(T3ResultsTotal, ExtraRowsAreRowCheckedButNotSummed) {
  Report r = balanced_2021();
  TableRow& x = add_zero_t3_row(r);
  x.cells["np"].value = Decimal::from_int(1);
  x.cells["total"].value = Decimal::from_int(2);
  Findings f = run_families(r);
  auto d = with_rule(f, "t3-row-total");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t3.x1.total");
  EXPECT_EQ(d[0].expected, 1);
  EXPECT_TRUE(with_rule(f, "t3-results-total").empty());
}

TEST(Arithmetic, TextOperandIsNotAssessableNeverAnError) {
  Report r = balanced_2021();
  Findings before = run_families(r);
  set(r, "t3.r1.np", "见附件");
  Findings f = run_families(r);
  EXPECT_TRUE(failures(f).empty());
  // r1.np is in A3 of r1 and A2 of np: both not assessable, the others still checked.
  EXPECT_EQ(f.not_assessable_count(), 2);
  EXPECT_EQ(with_rule(f, "cell-not-number").size(), 1u);
  EXPECT_GT(f.checks_run(), 0);
}

TEST(Arithmetic, MissingRowMakesItsRelationsNotAssessable) {
  Report r = balanced_2021();
  remove_row(r, "t3", "r3_1");
  Findings f = run_families(r);
  EXPECT_TRUE(failures(f).empty());
  EXPECT_EQ(f.not_assessable_count(), 7 + 1);  // A2 of each column, A3 of the row
  EXPECT_EQ(with_rule(f, "row-missing").size(), 1u);
}

TEST(Arithmetic, BlanksAndPlaceholdersCountAsZero) {
  Report r = balanced_2021();
  set(r, "t3.r3_1.np", "");
  set(r, "t3.r3_2.np", "/");
  set(r, "t4.lr.total", "—");
  Findings f = run_families(r);
  EXPECT_TRUE(failures(f).empty());
  EXPECT_EQ(f.not_assessable_count(), 0);
}

// FORMAT V5: a blank 总计 stands for the sum of its parts in every other relation, so it neither switches
// them off nor breaks them; each one is reported with that sum as its fix.
TEST(T3TotalBlank, EachBlankTotalIsAWarningWithTheSumOfItsPartsAsFix) {
  Report r = balanced_2021();
  Decimal r1 = *cell(r, "t3.r1.total").value, r4_1 = *cell(r, "t3.r4_1.total").value;
  set(r, "t3.r1.total", "");
  set(r, "t3.r4_1.total", "");
  Findings f = run_families(r);
  auto d = with_rule(f, "t3-total-blank");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].severity, Severity::Warning);
  EXPECT_EQ(d[0].cell, "t3.r1.total");
  ASSERT_TRUE(d[0].fix.has_value());
  EXPECT_EQ(d[0].fix->cell, "t3.r1.total");
  EXPECT_EQ(d[0].fix->value, r1);
  EXPECT_EQ(d[1].cell, "t3.r4_1.total");
  EXPECT_EQ(d[1].fix->value, r4_1);
  // FORMAT V5: the blank totals stand for the sums of their parts, so every relation is assessed.
  EXPECT_TRUE(failures(f).empty());
  EXPECT_EQ(f.not_assessable_count(), 0);
}

TEST(T3TotalBlank, ABlankTotalStandsForItsPartsSoAWrongNeighbourStillFails) {
  Report r = balanced_2021();
  set(r, "t3.r1.total", "");
  set_number(r, "t3.r7.total", original("t3.r7.total") + 5);  // wrong: the blank r1.total does not hide it
  Findings f = run_families(r);
  auto d = with_rule(f, "t3-total-blank");
  ASSERT_EQ(d.size(), 1u);
  ASSERT_TRUE(d[0].fix);  // one blank total: the sum of its parts is the certain fix
  EXPECT_EQ(d[0].fix->cell, "t3.r1.total");
  EXPECT_EQ(d[0].fix->value, Decimal::from_int(original("t3.r1.total")));
  EXPECT_FALSE(failures(f).empty());
}

TEST(T3TotalBlank, ABlankTotalBesideAnUnbalancedColumnStillGivesTheBalanceError) {
  Report r = balanced_2021();
  set(r, "t3.carry_out.total", "");  // stands for the sum of its parts
  Decimal np = *cell(r, "t3.carry_out.np").value;
  set_number(r, "t3.carry_out.np", np.integer_part() + 1);  // 结转 off by one in 自然人
  Findings f = run_families(r);
  EXPECT_EQ(with_rule(f, "t3-total-blank").size(), 1u);
  auto bal = with_rule(f, "t3-balance");
  ASSERT_GE(bal.size(), 1u);  // 自然人 and 总计 (whose stand-in is off by one too)
  bool np_fired = false, total_fired = false;
  for (const auto& d : bal) {
    np_fired = np_fired || d.cell == "t3.carry_out.np";
    total_fired = total_fired || d.cell == "t3.carry_out.total";
  }
  EXPECT_TRUE(np_fired);
  EXPECT_TRUE(total_fired);
}

TEST(T3TotalBlank, AWholeBlankTotalColumnOfResultsIsRecomputedThroughTheResultsTotal) {
  Report r = balanced_2021();
  Decimal r7 = *cell(r, "t3.r7.total").value;
  for (const char* row :
       {"r1",   "r2",   "r3_1", "r3_2", "r3_3", "r3_4", "r3_5", "r3_6", "r3_7", "r3_8", "r4_1",
        "r4_2", "r4_3", "r5_1", "r5_2", "r5_3", "r5_4", "r5_5", "r6_1", "r6_2", "r6_3", "r7"})
    set(r, std::string("t3.") + row + ".total", "");
  Findings f = run_families(r);
  EXPECT_TRUE(failures(f).empty());
  bool r7_fixed = false;
  for (const auto& d : with_rule(f, "t3-total-blank"))
    if (d.cell == "t3.r7.total") r7_fixed = d.fix && d.fix->value == r7;
  EXPECT_TRUE(r7_fixed);
}

TEST(T3TotalBlank, SilentWhenTheComponentsAreZero) {
  Report r = balanced_2021();
  set(r, "t3.r3_1.total", "");  // every applicant cell of r3_1 is 0
  EXPECT_TRUE(with_rule(run_families(r), "t3-total-blank").empty());
}

TEST(T4Total, FiresPerGroupWithoutAGuess) {
  Report r = balanced_2021();
  set(r, "t4.rv.total", "0");  // corpus 001: parts 10+1 printed with total 0
  Findings f = run_families(r);
  auto d = with_rule(f, "t4-total");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t4.rv.total");
  EXPECT_EQ(d[0].expected, 4);
  EXPECT_EQ(d[0].found, 0);
  EXPECT_FALSE(d[0].fix);  // one failing relation: any of its five cells could be wrong
  EXPECT_EQ(d[0].cells, (std::vector<std::string>{"t4.rv.total", "t4.rv.keep", "t4.rv.fix", "t4.rv.other",
                                                  "t4.rv.pending"}));
  EXPECT_NE(
      d[0].message_zh.find("表四“行政复议”：总计应为结果维持、结果纠正、其他结果、尚未审结之和 4，实为 0"),
      std::string::npos)
      << d[0].message_zh;
}

TEST(T4Total, IndependentFailuresInTwoTablesKeepTheTable3Fix) {
  Report r = balanced_2021();
  set(r, "t4.ld.total", "5");
  long long was = original("t3.carry_in.total");
  set_number(r, "t3.carry_in.total", was + 1);
  Findings f = run_families(r);
  EXPECT_FALSE(with_rule(f, "t4-total")[0].fix);
  for (const auto& d : with_rule(f, "t3-row-total")) {
    ASSERT_TRUE(d.fix);
    EXPECT_EQ(d.fix->cell, "t3.carry_in.total");
    EXPECT_EQ(d.fix->value.integer_part(), was);
  }
}

TEST(T2RulesPower, FiresForACountyBodyWithRegulations) {
  Report r = balanced_2021();
  set_agency(r, "桃江县松木塘镇人民政府", 2023);
  set(r, "t2.reg.issued", "2");
  set(r, "t2.reg.valid", "2");
  auto d = with_rule(run_families(r), "t2-rules-power");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t2.reg.issued");
  EXPECT_EQ(d[0].found, 2);
  EXPECT_EQ(d[0].severity, Severity::Warning);
}

TEST(T2RulesPower, SilentForACityGovernmentOrZeroRegulations) {
  Report r = balanced_2021();
  set_agency(r, "淮安市人民政府", 2023);
  set(r, "t2.reg.issued", "2");
  set(r, "t2.reg.valid", "30");
  EXPECT_TRUE(with_rule(run_families(r), "t2-rules-power").empty());
  Report county = balanced_2021();
  set_agency(county, "沭阳县发展和改革局", 2023);
  EXPECT_TRUE(with_rule(run_families(county), "t2-rules-power").empty());
  Report region = balanced_2021();
  set_agency(region, "广西壮族自治区人民政府", 2023);
  set(region, "t2.reg.issued", "4");
  set(region, "t2.reg.valid", "100");
  EXPECT_TRUE(with_rule(run_families(region), "t2-rules-power").empty());
}

TEST(T2ValidBelowIssued, FiresWhenLastYearWouldBeNegative) {
  Report r = balanced_2021();
  set(r, "t2.norm.issued", "5");
  set(r, "t2.norm.repealed", "0");
  set(r, "t2.norm.valid", "3");
  auto d = with_rule(run_families(r), "t2-valid-below-issued");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].cell, "t2.norm.valid");
  EXPECT_EQ(d[0].expected, 5);
  EXPECT_EQ(d[0].found, 3);
  set(r, "t2.norm.valid", "5");  // exactly issued − repealed: possible (nothing valid last year)
  EXPECT_TRUE(with_rule(run_families(r), "t2-valid-below-issued").empty());
}

// The relations' shape is kept between checks of reports that share it: reports of another shape checked
// in between (an added row, the single 2019 （六） row, the 2019 template) must not borrow it, and a report
// checked again must give the same findings as the first time.
TEST(Arithmetic, ReportsOfDifferentShapesInTurnKeepTheirOwnRelations) {
  Report extra = balanced_2021();
  TableRow& x = add_zero_t3_row(extra);
  x.cells["total"].value = Decimal::from_int(2);
  Report single_r6 = balanced_2021();
  use_single_r6(single_r6);
  set_number(single_r6, "t3.r6.np", cell(single_r6, "t3.r6.np").value->integer_part() + 1);
  Report plain = balanced_2021();
  set_number(plain, "t3.r1.total", original("t3.r1.total") + 1);
  Report old = balanced_2019();
  // The same rows in another order (a shape holds each cell's row index): r1 and r2 swapped, r2 wrong.
  Report reordered = balanced_2021();
  auto row_at = [&](const char* key) {
    for (std::size_t i = 0; i < reordered.t3.rows.size(); ++i)
      if (reordered.t3.rows[i].key == key) return i;
    return reordered.t3.rows.size();
  };
  ASSERT_LT(row_at("r2"), reordered.t3.rows.size());
  std::swap(reordered.t3.rows[row_at("r1")], reordered.t3.rows[row_at("r2")]);
  set_number(reordered, "t3.r2.total", original("t3.r2.total") + 1);

  auto ids_and_cells = [](const Report& r) {
    std::vector<std::pair<std::string, std::string>> out;
    Findings f = run_families(r);
    for (const auto& d : f.diagnostics()) out.push_back({d.rule, d.cell});
    out.push_back({"checks_run", std::to_string(f.checks_run())});
    return out;
  };
  // Whether a check's findings hold `rule` on `cell`.
  auto holds = [](const std::vector<std::pair<std::string, std::string>>& found, const char* rule,
                  const char* cell) {
    return std::find(found.begin(), found.end(), std::make_pair(std::string(rule), std::string(cell))) !=
           found.end();
  };
  const auto first_extra = ids_and_cells(extra), first_r6 = ids_and_cells(single_r6),
             first_plain = ids_and_cells(plain), first_old = ids_and_cells(old),
             first_reordered = ids_and_cells(reordered);
  EXPECT_TRUE(holds(first_extra, "t3-row-total", "t3.x1.total"));
  EXPECT_TRUE(holds(first_plain, "t3-row-total", "t3.r1.total"));
  // (六) as one row: its changed cell counts in （七）总计, which only its own shape knows.
  EXPECT_TRUE(holds(first_r6, "t3-results-total", "t3.r7.np"));
  EXPECT_TRUE(holds(first_reordered, "t3-row-total", "t3.r2.total"));
  EXPECT_FALSE(holds(first_reordered, "t3-row-total", "t3.r1.total"));
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(ids_and_cells(plain), first_plain);
    EXPECT_EQ(ids_and_cells(reordered), first_reordered);
    EXPECT_EQ(ids_and_cells(extra), first_extra);
    EXPECT_EQ(ids_and_cells(old), first_old);
    EXPECT_EQ(ids_and_cells(single_r6), first_r6);
  }
}
