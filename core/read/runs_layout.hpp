#pragma once
// Geometry of positioned text: runs -> pieces -> lines of cells on one page. Generic page layout
// (no knowledge of annual reports): what stands on one baseline, what a gap between columns is,
// characters stacked one per line, ruling lines that separate cells.
#include <string>
#include <vector>

#include "core/model/range.hpp"
#include "core/read/runs_json.hpp"

namespace nianbao::runs {

// One visible piece of text: a run, or several runs joined (a stacked vertical label).
struct Piece {
  std::string text;
  Range at;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  // font size (the character height for vertical text)
  bool vertical = false;
  double cy() const { return (y0 + y1) / 2; }
};

// One piece of a block as it was found, so that a table can split a block again at its columns.
struct Part {
  std::string text;
  Range at;
  double x0 = 0, x1 = 0;
};

// Pieces on one line not separated by a column gap or a ruling line.
struct Block {
  std::string text;
  Range at;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;
  bool vertical = false;
  bool value = false;       // a number, blank or placeholder (text::is_value_text)
  std::vector<Part> parts;  // left to right
};

struct Line {
  std::vector<Block> cells;  // left to right
  double y0 = 0, y1 = 0, x0 = 0, x1 = 0;
  double size = 0;        // largest font size on the line
  int page = 0;           // index into the pages
  bool vertical = false;  // one vertical label standing alone
  double cy() const { return (y0 + y1) / 2; }
  bool has_values() const;
  std::string text() const;  // cells joined by a space
};

// The lines of one page in reading order (top to bottom, vertical labels at their top).
std::vector<Line> page_lines(const RunsPage& page, int page_index);

// The column (x-range) that holds at least half of x0..x1, or -1.
int column_containing(double x0, double x1, const std::vector<std::pair<double, double>>& columns);

// A vertical ruling line of the page between x-positions xa and xb that spans y0..y1.
bool vertical_rule_between(const RunsPage& page, double xa, double xb, double y0, double y1);

// Splits the text blocks of a table line where a number that touches the text before it stands in
// one of the table's number columns (x-ranges): "1.属于国家秘密" and its "0" printed edge to edge
// (a label that fills its cell, a column too narrow for the gap between them) are two cells.
void split_at_columns(Line& line, const std::vector<std::pair<double, double>>& columns);

// Joins two pieces of text read left to right or top to bottom: a space only between two
// Latin letters or digits.
void append_text(std::string& out, const std::string& more);

}  // namespace nianbao::runs
