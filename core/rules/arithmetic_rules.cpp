// Arithmetic (勾稽关系) of tables 三 and 四, FORMAT §2.5 A1–A6: the relations are data
// (template/relations.cpp) evaluated by rules/relation_engine; this file only words their findings.
// A relation with a text or missing operand is not assessable (counted, never an error); a blank 总计
// stands for the sum of its parts (FORMAT V5) and is reported once per table by t3-total-blank.
#include <string>
#include <vector>

#include "core/rules/describe.hpp"
#include "core/rules/relation_engine.hpp"
#include "core/rules/run.hpp"
#include "core/rules/table2_rules.hpp"

namespace nianbao {

namespace {

using tmpl::RelationKind;

// The rule that reports a failure of each kind of relation.
RuleRef rule_for(RelationKind kind) {
  switch (kind) {
    case RelationKind::T3Balance:
      return NB_RULE("t3-balance");
    case RelationKind::T3ResultsTotal:
      return NB_RULE("t3-results-total");
    case RelationKind::T3RowTotal:
      return NB_RULE("t3-row-total");
    case RelationKind::T4Total:
      break;
  }
  return NB_RULE("t4-total");
}

void report_blank_totals(const Report& report, const rules::RelationSet& set, Findings& out) {
  const auto rule = NB_RULE("t3-total-blank");
  out.checked(rule, set.total_cells_checked());
  // FORMAT V5: one finding per blank total, the sum of its parts its expected value and certain fix.
  for (const auto& b : set.blank_totals()) {
    Diagnostic d;
    d.cell = set.key(b.first);
    d.cells = {d.cell};
    d.at = rules::cell_range(report, d.cell);
    d.expected = decimal_json(b.second);
    d.fix = Fix{d.cell, b.second};
    // The slots are computed before the call: `d` is moved into it, and argument order is unspecified.
    Slots slots = {{"cell", rules::cell_zh(report, d.cell), rules::cell_en(report, d.cell)},
                   {"sum", rules::num(b.second)}};
    out.add(rule, std::move(d), std::move(slots));
  }
}

// The slots every relation failure offers its template: the subject and its expected and found values,
// the names of the row or column the relation is instantiated for, both sides of the relation, and the
// value of each fixed-row term under its row key ({new}, {carry_out}).
Slots failure_slots(const Report& report, const rules::RelationSet& set,
                    const rules::RelationSet::Instance& inst, Decimal expected, Decimal found) {
  const std::string table = inst.def->table;
  Decimal lhs, rhs;
  Slots slots = {
      {"cell", rules::cell_zh(report, set.key(inst.subject)), rules::cell_en(report, set.key(inst.subject))},
      {"expected", rules::num(expected)},
      {"found", rules::num(found)}};
  if (inst.def->each_row) {
    std::string row_zh = rules::row_ref_zh(report, table, inst.each);
    std::string row_en =
        table == "t4" ? rules::row_en(report, table, inst.each) : rules::row_ref_en(report, table, inst.each);
    slots.push_back({"row", row_zh, row_en});
  } else {
    slots.push_back(
        {"column", rules::column_zh(report, table, inst.each), rules::column_en(report, table, inst.each)});
  }
  for (std::size_t k = 0; k < inst.terms.size(); ++k) {
    const auto& t = inst.terms[k];
    Decimal v = *set.value(t.cell);
    (t.coef > 0 ? lhs : rhs) += v;
    const tmpl::TermDef& def = inst.def->terms[inst.term_of[k]];
    if (def.row.kind == tmpl::Axis::Fixed) slots.push_back({def.row.key, rules::num(v)});
  }
  slots.push_back({"lhs", rules::num(lhs)});
  slots.push_back({"rhs", rules::num(rhs)});
  return slots;
}

void evaluate(const Report& report, const rules::RelationSet& set, Findings& out) {
  std::vector<const rules::RelationSet::Instance*> live;
  std::vector<rules::Relation> relations;
  std::vector<Decimal> values(set.cell_count());
  for (std::size_t c = 0; c < set.cell_count(); ++c)
    values[c] = set.value(static_cast<int>(c)).value_or(Decimal());
  for (const auto& inst : set.instances()) {
    RuleRef rule = rule_for(inst.def->kind);
    if (!set.assessable(inst)) {
      out.not_assessable(rule);
      continue;
    }
    out.checked(rule);
    live.push_back(&inst);
    relations.push_back(inst.terms);
  }
  auto fixes = rules::infer_fixes(relations, values);
  for (std::size_t i = 0; i < live.size(); ++i) {
    const auto& inst = *live[i];
    Decimal res = set.residual(inst);
    if (res == Decimal()) continue;
    Decimal found = values[inst.subject];
    int k = 0;
    for (const auto& t : inst.terms)
      if (t.cell == inst.subject) k += t.coef;
    // Changing the subject by δ changes the residual by k·δ (k = ±1): it holds at found − k·residual.
    Decimal expected = k > 0 ? found - res : found + res;
    Slots slots = failure_slots(report, set, inst, expected, found);
    Diagnostic d;
    d.cell = set.key(inst.subject);
    for (const auto& t : inst.terms) d.cells.push_back(set.key(t.cell));
    d.at = rules::cell_range(report, d.cell);
    if (inst.def->kind == RelationKind::T3Balance) {
      // The two sides of the printed rule are what the clerk compares: expected is the first two items'
      // sum, found the last two's (a value "expected" for one cell could even be negative).
      Decimal lhs, rhs;
      for (const auto& t : inst.terms) (t.coef > 0 ? lhs : rhs) += values[t.cell];
      d.expected = decimal_json(lhs);
      d.found = decimal_json(rhs);
    } else {
      d.expected = decimal_json(expected);
      d.found = decimal_json(found);
    }
    RuleRef rule = rule_for(inst.def->kind);
    Message m = format(rule, "message", slots);
    if (fixes[i]) {
      const std::string& cell = set.key(fixes[i]->first);
      Message likely = format(NB_SHARED_TEXT("likely-mistake"),
                              {{"cell", rules::cell_zh(report, cell), rules::cell_en(report, cell)},
                               {"value", rules::num(fixes[i]->second)},
                               {"now", rules::num(values[fixes[i]->first])}});
      m.zh += likely.zh;
      m.en += likely.en;
      d.fix = Fix{cell, fixes[i]->second};
    }
    out.add_message(rule, std::move(d), std::move(m));
  }
}

}  // namespace

std::string arithmetic_formula(std::string_view rule_id) {
  for (const auto& rel : tmpl::relations())
    if (rule_id == rule_for(rel.kind).id()) return tmpl::formula_text(rel);
  return "";
}

void run_arithmetic_rules(const Report& report, const rules::RelationSet& set, Findings& out) {
  evaluate(report, set, out);
  report_blank_totals(report, set, out);
  run_table2_rules(report, out);
}

}  // namespace nianbao
