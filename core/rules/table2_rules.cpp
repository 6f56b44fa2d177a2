// Table 二 has no printed arithmetic; these two checks catch figures that cannot be right:
// 规章 from a body without rule-making power, and 现行有效 too small for what was issued and repealed.
#include "core/rules/table2_rules.hpp"

#include "core/rules/agency.hpp"
#include "core/rules/describe.hpp"

namespace nianbao {

namespace {

void rules_power(const Report& report, Findings& out) {
  if (!report.t2.present || !report.t2.row("reg")) return;
  const tmpl::RowDef* def = tmpl::find_row(rules::template_of(report, "t2"), "reg");
  if (!def) return;
  out.checked(NB_RULE("t2-rules-power"));
  if (!rules::below_rule_making_level(report)) return;
  std::vector<std::string> cells, nonzero;
  for (const auto& col : def->columns) {
    std::string key = rules::cell_key("t2", "reg", col);
    cells.push_back(key);
    const CellValue* c = rules::find_cell(report, key);
    if (c && c->kind == CellKind::Number && *c->value != Decimal()) nonzero.push_back(key);
  }
  if (nonzero.empty()) return;
  Diagnostic d;
  d.cell = nonzero.front();
  d.cells = cells;
  d.at = rules::cell_range(report, d.cell);
  d.expected = 0;
  d.found = decimal_json(*rules::find_cell(report, d.cell)->value);
  std::string cell = d.cell;
  out.add(NB_RULE("t2-rules-power"), std::move(d),
          {{"row", rules::row_ref_zh(report, "t2", "reg"), rules::row_ref_en(report, "t2", "reg")},
           {"cell", rules::cell_zh(report, cell), rules::cell_en(report, cell)},
           {"value", rules::num(*rules::find_cell(report, cell)->value)},
           {"agency", rules::agency_name(report)}});
}

// Last year's 现行有效 = 现行有效 − 本年制发 + 本年废止 cannot be negative.
void valid_below_issued(const Report& report, Findings& out) {
  if (report.template_id == "2019" || report.template_id == "pre2019" || !report.t2.present) return;
  for (const char* row : {"reg", "norm"}) {
    std::string vk = rules::cell_key("t2", row, "valid"), ik = rules::cell_key("t2", row, "issued"),
                rk = rules::cell_key("t2", row, "repealed");
    const CellValue *valid = rules::find_cell(report, vk), *issued = rules::find_cell(report, ik),
                    *repealed = rules::find_cell(report, rk);
    if (!valid || !issued || !repealed || !valid->arithmetic() || !issued->arithmetic() ||
        !repealed->arithmetic()) {
      out.not_assessable(NB_RULE("t2-valid-below-issued"));
      continue;
    }
    out.checked(NB_RULE("t2-valid-below-issued"));
    Decimal least = *issued->arithmetic() - *repealed->arithmetic();
    Decimal found = *valid->arithmetic();
    if (found >= least) continue;
    Diagnostic d;
    d.cell = vk;
    d.cells = {ik, rk, vk};
    d.at = rules::cell_range(report, vk);
    d.expected = decimal_json(least);
    d.found = decimal_json(found);
    out.add(NB_RULE("t2-valid-below-issued"), std::move(d),
            {{"cell", rules::cell_zh(report, vk), rules::cell_en(report, vk)},
             {"found", rules::num(found)},
             {"least", rules::num(least)},
             {"issued", rules::num(*issued->arithmetic())},
             {"repealed", rules::num(*repealed->arithmetic())}});
  }
}

}  // namespace

void run_table2_rules(const Report& report, Findings& out) {
  rules_power(report, out);
  valid_below_issued(report, out);
}

}  // namespace nianbao
