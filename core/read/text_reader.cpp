// Plain-text reader: every line becomes a Row. Lines with tabs, pipes or space-aligned columns
// (pdftotext -layout) are split into cells; everything else is a one-cell paragraph row.
// Which lines belong to which report table is not decided here (recognise/ does that by labels).
#include <string>

#include "core/read/read.hpp"
#include "core/text/cell_number.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

struct Line {
  std::size_t begin, end;  // byte range without the line break
};

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f') return false;
  return true;
}

// Byte length of an ideographic space (U+3000) or NBSP at s[i], else 0.
std::size_t wide_space_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[i]);  // most bytes start neither: no comparison
  if (c == 0xE3 && s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  if (c == 0xC2 && s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  return 0;
}

Cell make_cell(std::string_view src, std::size_t b, std::size_t e) {
  // Trim spaces (ASCII, U+3000, NBSP) at both ends so `at` points at the visible text.
  for (;;) {
    if (b < e && (src[b] == ' ' || src[b] == '\r' || src[b] == '\f')) {
      ++b;
      continue;
    }
    std::size_t w = b < e ? wide_space_at(src, b) : 0;
    if (w && b + w <= e) {
      b += w;
      continue;
    }
    break;
  }
  for (;;) {
    if (e > b && (src[e - 1] == ' ' || src[e - 1] == '\r' || src[e - 1] == '\f')) {
      --e;
      continue;
    }
    if (e >= b + 3 && src.compare(e - 3, 3, "\xE3\x80\x80") == 0) {
      e -= 3;
      continue;
    }
    if (e >= b + 2 && src.compare(e - 2, 2, "\xC2\xA0") == 0) {
      e -= 2;
      continue;
    }
    break;
  }
  Cell c;
  c.text = std::string(src.substr(b, e - b));
  c.at = Range{b, e};
  return c;
}

std::vector<Cell> split_on(std::string_view src, Line l, char sep) {
  std::vector<Cell> cells;
  // Exactly one cell per separator and one more: a line of a million separators takes its cells'
  // memory once, not again for every regrowth.
  std::size_t seps = 0;
  for (std::size_t i = l.begin; i < l.end; ++i) seps += src[i] == sep;
  cells.reserve(seps + 1);
  std::size_t start = l.begin;
  for (std::size_t i = l.begin; i <= l.end; ++i) {
    if (i == l.end || src[i] == sep) {
      cells.push_back(make_cell(src, start, i));
      start = i + 1;
    }
  }
  return cells;
}

// "| a | b |" -> a, b. Returns false for lines that are not pipe rows.
bool split_pipes(std::string_view src, Line l, std::vector<Cell>& cells) {
  std::string_view s = src.substr(l.begin, l.end - l.begin);
  std::size_t first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  std::size_t bars = 0;
  for (char c : s) bars += c == '|';
  bool framed = s[first] == '|';
  if (bars < 2 && !(framed && bars >= 1)) return false;
  if (!framed && s.find(" | ") == std::string_view::npos) return false;
  cells = split_on(src, l, '|');
  if (framed && !cells.empty() && cells.front().text.empty()) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().text.empty() && s.find_last_not_of(' ') == s.rfind('|'))
    cells.pop_back();
  return !cells.empty();
}

bool is_pipe_separator(const std::vector<Cell>& cells) {
  for (const auto& c : cells) {
    if (c.text.empty()) continue;
    for (char ch : c.text)
      if (ch != '-' && ch != ':' && ch != ' ') return false;
  }
  return true;
}

bool all_numeric_tokens(std::string_view s) {
  bool any = false;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) {
      auto p = text::parse_cell(s.substr(b, i - b));
      if (p.kind != CellKind::Number && p.kind != CellKind::Placeholder && p.problem == NumberProblem::None)
        return false;
      any = true;
    }
  }
  return any;
}

// Space-aligned columns: cells are separated by runs of two or more spaces (or an ideographic
// space). A cell made only of single-space-separated numbers is split into one cell per number,
// since pdftotext often leaves one space between narrow numeric columns.
std::vector<Cell> split_aligned(std::string_view src, Line l) {
  std::vector<Cell> raw;
  std::size_t i = l.begin, start = std::string_view::npos;
  while (i < l.end) {
    std::size_t w = wide_space_at(src, i);
    bool space = src[i] == ' ' || w;
    std::size_t run_end = i;
    if (space) {
      std::size_t spaces = 0;
      while (run_end < l.end) {
        std::size_t ww = wide_space_at(src, run_end);
        if (src[run_end] == ' ') {
          ++run_end;
          ++spaces;
        } else if (ww) {
          run_end += ww;
          spaces += 2;
        } else
          break;
      }
      if (spaces >= 2 || run_end == l.end) {
        if (start != std::string_view::npos) raw.push_back(make_cell(src, start, i));
        start = std::string_view::npos;
      }
      i = run_end;
      continue;
    }
    if (start == std::string_view::npos) start = i;
    ++i;
  }
  if (start != std::string_view::npos) raw.push_back(make_cell(src, start, l.end));
  std::vector<Cell> cells;
  for (auto& c : raw) {
    if (c.text.find(' ') != std::string::npos && all_numeric_tokens(c.text)) {
      std::size_t k = 0;
      while (k < c.text.size()) {
        while (k < c.text.size() && c.text[k] == ' ') ++k;
        std::size_t b = k;
        while (k < c.text.size() && c.text[k] != ' ') ++k;
        if (k > b) cells.push_back(make_cell(src, c.at.begin + b, c.at.begin + k));
      }
    } else {
      cells.push_back(std::move(c));
    }
  }
  return cells;
}

