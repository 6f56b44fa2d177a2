#pragma once
// Names tables, rows, columns and cells in the report's own words, for messages the clerk can act on:
// the row label as written (with its group for sub-rows) and the column's official header,
// e.g. 表三“（四）无法提供 1.本机关不掌握相关政府信息”行“自然人”列.
#include <string>

#include "core/model/decimal.hpp"
#include "core/model/range.hpp"
#include "core/model/report.hpp"
#include "core/template/template.hpp"

namespace nianbao::rules {

// "t3.new.total" from its parts, and back.
std::string cell_key(const std::string& table, const std::string& row, const std::string& col);
struct CellRef {
  std::string table, row, col;
};
CellRef split_key(const std::string& key);

// The template a report is measured against ("2019" tables for 2019 reports, else 2021).
const tmpl::TableDef& template_of(const Report& report, const std::string& table);

// The cell of a report addressed by canonical key, or nullptr when the report has none.
const CellValue* find_cell(const Report& report, const std::string& key);

std::string table_zh(const std::string& table);  // 表三
std::string table_en(const std::string& table);  // Table 3
// Row label without quotes: as written in the report when it has the row, else the official label;
// sub-rows carry their group ("（四）无法提供 1.本机关不掌握相关政府信息").
std::string row_zh(const Report& report, const std::string& table, const std::string& row);
std::string row_en(const Report& report, const std::string& table, const std::string& row);
std::string column_zh(const Report& report, const std::string& table, const std::string& col);
std::string column_en(const Report& report, const std::string& table, const std::string& col);

// 表三“一、本年新收政府信息公开申请数量”行“总计”列 / Table 3, row "…", column "total".
std::string cell_zh(const Report& report, const std::string& key);
std::string cell_en(const Report& report, const std::string& key);
// 表三“一、本年新收政府信息公开申请数量”行 / Table 3, row "…".
std::string row_ref_zh(const Report& report, const std::string& table, const std::string& row);
std::string row_ref_en(const Report& report, const std::string& table, const std::string& row);

// Where to point for a cell: the cell itself, else its row label, else the table.
Range cell_range(const Report& report, const std::string& key);

// "12", "7730.28": numbers as the report would write them.
inline std::string num(Decimal d) { return d.str(); }

}  // namespace nianbao::rules
