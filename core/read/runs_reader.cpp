// Positioned-runs reader: the text runs of a PDF or OFD (docs/runs.md) -> Document. Lines come from
// read/runs_layout.cpp; here the page furniture (page numbers, running headers) is dropped, tables are
// found as stretches of lines with several cells (joined across a page break), their columns from
// the x-clusters of the numbers, labels wrapped around a row's numbers joined into the row, and
// prose lines grouped into paragraphs. Knows nothing of annual reports.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"
#include "core/read/runs_layout.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

using runs::Block;
using runs::Line;

std::string without_spaces_and_digits(const std::string& s, bool drop_digits) {
  std::string t;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t b = i;
    char32_t c = utf8::next(s, i);
    if (c == ' ' || c == 0x3000 || c == 0xA0) continue;
    if (drop_digits && c >= '0' && c <= '9') continue;
    t.append(s, b, i - b);
  }
  return t;
}

// "3", "- 3 -", "—3—", "第 3 页", "第3页 共12页", "3 / 12", "3/12".
bool page_number_text(const std::string& s) {
  std::string t = without_spaces_and_digits(s, false);
  if (t.empty()) return false;
  std::string shape;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t b = i;
    char32_t c = utf8::next(t, i);
    if (c >= '0' && c <= '9') {
      if (shape.empty() || shape.back() != '9') shape += '9';
    } else if (c == '-' || c == 0x2014 || c == 0xFF0D || c == 0x2013 || c == 0x2212) {
      if (shape.empty() || shape.back() != '-') shape += '-';
    } else {
      shape.append(t, b, i - b);
    }
  }
  static const char* const kShapes[] = {"9",          "-9-", "9-",          "-9",   "第9页",
                                        "第9页共9页", "9/9", "第9页/共9页", "Page9"};
  for (const char* k : kShapes)
    if (shape == k) return true;
  return false;
}

bool in_margin(const Line& l, double height) {
  if (height <= 0) return false;
  return l.y1 < 0.1 * height || l.y0 > 0.9 * height;
}

// Page numbers and running headers/footers: in the top or bottom tenth of the page, and either
// shaped like a page number or repeated (digits aside) on at least two other pages.
void drop_page_furniture(std::vector<std::vector<Line>>& pages, const std::vector<RunsPage>& source) {
  std::map<std::string, std::set<std::size_t>> seen;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const auto& l : pages[p])
      if (in_margin(l, source[p].height)) seen[without_spaces_and_digits(l.text(), true)].insert(p);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& lines = pages[p];
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&](const Line& l) {
                                 if (!in_margin(l, source[p].height)) return false;
                                 if (page_number_text(l.text())) return true;
                                 std::string key = without_spaces_and_digits(l.text(), true);
                                 return !key.empty() && pages.size() >= 3 && seen[key].size() >= 3;
                               }),
                lines.end());
  }
}

Cell cell_of(const Block& b, int col) {
  Cell c;
  c.text = b.text;
  c.at = b.at;
  c.col = col;
  return c;
}

// A stretch of lines that forms one table: lines with several cells, with the one-cell label lines
// and vertical labels among them; continued on the next page when that page starts with such lines.
struct Table {
  std::vector<std::size_t> lines;
  std::vector<std::pair<double, double>> columns;  // x-ranges of the value columns, left to right
};

bool is_row_line(const Line& l) { return l.cells.size() >= 2; }

using Spans = std::vector<std::pair<double, double>>;

// A table continues on the next page when the first numbers there stand in its columns; another
// table that happens to start a page (表四 after 表三) has numbers elsewhere.
bool same_columns(const std::vector<Line>& lines, std::size_t from, const Spans& spans) {
  for (std::size_t i = from; i < lines.size() && i < from + 8 && lines[i].page == lines[from].page; ++i) {
    int values = 0, inside = 0;
    for (const auto& c : lines[i].cells) {
      if (!c.value || c.text.empty()) continue;
      ++values;
      for (const auto& s : spans)
        if (c.x0 < s.second && s.first < c.x1) {
          ++inside;
          break;
        }
    }
    if (values > 0) return inside == values;
  }
  return true;  // headers only so far: nothing says it is another table
}

