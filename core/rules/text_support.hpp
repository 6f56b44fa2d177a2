#pragma once
// Shared by the text rules: table operands (one cell or a sum of rows) named in the report's words, and
// the diagnostic that says "the text says N, the table says M".
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/model/report.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/prose_scan.hpp"
#include "core/rules/table_values.hpp"

namespace nianbao::rules {

// A table value the prose is compared with.
struct Operand {
  std::optional<Decimal> value;    // none when a cell is missing or unreadable: not assessable
  std::string cell;                // the cell the finding is about
  std::vector<std::string> cells;  // every cell read
  std::string name_zh, name_en;  // 表三“一、本年新收政府信息公开申请数量”行“总计”列
};

// One cell, by canonical key.
Operand cell_operand(const TableValues& values, const std::string& key);
// The sum of the `col` cells of several rows, named as a group ("表三“（三）不予公开”各项之和").
// Every row must be present; `cell` is left empty (no single cell is at fault).
Operand sum_operand(const TableValues& values, const std::string& table, const std::vector<std::string>& rows,
                    const std::string& col, const std::string& group_zh, const std::string& group_en);
// The sum of several operands (予以公开及部分公开 = r1 + r2; 行政诉讼 = ld + lr).
Operand add_operands(const std::vector<Operand>& parts, const std::string& name_zh,
                     const std::string& name_en);
// The sum of the three sub-rows of （六）其他处理, or the single 2019 row r6 when the report has it.
Operand other_handling_operand(const TableValues& values);

// Compares the number of a prose statement with a table operand: counts the check, or counts it as not
// assessable when the operand is missing, and reports `rule` when they differ. A number equal to one of
// `also_fine` is accepted too (another reading of the same sentence). `quote_begin` is the byte where the
// quoted fragment starts; it ends after the number's unit (or at `quote_end` when given).
void compare_statement(const Report& report, const ProseScan& scan, const Quantity& q,
                       std::size_t quote_begin, RuleRef rule, const Operand& op, Findings& out,
                       const std::vector<Decimal>& also_fine = {}, std::size_t quote_end = 0);

// Source range of the number of a quantity.
Range number_range(const ProseScan& scan, const Quantity& q);

}  // namespace nianbao::rules
