#include "core/rules/relation_values.hpp"

#include "core/rules/describe.hpp"

namespace nianbao::rules {

namespace {

const char* const kApplicants[] = {"np", "biz", "research", "ngo", "legal", "other"};

bool is_blank(const CellValue* c) { return c != nullptr && c->kind == CellKind::Blank; }

// Depth guards the one recursion there is: （七）总计's 总计 column stands for the sum of its row,
// whose cells may themselves be blank column totals.
std::optional<Decimal> value_at(const Report& report, const std::string& key, int depth);

// The parts a table 三 total adds up: the six applicant columns for a 总计-column cell, the result
// rows for a cell of （七）总计. False when the cell is no total.
bool total_parts(const Report& report, const CellRef& ref, std::vector<std::string>& parts) {
  if (ref.table != "t3" || !report.t3.row(ref.row)) return false;
  if (ref.col == "total") {
    for (const char* c : kApplicants) parts.push_back(cell_key("t3", ref.row, c));
    return true;
  }
  if (ref.row == "r7") {
    for (const auto& r : t3_result_rows(report)) parts.push_back(cell_key("t3", r, ref.col));
    return true;
  }
  return false;
}

// The sum of the parts; none when a part has no value (text, missing).
std::optional<Decimal> sum_of(const Report& report, const std::vector<std::string>& parts, int depth) {
  Decimal sum;
  for (const auto& p : parts) {
    auto v = value_at(report, p, depth + 1);
    if (!v) return std::nullopt;
    sum += *v;
  }
  return sum;
}

std::optional<Decimal> value_at(const Report& report, const std::string& key, int depth) {
  const CellValue* c = find_cell(report, key);
  if (c == nullptr) return std::nullopt;
  std::vector<std::string> parts;
  if (is_blank(c) && depth < 2 && total_parts(report, split_key(key), parts))
    return sum_of(report, parts, depth);
  return c->arithmetic();
}

}  // namespace

std::vector<std::string> t3_result_rows(const Report& report) {
  std::vector<std::string> rows = {"r1", "r2"};
  for (int i = 1; i <= 8; ++i) rows.push_back("r3_" + std::to_string(i));
  for (int i = 1; i <= 3; ++i) rows.push_back("r4_" + std::to_string(i));
  for (int i = 1; i <= 5; ++i) rows.push_back("r5_" + std::to_string(i));
  bool has_single = report.t3.row("r6") != nullptr;
  bool has_split = report.t3.row("r6_1") || report.t3.row("r6_2") || report.t3.row("r6_3");
  bool single = report.template_id == "2019" ? !(has_split && !has_single) : (has_single && !has_split);
  if (single) {
    rows.push_back("r6");
  } else {
    for (int i = 1; i <= 3; ++i) rows.push_back("r6_" + std::to_string(i));
  }
  return rows;
}

std::optional<Decimal> relation_value(const Report& report, const std::string& key) {
  return value_at(report, key, 0);
}

std::vector<BlankTotal> t3_blank_totals(const Report& report) {
  std::vector<BlankTotal> out;
  if (!report.t3.present) return out;
  auto consider = [&](const std::string& key) {
    if (!is_blank(find_cell(report, key))) return;
    std::vector<std::string> parts;
    if (!total_parts(report, split_key(key), parts)) return;
    auto s = sum_of(report, parts, 0);
    if (s && *s != Decimal()) out.push_back({key, *s});
  };
  for (const auto& row : report.t3.rows) consider(cell_key("t3", row.key, "total"));
  for (const char* c : kApplicants) consider(cell_key("t3", "r7", c));
  return out;
}

}  // namespace nianbao::rules