// The vertical ruling lines beside any of a table's rows, as their centres' x, ascending: on a ruled table
// two columns of numbers that come within a point of each other (wide numbers right-aligned in narrow cells)
// stay two columns when a rule separates them. Gathered once per table: asking every row for each pair of
// neighbouring numbers was some 36,000 lookups for a PDF's table 三. (A rule is beside a row when it reaches
// within a point of the row's middle: runs::vertical_rule_between for a stretch of zero height.)
std::vector<double> rules_beside_rows(const std::vector<Line>& lines, const std::vector<std::size_t>& rows,
                                      const std::vector<RunsPage>& pages) {
  std::vector<double> centres;
  for (std::size_t i : rows) {
    const Line& l = lines[i];
    if (!is_row_line(l) || static_cast<std::size_t>(l.page) >= pages.size()) continue;
    const double cy = l.cy();
    for (const RuleLine& r : pages[static_cast<std::size_t>(l.page)].vertical_rules)
      if (!(r.h < 0) && r.y <= cy + 1 && r.y + r.h >= cy - 1) centres.push_back(r.x + r.w / 2);
  }
  std::sort(centres.begin(), centres.end());
  centres.erase(std::unique(centres.begin(), centres.end()), centres.end());
  return centres;
}

// A rule whose centre lies strictly inside (x0 - 0.5, x1 + 0.5).
bool rule_between(const std::vector<double>& centres, double x0, double x1) {
  auto it = std::upper_bound(centres.begin(), centres.end(), x0 - 0.5);
  return it != centres.end() && *it < x1 + 0.5;
}

std::vector<Table> find_tables(const std::vector<Line>& lines, double page_width,
                               const std::vector<RunsPage>& pages) {
  std::vector<Table> tables;
  Spans spans;            // x-ranges of the numbers of the open table
  double table_size = 0;  // the largest font of its rows
  bool open = false;
  double values_from = 1e9;  // left edge of the leftmost value seen in the open table
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    const Line* prev = open ? &lines[tables.back().lines.back()] : nullptr;
    bool new_page = prev && prev->page != l.page;
    bool close_below = prev && !new_page && l.y0 - prev->y1 <= 3.0 * std::max(l.size, prev->size);
    bool keep = false;
    if (is_row_line(l)) {
      keep = open && (close_below || (new_page && same_columns(lines, i, spans)));
      if (!open || !keep) {
        tables.emplace_back();
        values_from = 1e9;
        open = true;
      }
      keep = true;
    } else if (open && !new_page && close_below) {
      // A one-cell line continues the table when it stands in the label column (a label line, a
      // group heading) or is a vertical label; a line over the number columns (a caption, the next
      // table's title) ends it.
      // A heading in a larger font (the next section's title) is no label of the table.
      bool table_font = l.size <= 1.15 * table_size;
      keep = table_font &&
             (l.vertical || l.x1 < values_from - 1 || (values_from > 1e8 && l.x1 - l.x0 < 0.5 * page_width));
    }
    if (!keep) {
      open = false;
      continue;
    }
    if (tables.back().lines.empty()) {
      spans.clear();
      table_size = 0;
    }
    if (is_row_line(l)) table_size = std::max(table_size, l.size);
    tables.back().lines.push_back(i);
    for (const auto& c : l.cells) {
      if (!c.value || c.text.empty() || !is_row_line(l)) continue;
      values_from = std::min(values_from, c.x0);
      spans.push_back({c.x0 - 1, c.x1 + 1});
    }
  }
  // Columns: the x-ranges of the values, overlapping ranges merged.
  for (auto& t : tables) {
    std::vector<std::pair<double, double>> spans;
    for (std::size_t i : t.lines)
      for (const auto& c : lines[i].cells)
        if (c.value && !c.text.empty() && is_row_line(lines[i])) spans.push_back({c.x0 - 1, c.x1 + 1});
    std::sort(spans.begin(), spans.end());
    const std::vector<double> rules = rules_beside_rows(lines, t.lines, pages);
    for (const auto& s : spans) {
      if (!t.columns.empty() && s.first <= t.columns.back().second &&
          !rule_between(rules, t.columns.back().second - 1, s.first + 1))
        t.columns.back().second = std::max(t.columns.back().second, s.second);
      else
        t.columns.push_back(s);
    }
  }
  return tables;
}

