#include "core/rules/text_support.hpp"

#include "core/rules/describe.hpp"

namespace nianbao::rules {

Operand cell_operand(const TableValues& values, const std::string& key) {
  const Report& report = values.report();
  Operand op;
  op.cell = key;
  op.cells = {key};
  op.name_zh = cell_zh(report, key);
  op.name_en = cell_en(report, key);
  op.value = values.value(key);  // FORMAT V5: the value the relations take
  return op;
}

Operand sum_operand(const TableValues& values, const std::string& table, const std::vector<std::string>& rows,
                    const std::string& col, const std::string& group_zh, const std::string& group_en) {
  const Report& report = values.report();
  Operand op;
  op.name_zh = table_zh(table) + "“" + group_zh + "”各项“" + column_zh(report, table, col) + "”之和";
  op.name_en = "the sum of the " + group_en + " rows of " + table_en(table) + ", column \"" +
               column_en(report, table, col) + "\"";
  Decimal sum;
  bool ok = true;
  for (const auto& row : rows) {
    std::string key = cell_key(table, row, col);
    op.cells.push_back(key);
    auto v = values.value(key);
    if (!v)
      ok = false;
    else
      sum += *v;
  }
  if (ok && !rows.empty()) op.value = sum;
  return op;
}

Operand add_operands(const std::vector<Operand>& parts, const std::string& name_zh,
                     const std::string& name_en) {
  Operand op;
  op.name_zh = name_zh;
  op.name_en = name_en;
  Decimal sum;
  bool ok = !parts.empty();
  for (const auto& p : parts) {
    op.cells.insert(op.cells.end(), p.cells.begin(), p.cells.end());
    if (!p.value)
      ok = false;
    else
      sum += *p.value;
  }
  if (ok) op.value = sum;
  return op;
}

Operand other_handling_operand(const TableValues& values) {
  // A report that keeps the single 2019 row reads it under r6 (OUTPUT.md), whatever its template.
  if (values.value("t3.r6.total")) return cell_operand(values, "t3.r6.total");
  return sum_operand(values, "t3", {"r6_1", "r6_2", "r6_3"}, "total", "（六）其他处理", "(6) other handling");
}

Range number_range(const ProseScan& scan, const Quantity& q) {
  return scan.piece_of(q).range(q.num.begin, q.num.end);
}

void compare_statement(const Report& /*report*/, const ProseScan& scan, const Quantity& q,
                       std::size_t quote_begin, RuleRef rule, const Operand& op, Findings& out,
                       const std::vector<Decimal>& also_fine, std::size_t quote_end) {
  if (!op.value) {
    out.not_assessable(rule);
    return;
  }
  out.checked(rule);
  Decimal found = q.num.value;
  if (found == *op.value) return;
  for (const auto& v : also_fine)
    if (found == v) return;
  const TextPiece& piece = scan.piece_of(q);
  std::string fragment = quote(piece, quote_begin, quote_end ? quote_end : q.num.unit_end);
  Diagnostic d;
  d.cell = op.cell;
  d.cells = op.cells;
  d.at = number_range(scan, q);
  d.expected = decimal_json(*op.value);
  d.found = decimal_json(found);
  out.add(rule, std::move(d),
          {{"quote", fragment},
           {"found", found.str()},
           {"operand", op.name_zh, op.name_en},
           {"value", op.value->str()}});
}

}  // namespace nianbao::rules
