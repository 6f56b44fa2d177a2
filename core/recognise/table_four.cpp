#include "core/recognise/table_four.hpp"

#include "core/recognise/cell_value.hpp"
#include "core/recognise/trim_columns.hpp"
#include "core/template/template.hpp"
#include "core/text/cell_number.hpp"

namespace nianbao {

namespace {

// A row of numbers only (blanks and placeholders allowed): the data row of table 四, or one of its
// three parts when a conversion split the table (复议 / 直接起诉 / 复议后起诉).
bool numbers_only(const Row& row, std::vector<const Cell*>& out, bool inside) {
  bool any_number = false;
  std::vector<const Cell*> cells;
  for (const auto& c : row.cells) {
    auto p = text::parse_cell(c.text);
    if (!p.is_value()) return false;
    if (p.kind == CellKind::Number) any_number = true;
    cells.push_back(&c);
  }
  // One cell per line, among the numbers: a lone "—" is that cell (a cleared cell written back).
  if (!any_number && !(inside && cells.size() == 1 && !cells[0]->text.empty())) {
    // A row of placeholders counts only when it is wide enough to be a data row ("/ / / / /");
    // short ones ("- | -") are empty shells of a broken conversion. In a table with a grid (HTML,
    // .docx) a row of blank cells (&nbsp;, empty <p>) as wide is the data row left blank: blank cells
    // are cells.
    std::size_t filled = 0;
    for (const Cell* c : cells) filled += c->text.empty() ? 0 : 1;
    bool blank_grid_row = row.grid_width > 0 && !row.paragraph && filled == 0 && cells.size() >= 5;
    if (filled < 5 && !blank_grid_row) return false;
  }
  out = std::move(cells);
  return true;
}

}  // namespace

void read_table_four(const Document& doc, std::size_t begin, std::size_t end, ReportTable& t4) {
  const tmpl::TableDef& def = tmpl::table("t4", "2021");
  const std::size_t want = def.rows.size() * def.columns.size();  // 15
  std::vector<const Cell*> values;
  for (std::size_t r = begin; r < end && r < doc.rows.size() && values.size() < want; ++r) {
    const Row& row = doc.rows[r];
    if (row.cells.empty()) continue;
    if (row.paragraph && values.empty() && !text::is_value_text(row.cells[0].text)) continue;
    std::vector<const Cell*> cells;
    // One cell per line: a lone placeholder is a cell when numbers surround it (a cleared first cell too).
    const bool next_number = r + 1 < end && r + 1 < doc.rows.size() && doc.rows[r + 1].cells.size() == 1 &&
                             text::parse_cell(doc.rows[r + 1].cells[0].text).kind == CellKind::Number;
    if (!numbers_only(row, cells, !values.empty() || next_number)) continue;
    std::size_t room = want - values.size();
    // Tab rows carry empty cells at their ends (spans, trailing tabs).
    trim_to_columns(cells, room);
    if (row.grid_width > 0 && cells.size() > room) cells.erase(cells.begin(), cells.end() - room);
    for (const Cell* c : cells)
      if (values.size() < want) values.push_back(c);
  }
  if (values.empty()) return;
  t4.present = true;
  std::size_t k = 0;
  for (const auto& rd : def.rows) {
    if (k >= values.size()) break;  // a group with no numbers at all is a missing row (row-missing)
    TableRow tr;
    tr.key = rd.key;
    tr.label = rd.label;
    for (const auto& col : def.columns) {
      CellValue v;  // Missing unless a number was read for it
      if (k < values.size()) {
        v = read_cell_value(*values[k]);
        t4.at = span(t4.at, v.at);
      }
      ++k;
      tr.cells[col.key] = v;
    }
    t4.rows.push_back(std::move(tr));
  }
  // A group cut short keeps its last cells Missing: its relation is not assessable.
}

}  // namespace nianbao