// Which value column a cell stands in, or -1 for a label cell (left of the numbers).
int column_of(const Block& c, const Table& t) {
  if (t.columns.empty() || c.x1 < t.columns.front().first) return -1;
  int best = -1;
  double best_overlap = 0;
  for (std::size_t k = 0; k < t.columns.size(); ++k) {
    double o = std::min(c.x1, t.columns[k].second) - std::max(c.x0, t.columns[k].first);
    if (o > best_overlap) {
      best_overlap = o;
      best = static_cast<int>(k);
    }
  }
  if (best >= 0) return best;
  if (!c.value) return c.x0 < t.columns.front().first ? -1 : -2;  // text between columns: kept as text
  double mid = (c.x0 + c.x1) / 2, best_d = 1e9;
  for (std::size_t k = 0; k < t.columns.size(); ++k) {
    double d = std::fabs(mid - (t.columns[k].first + t.columns[k].second) / 2);
    if (d < best_d) {
      best_d = d;
      best = static_cast<int>(k);
    }
  }
  return best;
}

// Text in front of a row's first number that does not sit in a number column is the row's label,
// even where it runs on over number columns (a label wider than its cell, printed over the empty
// cells beside it): a label never claims a number column by overlapping it.
bool label_before_values(const Block& c, const Line& l, const Table& t) {
  if (c.value) return false;
  double first = 1e9;
  for (const auto& v : l.cells)
    if (v.value && !v.text.empty()) first = std::min(first, v.x0);
  // (text mostly inside a number column is that cell's text)
  return c.x0 < first && runs::column_containing(c.x0, c.x1, t.columns) < 0;
}

class Builder {
 public:
  explicit Builder(Document& doc) : doc_(doc) {}

  void paragraph_break() {
    if (!doc_.rows.empty() && !(doc_.rows.back().paragraph && doc_.rows.back().cells.empty())) {
      Row r;
      r.paragraph = true;
      r.at = Range{doc_.rows.back().at.end, doc_.rows.back().at.end};
      doc_.rows.push_back(r);
    }
  }

  void prose(const Line& l) {
    Row r;
    r.paragraph = true;
    Cell c;
    for (const auto& b : l.cells) {
      runs::append_text(c.text, b.text);
      c.at = span(c.at, b.at);
    }
    r.at = c.at;
    r.cells.push_back(std::move(c));
    doc_.rows.push_back(std::move(r));
  }

  void table_row(std::vector<Cell> cells, int table, int grid_width) {
    Row r;
    r.table = table;
    r.grid_width = grid_width;
    for (const auto& c : cells)
      if (!c.at.empty()) r.at = span(r.at, c.at);
    r.cells = std::move(cells);
    doc_.rows.push_back(std::move(r));
  }

 private:
  Document& doc_;
};

// The label of a row whose numbers stand between its two lines. Two label columns wrapped together
// ("（六）其他处" "2.申请人逾期未按收费…" above, "理" "公开申请" below) join column by column;
// otherwise the lines join into one label.
std::vector<Block> wrapped_label(const std::vector<const Line*>& taken) {
  std::vector<Block> out;
  if (taken.empty()) return out;
  bool by_column =
      taken.size() == 2 && taken[0]->cells.size() >= 2 && taken[0]->cells.size() == taken[1]->cells.size();
  for (std::size_t m = 0; by_column && m < taken[0]->cells.size(); ++m) {
    const Block& a = taken[0]->cells[m];
    const Block& b = taken[1]->cells[m];
    by_column = a.x0 < b.x1 && b.x0 < a.x1;
  }
  if (by_column) {
    out = taken[0]->cells;
    for (std::size_t m = 0; m < out.size(); ++m) {
      runs::append_text(out[m].text, taken[1]->cells[m].text);
      out[m].at = span(out[m].at, taken[1]->cells[m].at);
    }
    return out;
  }
  Block joined;
  for (const Line* w : taken)
    for (const auto& c : w->cells) {
      runs::append_text(joined.text, c.text);
      joined.at = span(joined.at, c.at);
    }
  out.push_back(joined);
  return out;
}

