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
  out.checked();
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
  d.rule = "t2-rules-power";
  d.cell = nonzero.front();
  d.cells = cells;
  d.at = rules::cell_range(report, d.cell);
  d.expected = 0;
  d.found = decimal_json(*rules::find_cell(report, d.cell)->value);
  std::string name = rules::agency_name(report);
  d.message_zh = rules::row_ref_zh(report, "t2", "reg") + "填有数字（" + rules::cell_zh(report, d.cell) +
                 "为 " + rules::num(*rules::find_cell(report, d.cell)->value) + "），但“" + name +
                 "”没有制定规章的权限（只有国务院部门和省、设区的市、自治州人民政府可以制定规章）；"
                 "行政规范性文件应填在“行政规范性文件”行";
  d.message_en = "Table 2, row \"规章\" (regulations) is not zero, but \"" + name +
                 "\" cannot make 规章 (only State Council departments and the governments of provinces and "
                 "cities with districts can); normative documents belong in the next row";
  out.add(std::move(d));
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
      out.not_assessable();
      continue;
    }
    out.checked();
    Decimal least = *issued->arithmetic() - *repealed->arithmetic();
    Decimal found = *valid->arithmetic();
    if (found >= least) continue;
    Diagnostic d;
    d.rule = "t2-valid-below-issued";
    d.cell = vk;
    d.cells = {ik, rk, vk};
    d.at = rules::cell_range(report, vk);
    d.expected = decimal_json(least);
    d.found = decimal_json(found);
    d.message_zh = rules::cell_zh(report, vk) + "为 " + rules::num(found) +
                   "，小于本年制发件数减本年废止件数 " + rules::num(least) + "（" +
                   rules::num(*issued->arithmetic()) + " − " + rules::num(*repealed->arithmetic()) +
                   "），上年现行有效件数将为负数";
    d.message_en = rules::cell_en(report, vk) + " is " + rules::num(found) +
                   ", less than issued − repealed = " + rules::num(least) +
                   ": last year's valid count would be negative";
    out.add(std::move(d));
  }
}

}  // namespace

void run_table2_rules(const Report& report, Findings& out) {
  rules_power(report, out);
  valid_below_issued(report, out);
}

}  // namespace nianbao
