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
void list_once(const Report& report, const std::string& table, const std::vector<Named>& cells,
               const char* rule, Findings& out) {
  if (cells.empty()) return;
  const bool blank = std::string(rule) == "cell-blank";
  Diagnostic d;
  d.rule = rule;
  d.cell = cells.front().key;
  for (const auto& c : cells) d.cells.push_back(c.key);
  d.at = rules::cell_range(report, d.cell);
  std::string zh, en;
  const std::size_t shown = 6;
  for (std::size_t i = 0; i < cells.size() && i < shown; ++i) {
    zh += (i ? "、" : "") + rules::cell_zh(report, cells[i].key).substr(rules::table_zh(table).size());
    if (!blank) zh += "（" + cells[i].cell->raw + "）";
    en += (i ? "; " : "") + rules::cell_en(report, cells[i].key);
  }
  if (cells.size() > shown) {
    zh += "等";
    en += " and " + std::to_string(cells.size() - shown) + " more";
  }
  std::string n = std::to_string(cells.size());
  if (blank) {
    d.message_zh = rules::table_zh(table) + "有 " + n + " 个空格（按 0 计算）：" + zh + "；没有数据时宜填 0";
    d.message_en =
        rules::table_en(table) + " has " + n + " blank cell(s), read as 0: " + en + "; write 0 instead";
  } else {
    d.message_zh =
        rules::table_zh(table) + "有 " + n + " 个格填写符号而非数字（按 0 计算）：" + zh + "；宜填 0";
    d.message_en = rules::table_en(table) + " has " + n +
                   " cell(s) holding a placeholder such as \"/\" instead of 0, read as 0: " + en +
                   "; write 0 instead";
  }
  out.add(std::move(d));
}

void one_cell(const Report& report, const std::string& key, const CellValue& c, const char* rule,
              const std::string& zh, const std::string& en, Findings& out) {
  Diagnostic d;
  d.rule = rule;
  d.cell = key;
  d.cells = {key};
  d.at = rules::cell_range(report, key);
  d.found = c.kind == CellKind::Number ? decimal_json(*c.value) : Scalar(c.raw);
  d.message_zh = rules::cell_zh(report, key) + zh;
  d.message_en = rules::cell_en(report, key) + en;
  out.add(std::move(d));
}

// A number the reader cannot hold exactly: said as what it is, never "not a number". The relations
// that use it are not assessable (the cell has no value for arithmetic); this finding says why.
void out_of_range(const Report& report, const std::string& key, const CellValue& c, Findings& out) {
  std::string zh, en;
  switch (c.problem) {
    case NumberProblem::TooManyDigits:
      zh = "整数部分超过 " + std::to_string(Decimal::kMaxIntegerDigits) + " 位（一万亿及以上）";
      en = "more than " + std::to_string(Decimal::kMaxIntegerDigits) +
           " digits before the decimal point (10^12 or more)";
      break;
    case NumberProblem::TooManyDecimals:
      zh = "小数超过 " + std::to_string(Decimal::kMaxDecimals) + " 位";
      en = "more than " + std::to_string(Decimal::kMaxDecimals) + " decimal places";
      break;
    case NumberProblem::TooPrecise:
    case NumberProblem::None:
      zh = "有效数字超过 " + std::to_string(Decimal::kMaxSignificantDigits) + " 位";
      en = "more than " + std::to_string(Decimal::kMaxSignificantDigits) + " significant digits";
      break;
  }
  one_cell(report, key, c, "cell-out-of-range",
           "填写的“" + c.raw + "”" + zh +
               "，超出可精确核对的范围，涉及此格的勾稽关系无法核对；请核对是否多打了数字",
           " holds \"" + c.raw + "\", " + en +
               ": beyond what can be checked exactly, so the relations that use it are not assessed; check "
               "for extra digits",
           out);
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
      std::string key = rules::cell_key(t.key, row.key, col);
      if (c.kind == CellKind::Missing) continue;
      out.checked();
      if (c.kind == CellKind::Blank) blanks.push_back({key, &c});
      if (c.kind == CellKind::Placeholder) placeholders.push_back({key, &c});
      if (c.problem != NumberProblem::None) {  // the fee cell too: it is a number, just not one we hold
        out_of_range(report, key, c, out);
        continue;
      }
      if (is_fee_cell(report, t.key, row.key, col)) continue;
      if (c.kind == CellKind::Text) {
        one_cell(report, key, c, "cell-not-number", "填写的“" + c.raw + "”不是数字",
                 " holds \"" + c.raw + "\", not a number", out);
      } else if (c.kind == CellKind::Number) {
        if (c.value->negative() && !may_be_negative(report, t.key, col))
          one_cell(report, key, c, "cell-negative", "为负数 " + rules::num(*c.value) + "，件数不能为负",
                   " is negative (" + rules::num(*c.value) + "); a count cannot be negative", out);
        if (!c.value->is_integer() && !may_be_fraction(t.key, row.key, col))
          one_cell(report, key, c, "cell-not-integer", "为 " + rules::num(*c.value) + "，件数应为整数",
                   " is " + rules::num(*c.value) + "; a count must be a whole number", out);
      }
    }
  }
  list_once(report, t.key, placeholders, "cell-placeholder", out);
  list_once(report, t.key, blanks, "cell-blank", out);
}

}  // namespace

void run_cell_rules(const Report& report, Findings& out) {
  for (const ReportTable* t : {&report.t2, &report.t3, &report.t4})
    if (t->present) check_table(report, *t, out);
  run_fee_rules(report, out);
}

}  // namespace nianbao