void emit_table(const std::vector<Line>& lines, const Table& t, int id, Builder& out) {
  const int n = static_cast<int>(t.columns.size());
  std::vector<bool> used(t.lines.size(), false);
  auto label_only = [&](std::size_t k) {
    const Line& l = lines[t.lines[k]];
    if (l.vertical || l.has_values()) return false;
    for (const auto& c : l.cells)
      if (column_of(c, t) != -1) return false;
    return true;
  };
  // Where a line's numbers start, and where the label cells in front of them end.
  auto values_x0 = [&](const Line& l) {
    for (const auto& c : l.cells)
      if (c.value && !c.text.empty()) return c.x0;
    return 1e9;
  };
  auto label_x1 = [&](const Line& l) {
    double x1 = -1e9;
    for (const auto& c : l.cells)
      if (!c.value && c.x1 < values_x0(l)) x1 = std::max(x1, c.x1);
    return x1;
  };
  // A label line in a deeper label column than the row beside it: text only, right of the row's
  // labels and left of its numbers (the deepest label column may stand over a number column of
  // rows that span it).
  auto sub_label_of = [&](std::size_t k, const Line& row) {
    const Line& w = lines[t.lines[k]];
    if (w.vertical || w.has_values() || w.x0 <= label_x1(row)) return false;
    for (const auto& c : w.cells)
      if (c.x1 >= values_x0(row)) return false;
    return true;
  };
  bool seen_values = false;
  for (std::size_t k = 0; k < t.lines.size(); ++k) {
    if (used[k]) continue;
    const Line& l = lines[t.lines[k]];
    if (!l.has_values()) {
      // A wrapped label whose numbers stand on the next line, between its two halves: left for that row.
      // So is a sub-row's label beside a group label that stands on the numbers' line.
      if (seen_values && k + 1 < t.lines.size()) {
        const Line& next = lines[t.lines[k + 1]];
        bool labelled = !next.cells.empty() && column_of(next.cells.front(), t) < 0;
        bool unlabelled = next.has_values() && !labelled && label_only(k);
        bool deeper = next.has_values() && labelled && sub_label_of(k, next);
        if ((unlabelled || deeper) && next.cy() - l.cy() < 1.5 * std::max(l.size, next.size)) continue;
      }
      std::vector<Cell> cells;
      for (const auto& c : l.cells) cells.push_back(cell_of(c, -1));
      out.table_row(std::move(cells), id, 0);
      continue;
    }
    seen_values = true;
    std::vector<Block> label;
    std::vector<std::vector<const Block*>> cols(static_cast<std::size_t>(n));
    for (const auto& c : l.cells) {
      int col = label_before_values(c, l, t) ? -1 : column_of(c, t);
      if (col >= 0)
        cols[static_cast<std::size_t>(col)].push_back(&c);
      else
        label.push_back(c);
    }
    // Numbers vertically centred on a label of two lines: the line above and the line below. When
    // the row already has a label (a group label beside its first sub-row: "（四）无法提供" with the
    // numbers of "1.本机关不掌握 / 相关政府信息"), only lines in a column right of it are taken.
    {
      std::vector<const Line*> taken;
      auto take = [&](std::size_t j) {
        const Line& w = lines[t.lines[j]];
        if (used[j] || std::fabs(w.cy() - l.cy()) > 1.5 * std::max(w.size, l.size)) return;
        if (label.empty() ? !label_only(j) : !sub_label_of(j, l)) return;
        used[j] = true;
        taken.push_back(&w);
      };
      if (k > 0) take(k - 1);
      if (k + 1 < t.lines.size()) take(k + 1);
      for (const Block& b : wrapped_label(taken)) label.push_back(b);
    }
    std::vector<Cell> cells;
    for (const auto& b : label) cells.push_back(cell_of(b, 0));
    int values = 0;
    for (const auto& c : cols) values += c.empty() ? 0 : 1;
    // Blank cells of a row of numbers are kept as empty cells in their column, so the numbers after
    // them stay in place; a lone number (a one-column part of the table) is left as it is.
    bool pad = n >= 3 && values >= 2;
    Range last = cells.empty() ? Range{} : cells.back().at;
    for (int j = 0; j < n; ++j) {
      const auto& c = cols[static_cast<std::size_t>(j)];
      if (c.empty()) {
        if (!pad) continue;
        Cell e;
        e.col = 1 + j;
        e.at = Range{last.end, last.end};
        cells.push_back(e);
        continue;
      }
      Cell cell = cell_of(*c.front(), 1 + j);
      for (std::size_t m = 1; m < c.size(); ++m) {
        cell.text += ' ';
        cell.text += c[m]->text;
        cell.at = span(cell.at, c[m]->at);
      }
      last = cell.at;
      cells.push_back(std::move(cell));
    }
    // No grid width: the columns are the x-clusters of every number of the stretch, and a table of
    // fewer columns printed beside wider ones (表二's parts, a 2019 row whose numbers start one
    // column further right) pads a blank at its end that is no cell; the recogniser then drops
    // such end blanks rather than reading the numbers as the last columns of a grid.
    out.table_row(std::move(cells), id, 0);
  }
}

