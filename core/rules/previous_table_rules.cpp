// Tables against last year's report: carry-over (A8), the valid count of table 二 rolled over (A9),
// and tables copied cell for cell (FORMAT DU-03).
#include <map>
#include <utility>

#include "core/rules/applies.hpp"
#include "core/rules/describe.hpp"
#include "core/rules/previous.hpp"

namespace nianbao {

namespace {

const char* const kT3Columns[] = {"np", "biz", "research", "ngo", "legal", "other", "total"};

// The two years are consecutive (or a year is unknown): the numbers that roll over can be compared.
bool consecutive(const Report& report, const Report& previous) {
  return !report.year || !previous.year || *previous.year + 1 == *report.year;
}

std::optional<Decimal> value_of(const Report& r, const std::string& table, const std::string& row,
                                const std::string& col) {
  const CellValue* c = rules::find_cell(r, rules::cell_key(table, row, col));
  if (!c) return std::nullopt;
  return c->arithmetic();
}

// A8: this year's 上年结转 = last year's 结转下年度继续办理, column by column. When putting last year's
// figure in makes this year's column balance as well (A1), that change is certain: it is the fix.
void carry_over(const Report& report, const Report& previous, Findings& out) {
  if (!report.t3.present || !previous.t3.present) {
    out.not_assessable();
    return;
  }
  for (const char* col : kT3Columns) {
    std::optional<Decimal> in = value_of(report, "t3", "carry_in", col);
    std::optional<Decimal> before = value_of(previous, "t3", "carry_out", col);
    if (!in || !before) {
      out.not_assessable();
      continue;
    }
    out.checked();
    if (*in == *before) continue;
    std::string key = rules::cell_key("t3", "carry_in", col);
    Diagnostic d;
    d.rule = "prev-carry-over";
    d.cell = key;
    d.cells = {key};
    d.at = rules::cell_range(report, key);
    d.expected = decimal_json(*before);
    d.found = decimal_json(*in);
    std::optional<Decimal> fresh = value_of(report, "t3", "new", col),
                           total = value_of(report, "t3", "r7", col),
                           out_now = value_of(report, "t3", "carry_out", col);
    bool balances_with_last_year = fresh && total && out_now && *fresh + *before == *total + *out_now;
    if (balances_with_last_year) d.fix = Fix{key, *before};
    std::string last_zh = "上一年度报告" + rules::row_ref_zh(previous, "t3", "carry_out") + "“" +
                          rules::column_zh(previous, "t3", col) + "”列";
    d.message_zh = rules::cell_zh(report, key) + "为 " + rules::num(*in) + "，而" + last_zh + "为 " +
                   rules::num(*before) + "：本年的上年结转应等于上年的结转下年度继续办理" +
                   (balances_with_last_year ? "（改为 " + rules::num(*before) + " 后本列也恰好平衡）" : "");
    d.message_en =
        rules::cell_en(report, key) + " is " + rules::num(*in) + ", but last year's report carried forward " +
        rules::num(*before) + " in column \"" + rules::column_en(previous, "t3", col) +
        "\"; the two must be equal" +
        (balances_with_last_year ? " (with " + rules::num(*before) + " this column also balances)" : "");
    out.add(std::move(d));
  }
}

// A9: last year's 现行有效 + 本年制发 − 本年废止 = 本年现行有效, for 规章 and 行政规范性文件. Only the
// 2021 form of table 二 has 现行有效件数; the 2019 form (本年新制作/新公开/对外公开总数量, or 本年增/减)
// has no such count, so a pair with a 2019-form year is not assessable rather than wrong.
void valid_roll(const Report& report, const Report& previous, Findings& out) {
  if (!rules::applies_2021(report)) return;
  for (const char* row : {"reg", "norm"}) {
    std::optional<Decimal> before = value_of(previous, "t2", row, "valid");
    std::optional<Decimal> issued = value_of(report, "t2", row, "issued");
    std::optional<Decimal> repealed = value_of(report, "t2", row, "repealed");
    std::optional<Decimal> valid = value_of(report, "t2", row, "valid");
    if (!before || !issued || !repealed || !valid) {
      out.not_assessable();
      continue;
    }
    out.checked();
    Decimal expected = *before + *issued - *repealed;
    if (expected == *valid) continue;
    std::string vk = rules::cell_key("t2", row, "valid");
    Diagnostic d;
    d.rule = "prev-valid-roll";
    d.cell = vk;
    d.cells = {rules::cell_key("t2", row, "issued"), rules::cell_key("t2", row, "repealed"), vk};
    d.at = rules::cell_range(report, vk);
    d.expected = decimal_json(expected);
    d.found = decimal_json(*valid);
    d.message_zh = rules::cell_zh(report, vk) + "为 " + rules::num(*valid) +
                   "，而上一年度报告的现行有效件数 " + rules::num(*before) + " 加本年制发 " +
                   rules::num(*issued) + " 减本年废止 " + rules::num(*repealed) + " 为 " +
                   rules::num(expected) + "；如有修订、清理或重新分类，宜在正文中说明";
    d.message_en = rules::cell_en(report, vk) + " is " + rules::num(*valid) +
                   ", but last year's valid count " + rules::num(*before) + " + issued " +
                   rules::num(*issued) + " − repealed " + rules::num(*repealed) + " = " +
                   rules::num(expected) + "; explain revisions or clean-ups in the text";
    out.add(std::move(d));
  }
}

// Every template cell of a table with the value arithmetic reads, keyed "row.col".
std::map<std::string, std::optional<Decimal>> values(const ReportTable& t) {
  std::map<std::string, std::optional<Decimal>> v;
  for (const auto& row : t.rows)
    for (const auto& [col, cell] : row.cells)
      if (cell.present()) v[row.key + "." + col] = cell.arithmetic();
  return v;
}

// A table equal to last year's cell for cell. An all-zero table 四 (no reviews two years running) is
// honest, so a copy needs at least kMinNonZero figures that are not 0.
constexpr int kMinNonZero = 3;

void identical_tables(const Report& report, const Report& previous, Findings& out) {
  for (const char* key : {"t2", "t3", "t4"}) {
    const ReportTable *now = report.table(key), *before = previous.table(key);
    if (!now || !before || !now->present || !before->present) {
      out.not_assessable();
      continue;
    }
    out.checked();
    auto a = values(*now), b = values(*before);
    if (a.empty() || a != b) continue;
    int nonzero = 0;
    bool readable = true;
    for (const auto& [cell, v] : a) {
      if (!v) readable = false;
      if (v && *v != Decimal()) ++nonzero;
    }
    if (!readable || nonzero < kMinNonZero) continue;
    Diagnostic d;
    d.rule = "prev-identical-tables";
    d.at = now->at;
    d.found = static_cast<int>(a.size());
    d.message_zh = rules::table_zh(key) + "的全部 " + std::to_string(a.size()) + " 个数字（其中 " +
                   std::to_string(nonzero) + " 个不为 0）与上一年度报告完全相同，很可能沿用了上年的表格";
    d.message_en = "All " + std::to_string(a.size()) + " values of " + rules::table_en(key) + " (" +
                   std::to_string(nonzero) +
                   " of them non-zero) equal last year's report: the table was probably copied";
    out.add(std::move(d));
  }
}

}  // namespace

void run_previous_table_rules(const Report& report, const Report& previous, Findings& out) {
  if (consecutive(report, previous)) {
    carry_over(report, previous, out);
    valid_roll(report, previous, out);
  } else {
    out.not_assessable(2);
  }
  identical_tables(report, previous, out);
}

}  // namespace nianbao
