#include "core/annotate/place.hpp"

#include <string>

#include "core/template/template.hpp"

namespace nianbao {

namespace {

struct CellKey {
  std::string table, row, col;
};

bool split_key(const std::string& key, CellKey& k) {
  std::size_t a = key.find('.');
  std::size_t b = a == std::string::npos ? a : key.find('.', a + 1);
  if (b == std::string::npos) return false;
  k = {key.substr(0, a), key.substr(a + 1, b - a - 1), key.substr(b + 1)};
  return !k.table.empty() && !k.row.empty() && !k.col.empty();
}

void cell_place(Diagnostic& d, const Report& report) {
  CellKey k;
  if (!split_key(d.cell, k)) return;
  const ReportTable* t = report.table(k.table);
  const std::string template_id = report.template_id == "2019" ? "2019" : "2021";
  const tmpl::TableDef& def = tmpl::table(k.table, template_id);
  std::string row_label, col_label;
  if (t) {
    if (const TableRow* row = t->row(k.row)) row_label = row->label;
    auto it = t->column_labels.find(k.col);
    if (it != t->column_labels.end()) col_label = it->second;
  }
  if (row_label.empty())
    if (const tmpl::RowDef* r = tmpl::find_row(def, k.row)) row_label = r->label;
  if (col_label.empty())
    if (const tmpl::ColumnDef* c = tmpl::find_column(def, k.col)) col_label = c->label;
  if (row_label.empty() || col_label.empty()) return;
  // 表四 is one row of numbers; its "rows" are the column groups 行政复议 / 未经复议直接起诉 / 复议后起诉.
  d.place_zh = def.name_zh + "“" + row_label + "”" + (k.table == "t4" ? "" : "行") + "“" + col_label + "”列";
  d.place_en = "Table " + def.name_zh.substr(def.name_zh.size() - 3) + ", “" + row_label + "”, column “" +
               col_label + "”";
}

bool inside(const Range& outer, const Range& r) { return r.begin >= outer.begin && r.begin < outer.end; }

void text_place(Diagnostic& d, const Report& report) {
  if (!d.at) return;
  if (!report.title.empty() && inside(report.title_at, *d.at)) {
    d.place_zh = "标题";
    d.place_en = "Title";
    return;
  }
  for (const auto& s : report.sections) {
    if (!s.present) continue;
    Range whole{s.at.begin, s.body.end > s.at.end ? s.body.end : s.at.end};
    if (!inside(whole, *d.at)) continue;
    d.place_zh = "“" + s.title + "”部分";
    d.place_en = "Section “" + s.title + "”";
    return;
  }
}

}  // namespace

void assign_places(std::vector<Diagnostic>& diagnostics, const Report& report) {
  for (auto& d : diagnostics) {
    if (!d.cell.empty())
      cell_place(d, report);
    else
      text_place(d, report);
  }
}

}  // namespace nianbao