struct Margins {
  double left = 0, right = 0;
};

// The text block of a page from its prose lines: where full lines start and end.
Margins margins_of(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  Margins m{1e9, 0};
  double widest = 0;
  for (std::size_t i = begin; i < end; ++i)
    if (!is_row_line(lines[i])) widest = std::max(widest, lines[i].x1 - lines[i].x0);
  for (std::size_t i = begin; i < end; ++i) {
    const Line& l = lines[i];
    if (is_row_line(l) || l.x1 - l.x0 < 0.6 * widest) continue;
    m.left = std::min(m.left, l.x0);
    m.right = std::max(m.right, l.x1);
  }
  if (m.left > m.right) m = Margins{0, 1e9};
  return m;
}

}  // namespace

Document read_runs(const RunsInput& in) {
  Document doc;
  doc.layout = Layout::Runs;
  std::vector<std::vector<Line>> per_page;
  double width = 0;
  for (std::size_t p = 0; p < in.pages.size(); ++p) {
    per_page.push_back(runs::page_lines(in.pages[p], static_cast<int>(p)));
    width = std::max(width, in.pages[p].width);
    for (const Run& r : in.pages[p].runs)
      doc.boxes.push_back(PageBox{r.at, in.pages[p].number, r.x, r.y, r.w, r.h});
  }
  drop_page_furniture(per_page, in.pages);
  std::vector<Line> lines;
  std::vector<std::size_t> page_start;
  for (auto& pl : per_page) {
    page_start.push_back(lines.size());
    for (auto& l : pl) lines.push_back(std::move(l));
  }
  page_start.push_back(lines.size());
  if (width <= 0) width = 600;

  std::vector<Table> tables = find_tables(lines, width, in.pages);
  for (const Table& t : tables)
    for (std::size_t i : t.lines) runs::split_at_columns(lines[i], t.columns);
  std::vector<int> table_at(lines.size(), -1);  // first line of each table -> table index
  std::vector<bool> in_table(lines.size(), false);
  for (std::size_t t = 0; t < tables.size(); ++t) {
    table_at[tables[t].lines.front()] = static_cast<int>(t);
    for (std::size_t i : tables[t].lines) in_table[i] = true;
  }
  doc.table_count = static_cast<int>(tables.size());

  Builder out(doc);
  std::vector<Margins> margins;
  for (std::size_t p = 0; p + 1 < page_start.size(); ++p)
    margins.push_back(margins_of(lines, page_start[p], page_start[p + 1]));
  const Line* prev = nullptr;  // the previous prose line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (table_at[i] >= 0) {
      out.paragraph_break();
      emit_table(lines, tables[static_cast<std::size_t>(table_at[i])], table_at[i], out);
      prev = nullptr;
      continue;
    }
    if (in_table[i]) continue;
    const Line& l = lines[i];
    const Margins& m = margins[static_cast<std::size_t>(l.page)];
    // A new paragraph: after a line that stops short of the right margin, at an indented line, or
    // after a wider gap than the line spacing. A page break alone is no paragraph break.
    // Centred lines of one size directly below one another are one heading (a title over two lines).
    auto centred = [&](const Line& x) {
      return m.right > m.left && std::fabs((x.x0 + x.x1) / 2 - (m.left + m.right) / 2) < 1.5 * x.size &&
             x.x0 > m.left + 1.2 * x.size;
    };
    bool gap =
        prev != nullptr && prev->page == l.page && l.y0 - prev->y1 > 1.0 * std::max(l.size, prev->size);
    bool heading =
        prev != nullptr && centred(*prev) && centred(l) && !gap && std::fabs(l.size - prev->size) < 0.5;
    bool starts = prev == nullptr || prev->x1 < m.right - 1.5 * prev->size || l.x0 > m.left + 1.2 * l.size ||
                  gap || std::fabs(l.size - prev->size) > 0.15 * l.size;
    starts = starts && !heading;
    if (starts) out.paragraph_break();
    out.prose(l);
    prev = &l;
  }
  return doc;
}

}  // namespace nianbao
