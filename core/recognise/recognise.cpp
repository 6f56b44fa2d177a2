#include "core/recognise/recognise.hpp"

#include "core/recognise/metadata.hpp"
#include "core/recognise/row_walk.hpp"
#include "core/recognise/sections.hpp"
#include "core/recognise/table_four.hpp"
#include "core/template/template.hpp"

namespace nianbao {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Label specs for table 二 or 三 of the report's template. Table 三 always offers the 2021 rows
// and the collapsed （六） row, so a report mixing the templates is read, with `known` saying which
// rows its template has.
std::vector<RowSpec> build_specs(const std::string& table, const std::string& template_id) {
  const tmpl::TableDef& def = tmpl::table(table, template_id);
  std::vector<RowSpec> specs;
  const tmpl::TableDef& shape = table == "t3" ? tmpl::table("t3", "2021") : def;
  for (const auto& r : shape.rows) {
    RowSpec s{r.key, r.label, r.synonyms, r.columns, r.collapsed_key, true};
    // A group heading is "known" when the template has it as a row of its own (2019: （六）其他处理 = r6).
    s.known = r.key.empty() ? !r.collapsed_key.empty() && tmpl::find_row(def, r.collapsed_key) != nullptr
                            : tmpl::find_row(def, r.key) != nullptr;
    specs.push_back(s);
  }
  return specs;
}

// The specs depend on the fixed templates only: built once (thread-safe static initialisation).
const TableSpecs& specs_for(const std::string& table, const std::string& template_id) {
  static const TableSpecs t2_2019(build_specs("t2", "2019")), t2_2021(build_specs("t2", "2021"));
  static const TableSpecs t3_2019(build_specs("t3", "2019")), t3_2021(build_specs("t3", "2021"));
  bool y2019 = template_id == "2019";
  if (table == "t2") return y2019 ? t2_2019 : t2_2021;
  return y2019 ? t3_2019 : t3_2021;
}

void fill_table(ReportTable& t, const std::string& key, WalkedTable&& w) {
  t.key = key;
  t.present = w.found;
  t.rows = std::move(w.rows);  // (a copy of every row and cell was ~3% of a check)
  t.at = w.at;
  t.has_rule_note = w.has_rule_note;
  t.rows_aligned_by_order = w.aligned_by_order;
  t.aligned_at = w.aligned_at;
}

// Columns the report does not have. Table 三 with 法人或其他组织 as one column (FORMAT V6) gives three
// numbers a row: 自然人, the collapsed column (kept under the extra key "org"), 总计.
void find_missing_columns(ReportTable& t) {
  if (!t.present) return;
  const tmpl::TableDef& def = tmpl::table(t.key, "2021");
  int filled_rows = 0;
  bool all_three = true;
  for (const auto& row : t.rows) {
    int n = 0;
    for (const auto& [col, cell] : row.cells) n += cell.present() ? 1 : 0;
    if (n == 0) continue;
    ++filled_rows;
    all_three = all_three && n == 3;
  }
  if (t.key == "t3" && filled_rows >= 3 && all_three) {
    for (auto& row : t.rows) {
      CellValue np = row.cells["np"], org = row.cells["biz"], total = row.cells["research"];
      for (auto& [col, cell] : row.cells) cell = CellValue{};
      row.cells["np"] = np;
      row.cells["org"] = org;
      row.cells["total"] = total;
    }
  }
  for (const auto& col : def.columns) {
    bool seen = false;
    for (const auto& row : t.rows) {
      auto it = row.cells.find(col.key);
      seen = it != row.cells.end() && it->second.present();
      if (seen) break;
    }
    if (!seen) t.missing_columns.push_back(col.key);
  }
}

// Rows of the stretch where table `idx` (section 二/三/四) lives: its section, or, when the
// headings are missing, the whole document.
std::pair<std::size_t, std::size_t> stretch(const SectionBounds& b, int idx, std::size_t rows) {
  if (b.start_row[idx] == kNone) return {0, rows};
  return {b.start_row[idx] + 1, b.end_row[idx]};
}

// What recognise() and recognise_identity() share: layout, sections, prose, title, agency and year.
Report begin_report(const Document& doc, const SectionBounds& bounds) {
  Report report;
  report.layout = layout_name(doc.layout);
  report.sections = bounds.sections;

  std::size_t first_section = doc.rows.size();
  for (std::size_t r : bounds.start_row)
    if (r != kNone && r < first_section) first_section = r;
  // Prose before section 一 (title, preamble) and of every section, in order.
  report.prose = gather_prose(doc, 0, first_section);
  for (const auto& s : report.sections)
    for (const auto& p : s.paragraphs) report.prose.push_back(p);

  find_title_and_year(doc, first_section, report);
  return report;
}

}  // namespace

Report recognise_identity(const Document& doc) { return begin_report(doc, find_sections(doc)); }

Report recognise(const Document& doc, std::string_view /*source*/) {
  SectionBounds bounds = find_sections(doc);
  Report report = begin_report(doc, bounds);
  detect_template(doc, report);
  std::string tid = report.template_id == "2019" ? "2019" : "2021";

  auto [b2, e2] = stretch(bounds, 1, doc.rows.size());
  fill_table(report.t2, "t2", walk_table(doc, b2, e2, specs_for("t2", tid)));
  auto [b3, e3] = stretch(bounds, 2, doc.rows.size());
  fill_table(report.t3, "t3", walk_table(doc, b3, e3, specs_for("t3", tid)));
  find_missing_columns(report.t3);
  report.t4.key = "t4";
  if (bounds.start_row[3] != kNone) {
    auto [b4, e4] = stretch(bounds, 3, doc.rows.size());
    read_table_four(doc, b4, e4, report.t4);
    find_missing_columns(report.t4);
  }
  return report;
}

}  // namespace nianbao
