// Cells family: what each value cell of tables 二/三/四 holds, one cell at a time. Blanks and
// placeholders are advice (listed once per table); text, negatives and fractions are errors.
#include <algorithm>
#include <string>
#include <vector>

#include "core/rules/describe.hpp"
#include "core/rules/fee_rules.hpp"
#include "core/rules/run.hpp"

namespace nianbao {

namespace {

struct Named {
  std::string key;
  const CellValue* cell;
};

// Cells a report may fill with something other than a non-negative integer.
bool may_be_negative(const Report& report, const std::string& table, const std::string& col) {
  return table == "t2" && report.template_id == "2019" && col == "change";  // 本年增/减
}
bool may_be_fraction(const std::string& table, const std::string& row, const std::string& col) {
  return table == "t2" && col == "amount" && (row == "fee" || row == "procurement");  // 万元, 采购总金额
}
// The 2021 fee cell: its unit and readability are fee-unit's business.
bool is_fee_cell(const Report& report, const std::string& table, const std::string& row,
                 const std::string& col) {
  return table == "t2" && row == "fee" && col == "amount" && report.template_id != "2019";
}

// One finding for all the blank (or placeholder) cells of a table, listing the first few by name.
void list_once(const Report& report, const std::string& table, const std::vector<Named>& cells, RuleRef rule,
               Findings& out) {
  if (cells.empty()) return;
  Diagnostic d;
  d.cell = cells.front().key;
  for (const auto& c : cells) d.cells.push_back(c.key);
  d.at = rules::cell_range(report, d.cell);
  std::string zh, en;
  const std::size_t shown = 6;
  for (std::size_t i = 0; i < cells.size() && i < shown; ++i) {
    Message item =
        format(rule, "item",
               {{"cell", rules::cell_zh(report, cells[i].key).substr(rules::table_zh(table).size()),
                 rules::cell_en(report, cells[i].key)},
                {"raw", cells[i].cell->raw}});
    zh += (i ? "、" : "") + item.zh;
    en += (i ? "; " : "") + item.en;
  }
  if (cells.size() > shown) {
    Message more = format(rule, "more", {{"cells", zh, en}, {"more", std::to_string(cells.size() - shown)}});
    zh = more.zh;
    en = more.en;
  }
  out.add(rule, std::move(d),
          {{"table", rules::table_zh(table), rules::table_en(table)},
           {"count", std::to_string(cells.size())},
           {"cells", zh, en}});
}

void one_cell(const Report& report, const std::string& key, const CellValue& c, RuleRef rule, Findings& out) {
  Diagnostic d;
  d.cell = key;
  d.cells = {key};
  d.at = rules::cell_range(report, key);
  d.found = c.kind == CellKind::Number ? decimal_json(*c.value) : Scalar(c.raw);
  out.add(rule, std::move(d),
          {{"cell", rules::cell_zh(report, key), rules::cell_en(report, key)},
           {"raw", c.raw},
           {"value", c.value ? rules::num(*c.value) : c.raw}});
}

// A number the reader cannot hold exactly: said as what it is, never "not a number". The relations
// that use it are not assessable (the cell has no value for arithmetic); this finding says why.
void out_of_range(const Report& report, const std::string& key, const CellValue& c, Findings& out) {
  const auto rule = NB_RULE("cell-out-of-range");
  Message why;
  switch (c.problem) {
    case NumberProblem::TooManyDigits:
      why = format(rule, "too-many-digits", {{"n", std::to_string(Decimal::kMaxIntegerDigits)}});
      break;
    case NumberProblem::TooManyDecimals:
      why = format(rule, "too-many-decimals", {{"n", std::to_string(Decimal::kMaxDecimals)}});
      break;
    case NumberProblem::TooPrecise:
    case NumberProblem::None:
      why = format(rule, "too-precise", {{"n", std::to_string(Decimal::kMaxSignificantDigits)}});
      break;
  }
  Diagnostic d;
  d.cell = key;
  d.cells = {key};
  d.at = rules::cell_range(report, key);
  d.found = c.kind == CellKind::Number && c.value ? decimal_json(*c.value) : Scalar(c.raw);
  out.add(rule, std::move(d),
          {{"cell", rules::cell_zh(report, key), rules::cell_en(report, key)},
           {"raw", c.raw},
           {"why", why.zh, why.en}});
}

void check_table(const Report& report, const ReportTable& t, Findings& out) {
  std::vector<Named> blanks, placeholders;
  // Columns in the table's printed order (the cell map is alphabetical), then any the template lacks.
  std::vector<std::string> order;
  for (const auto& c : rules::template_of(report, t.key).columns) order.push_back(c.key);
  for (const auto& row : t.rows)
    for (const auto& entry : row.cells)
      if (std::find(order.begin(), order.end(), entry.first) == order.end()) order.push_back(entry.first);
  for (const auto& row : t.rows) {
    for (const auto& col : order) {
      auto found = row.cells.find(col);
      if (found == row.cells.end()) continue;
      const CellValue& c = found->second;
      if (c.kind == CellKind::Missing) continue;
      out.checked(NB_RULE("cell-not-number"));
      // Most cells are whole numbers, not negative: nothing below applies, so no key is built for them.
      if (c.kind == CellKind::Number && c.problem == NumberProblem::None && !c.value->negative() &&
          c.value->is_integer())
        continue;
      std::string key = rules::cell_key(t.key, row.key, col);
      if (c.kind == CellKind::Blank) blanks.push_back({key, &c});
      if (c.kind == CellKind::Placeholder) placeholders.push_back({key, &c});
      if (c.problem != NumberProblem::None) {  // the fee cell too: it is a number, just not one we hold
        out_of_range(report, key, c, out);
        continue;
      }
      if (is_fee_cell(report, t.key, row.key, col)) continue;
      if (c.kind == CellKind::Text) {
        one_cell(report, key, c, NB_RULE("cell-not-number"), out);
      } else if (c.kind == CellKind::Number) {
        if (c.value->negative() && !may_be_negative(report, t.key, col))
          one_cell(report, key, c, NB_RULE("cell-negative"), out);
        if (!c.value->is_integer() && !may_be_fraction(t.key, row.key, col))
          one_cell(report, key, c, NB_RULE("cell-not-integer"), out);
      }
    }
  }
  list_once(report, t.key, placeholders, NB_RULE("cell-placeholder"), out);
  list_once(report, t.key, blanks, NB_RULE("cell-blank"), out);
}

}  // namespace

void run_cell_rules(const Report& report, Findings& out) {
  for (const ReportTable* t : {&report.t2, &report.t3, &report.t4})
    if (t->present) check_table(report, *t, out);
  run_fee_rules(report, out);
}

}  // namespace nianbao
