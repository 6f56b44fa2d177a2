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
    out.not_assessable(NB_RULE("prev-carry-over"));
    return;
  }
  for (const char* col : kT3Columns) {
    std::optional<Decimal> in = value_of(report, "t3", "carry_in", col);
    std::optional<Decimal> before = value_of(previous, "t3", "carry_out", col);
    if (!in || !before) {
      out.not_assessable(NB_RULE("prev-carry-over"));
      continue;
    }
    out.checked(NB_RULE("prev-carry-over"));
    if (*in == *before) continue;
    std::string key = rules::cell_key("t3", "carry_in", col);
    Diagnostic d;
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
    out.add(NB_RULE("prev-carry-over"), std::move(d),
            {{"cell", rules::cell_zh(report, key), rules::cell_en(report, key)},
             {"found", rules::num(*in)},
             {"before", rules::num(*before)},
             {"last_row", rules::row_ref_zh(previous, "t3", "carry_out"),
              rules::row_ref_en(previous, "t3", "carry_out")},
             {"column", rules::column_zh(previous, "t3", col), rules::column_en(previous, "t3", col)}},
            balances_with_last_year ? "balances" : "message");
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
      out.not_assessable(NB_RULE("prev-valid-roll"));
      continue;
    }
    out.checked(NB_RULE("prev-valid-roll"));
    Decimal expected = *before + *issued - *repealed;
    if (expected == *valid) continue;
    std::string vk = rules::cell_key("t2", row, "valid");
    Diagnostic d;
    d.cell = vk;
    d.cells = {rules::cell_key("t2", row, "issued"), rules::cell_key("t2", row, "repealed"), vk};
    d.at = rules::cell_range(report, vk);
    d.expected = decimal_json(expected);
    d.found = decimal_json(*valid);
    out.add(NB_RULE("prev-valid-roll"), std::move(d),
            {{"cell", rules::cell_zh(report, vk), rules::cell_en(report, vk)},
             {"found", rules::num(*valid)},
             {"before", rules::num(*before)},
             {"issued", rules::num(*issued)},
             {"repealed", rules::num(*repealed)},
             {"expected", rules::num(expected)}});
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
      out.not_assessable(NB_RULE("prev-identical-tables"));
      continue;
    }
    out.checked(NB_RULE("prev-identical-tables"));
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
    d.at = now->at;
    d.found = static_cast<int>(a.size());
    out.add(NB_RULE("prev-identical-tables"), std::move(d),
            {{"table", rules::table_zh(key), rules::table_en(key)},
             {"count", std::to_string(a.size())},
             {"nonzero", std::to_string(nonzero)}});
  }
}

}  // namespace

void run_previous_table_rules(const Report& report, const Report& previous, Findings& out) {
  if (consecutive(report, previous)) {
    carry_over(report, previous, out);
    valid_roll(report, previous, out);
  } else {
    out.not_assessable(NB_RULE("prev-carry-over"));
    out.not_assessable(NB_RULE("prev-valid-roll"));
  }
  identical_tables(report, previous, out);
}

}  // namespace nianbao
