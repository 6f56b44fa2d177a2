#pragma once
// The canonical report model (OUTPUT.md "report"): sections, template, and tables 二/三/四 with every
// cell addressed by its canonical key. Built by recognise/, read by rules/ and render/.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/range.hpp"
#include "core/text/cell_kind.hpp"

namespace nianbao {

// A piece of prose with, for every byte of `text`, the source offset it came from
// (text differs from the source after HTML decoding and after joining wrapped lines).
struct TextPiece {
  std::string text;
  std::vector<std::size_t> src;  // src.size() == text.size() + 1; src[i] = source offset of text[i]
  Range range(std::size_t b, std::size_t e) const {
    if (src.empty()) return {};
    if (b >= src.size()) b = src.size() - 1;
    if (e >= src.size()) e = src.size() - 1;
    std::size_t last = e > b ? src[e - 1] + 1 : src[b];
    return Range{src[b], last > src[b] ? last : src[b]};
  }
  void append(const std::string& t, Range at);  // verbatim source text at `at`
  void append_mapped(const std::string& t, const std::vector<std::size_t>& offsets);
};

// CellKind: core/text/cell_kind.hpp (the text floor reads cells without knowing the report model).

struct CellValue {
  CellKind kind = CellKind::Missing;
  std::optional<Decimal> value;  // for Number only
  // Text written as a number beyond what Decimal accepts (reported as cell-out-of-range).
  NumberProblem problem = NumberProblem::None;
  std::string raw;   // cell text as written, trimmed
  std::string unit;  // unit written in the cell ("件", "元", "万元"), if any
  Range at;
  // Value for arithmetic: blanks and placeholders count as 0; text and missing cells have none.
  std::optional<Decimal> arithmetic() const {
    if (kind == CellKind::Number) return value;
    if (kind == CellKind::Blank || kind == CellKind::Placeholder) return Decimal::from_int(0);
    return std::nullopt;
  }
  bool present() const { return kind != CellKind::Missing; }
};

struct TableRow {
  std::string key;    // canonical row key ("new", "r3_1", ...), or "x1", "x2"... for rows not in the template
  std::string label;  // the label as written in the report (whitespace collapsed)
  Range label_at;
  bool known = true;                       // key comes from the template
  bool label_exact = true;                 // label equals the official text after normalisation
  std::map<std::string, CellValue> cells;  // column key -> cell
};

struct ReportTable {
  std::string key;  // "t2", "t3", "t4"
  bool present = false;
  Range at;                                          // the whole table (or its heading when empty)
  std::vector<TableRow> rows;                        // in the order of the report
  std::vector<std::string> missing_columns;          // template column keys the reader could not find
  std::map<std::string, std::string> column_labels;  // column key -> header text as written
  bool has_rule_note = false;                        // 表三: the printed 勾稽关系 note is in the header
  // Number rows that stood apart from their labels (damaged converter text) and were aligned to
  // them by the template's row order (recognise/order_align.cpp); where they stand.
  int rows_aligned_by_order = 0;
  Range aligned_at;

  const TableRow* row(const std::string& key) const;
  const CellValue* cell(const std::string& row_key, const std::string& col_key) const;
};

struct Section {
  std::string key;  // "s1".."s6"
  bool present = false;
  std::string title;                  // heading as written
  Range at;                           // the heading
  Range body;                         // from after the heading to the next section
  int order = 0;                      // position among the headings found (1-based)
  std::string numeral;                // the numeral the heading carries ("三"), to detect misnumbering
  bool title_exact = false;           // heading equals the official one after normalisation
  std::vector<TextPiece> paragraphs;  // prose of the section, wrapped lines joined
};

struct Report {
  std::string title;
  Range title_at;
  std::string agency;
  std::optional<int> year;
  Range year_at;
  std::string template_id = "unknown";             // "2021", "2019", "pre2019", "unknown"
  std::vector<std::string> template_markers_2019;  // 2019-only labels seen (for doc-template-outdated)
  std::vector<std::string> template_markers_2021;
  std::vector<Section> sections;  // always s1..s6 in canonical order; `present` says if found
  ReportTable t2, t3, t4;
  std::vector<TextPiece> prose;  // all prose of the report, in order (title, preamble, sections)
  std::string layout;            // layout of the input ("tabs", "pdf-text", "html", ...)

  const Section* section(const std::string& key) const;
  const ReportTable* table(const std::string& key) const;
};

}  // namespace nianbao