// Interior runs of 2+ spaces after the indentation: the mark of pdftotext -layout columns.
bool has_aligned_gap(std::string_view s) {
  std::size_t i = s.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  std::size_t last = s.find_last_not_of(' ');
  // An ideographic space inside a line separates columns too (split_aligned), but is also used as
  // indentation and padding in prose: it does not make a line aligned by itself.
  for (; i < last; ++i)
    if (s[i] == ' ' && s[i + 1] == ' ') return true;
  return false;
}

// Byte length of a dash of a page footer (-, —, －) at t[i], else 0.
std::size_t dash_length(std::string_view t, std::size_t i) {
  if (i >= t.size()) return 0;
  if (t[i] == '-') return 1;
  std::string_view three = t.substr(i, 3);
  return three == "—" || three == "－" ? 3 : 0;
}

// Page footers of PDF text: "-1-", "- 2 -", "第 3 页".
bool is_page_footer(std::string_view s) {
  // Every footer starts with a dash or 第: other lines (every line of prose) are not copied below.
  std::size_t first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  std::string_view start = s.substr(first);
  if (dash_length(start, 0) == 0 && start.substr(0, 3) != "第") return false;
  std::string t;
  for (char c : s)
    if (c != ' ' && c != '\t') t += c;
  if (t.empty()) return false;
  std::size_t i = 0;
  bool dash = false;
  auto skip_dashes = [&] {
    bool any = false;
    while (std::size_t n = dash_length(t, i)) {
      i += n;
      any = true;
    }
    return any;
  };
  dash = skip_dashes();
  std::size_t digits = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
    ++i;
    ++digits;
  }
  bool dash2 = skip_dashes();
  if (digits > 0 && digits <= 3 && i == t.size() && dash && dash2) return true;
  if (t.compare(0, 3, "第") == 0) {
    std::size_t k = 3, d = 0;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') {
      ++k;
      ++d;
    }
    if (d && t.compare(k, std::string::npos, "页") == 0) return true;
  }
  return false;
}

// Calls f(Line) for every line, in order (\n, \r\n and \r end a line).
template <typename F>
void for_each_line(std::string_view src, F f) {
  std::size_t b = 0;
  for (std::size_t i = 0; i <= src.size(); ++i) {
    if (i == src.size() || src[i] == '\n' || src[i] == '\r') {
      f(Line{b, i});
      if (i < src.size() && src[i] == '\r' && i + 1 < src.size() && src[i + 1] == '\n') ++i;
      b = i + 1;
    }
  }
}

bool is_blank_row(const Row& r) { return r.paragraph && r.cells.empty(); }

}  // namespace

Document read_text(std::string_view src) {
  Document doc;
  // Rows are reserved up front (at most one per line, one per run of blank lines): a paste of
  // millions of tiny lines then costs its rows and no regrowth of the row vector.
  std::size_t rows = 0;
  bool previous_blank = false;
  for_each_line(src, [&](Line l) {
    bool blank = is_blank(src.substr(l.begin, l.end - l.begin));
    rows += blank && previous_blank ? 0 : 1;
    previous_blank = blank;
  });
  doc.rows.reserve(rows);
  int tabs = 0, pipes = 0, aligned = 0, prose = 0;
  int table = -1;
  bool in_table = false;
  bool skip_blank_after_footer = false;
  for_each_line(src, [&](Line l) {
    std::string_view s = src.substr(l.begin, l.end - l.begin);
    Row row;
    row.at = Range{l.begin, l.end};
    if (is_blank(s) && skip_blank_after_footer) return;
    skip_blank_after_footer = false;
    if (is_blank(s)) {
      // Blank lines are kept as empty paragraphs: they end prose paragraphs (one ends them as well
      // as many, so a run of blank lines is one row).
      in_table = false;
      if (!doc.rows.empty() && is_blank_row(doc.rows.back())) return;
      row.paragraph = true;
      doc.rows.push_back(std::move(row));
      return;
    }
    std::vector<Cell> cells;
    if (s.find('\t') != std::string_view::npos) {
      cells = split_on(src, l, '\t');
      ++tabs;
    } else if (split_pipes(src, l, cells)) {
      if (is_pipe_separator(cells)) return;  // |---|---| rule lines carry nothing
      ++pipes;
    } else if (has_aligned_gap(s)) {
      cells = split_aligned(src, l);
      ++aligned;
    } else if (is_page_footer(s)) {
      // A page break is no paragraph break: drop the blank lines pdftotext put before the footer, so a
      // sentence wrapped across pages stays one paragraph.
      while (!doc.rows.empty() && doc.rows.back().paragraph && doc.rows.back().cells.empty())
        doc.rows.pop_back();
      skip_blank_after_footer = true;
      return;
    } else {
      ++prose;
      row.paragraph = true;
      row.cells.push_back(make_cell(src, l.begin, l.end));
      doc.rows.push_back(std::move(row));
      in_table = false;
      return;
    }
    if (!in_table) {
      table = doc.table_count++;
      in_table = true;
    }
    row.table = table;
    row.cells = std::move(cells);
    doc.rows.push_back(std::move(row));
  });
  if (tabs >= pipes && tabs >= aligned && tabs > 0)
    doc.layout = Layout::Tabs;
  else if (pipes >= aligned && pipes > 0)
    doc.layout = Layout::Pipes;
  else if (aligned > 0)
    doc.layout = Layout::Aligned;
  else
    doc.layout = Layout::Lines;
  return doc;
}

}  // namespace nianbao
