#include "core/rules/describe.hpp"

namespace nianbao::rules {

std::string cell_key(const std::string& table, const std::string& row, const std::string& col) {
  return table + "." + row + "." + col;
}

CellRef split_key(const std::string& key) {
  CellRef r;
  std::size_t a = key.find('.');
  std::size_t b = a == std::string::npos ? std::string::npos : key.find('.', a + 1);
  if (b == std::string::npos) return r;
  r.table = key.substr(0, a);
  r.row = key.substr(a + 1, b - a - 1);
  r.col = key.substr(b + 1);
  return r;
}

const tmpl::TableDef& template_of(const Report& report, const std::string& table) {
  return tmpl::table(table, report.template_id);
}

const CellValue* find_cell(const Report& report, const std::string& key) {
  CellRef r = split_key(key);
  const ReportTable* t = report.table(r.table);
  return t ? t->cell(r.row, r.col) : nullptr;
}

std::string table_zh(const std::string& table) {
  if (table == "t2") return "表二";
  if (table == "t3") return "表三";
  if (table == "t4") return "表四";
  return table;
}

std::string table_en(const std::string& table) {
  if (table == "t2") return "Table 2";
  if (table == "t3") return "Table 3";
  if (table == "t4") return "Table 4";
  return table;
}

namespace {

// The row's definition in either template: a 2021 report may carry the 2019 row r6 and vice versa.
const tmpl::RowDef* row_def(const Report& report, const std::string& table, const std::string& row) {
  if (const tmpl::RowDef* d = tmpl::find_row(template_of(report, table), row)) return d;
  return tmpl::find_row(tmpl::table(table, report.template_id == "2019" ? "2021" : "2019"), row);
}

// Groups worth naming: the sub-groups of table 三 (（三）不予公开 …) and 行政诉讼 in table 四. The top
// group 三、本年度办理结果 and the 第二十条 blocks of table 二 add length without helping to find the row.
bool name_group(const std::string& table, const std::string& group) {
  if (group.empty()) return false;
  if (table == "t3") return group != "三、本年度办理结果";
  return table == "t4";
}

}  // namespace

std::string row_zh(const Report& report, const std::string& table, const std::string& row) {
  const ReportTable* t = report.table(table);
  const TableRow* written = t ? t->row(row) : nullptr;
  const tmpl::RowDef* def = row_def(report, table, row);
  std::string label = written && !written->label.empty() ? written->label : def ? def->label : row;
  if (def && name_group(table, def->group) && label.find(def->group) == std::string::npos)
    label = def->group + " " + label;
  return label;
}

std::string row_en(const Report& report, const std::string& table, const std::string& row) {
  const tmpl::RowDef* def = row_def(report, table, row);
  if (def) return def->label_en;
  // A row the template does not know: its label as written is the only name it has.
  const ReportTable* t = report.table(table);
  const TableRow* written = t ? t->row(row) : nullptr;
  return written ? written->label : row;
}

std::string column_zh(const Report& report, const std::string& table, const std::string& col) {
  if (const tmpl::ColumnDef* c = tmpl::find_column(template_of(report, table), col)) return c->label;
  const ReportTable* t = report.table(table);
  if (t) {
    auto it = t->column_labels.find(col);
    if (it != t->column_labels.end()) return it->second;
  }
  return col;
}

std::string column_en(const Report& report, const std::string& table, const std::string& col) {
  if (const tmpl::ColumnDef* c = tmpl::find_column(template_of(report, table), col)) return c->label_en;
  return column_zh(report, table, col);
}

std::string row_ref_zh(const Report& report, const std::string& table, const std::string& row) {
  if (table == "t4") return table_zh(table) + "“" + row_zh(report, table, row) + "”";
  return table_zh(table) + "“" + row_zh(report, table, row) + "”行";
}

std::string row_ref_en(const Report& report, const std::string& table, const std::string& row) {
  return table_en(table) + ", row \"" + row_en(report, table, row) + "\"";
}

std::string cell_zh(const Report& report, const std::string& key) {
  CellRef r = split_key(key);
  return row_ref_zh(report, r.table, r.row) + "“" + column_zh(report, r.table, r.col) + "”列";
}

std::string cell_en(const Report& report, const std::string& key) {
  CellRef r = split_key(key);
  return row_ref_en(report, r.table, r.row) + ", column \"" + column_en(report, r.table, r.col) + "\"";
}

Range cell_range(const Report& report, const std::string& key) {
  CellRef r = split_key(key);
  const ReportTable* t = report.table(r.table);
  if (!t) return {};
  if (const CellValue* c = t->cell(r.row, r.col))
    if (!c->at.empty()) return c->at;
  if (const TableRow* row = t->row(r.row))
    if (!row->label_at.empty()) return row->label_at;
  return t->at;
}

}  // namespace nianbao::rules
