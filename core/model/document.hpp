#pragma once
// What a reader makes of the input: paragraphs and table rows in reading order, each piece with its
// place in the source. Readers know nothing of annual reports; recognise/ turns a Document into a Report.
#include <string>
#include <vector>

#include "core/model/page_box.hpp"
#include "core/model/range.hpp"

namespace nianbao {

struct Cell {
  std::string text;  // the cell's text as read (entities decoded, tags removed, whitespace kept)
  Range at;          // where the text stands in the input
  int col = -1;      // grid column of the cell's first slot, or -1 when the layout gives no grid
  int col_span = 1;
  int row_span = 1;
};

// One line of a table, or one paragraph of prose (a single cell, `paragraph` set).
struct Row {
  std::vector<Cell> cells;
  Range at;
  bool paragraph = false;  // prose line or paragraph, not a table row
  int table = -1;          // index of the table this row belongs to (-1 for prose)
  int grid_width = 0;      // number of grid columns of its table, when the reader knows the grid (HTML)
};

enum class Layout {
  Unknown,
  Tabs,     // text copied from a web page or Word: cells separated by tabs
  Pipes,    // cells separated by | (markdown and similar)
  Lines,    // one cell per line
  Aligned,  // space-aligned columns (pdftotext -layout)
  Html,     // HTML markup
  Runs,     // positioned text runs of a PDF or OFD (read/runs_reader.cpp)
};

struct Document {
  Layout layout = Layout::Unknown;
  std::vector<Row> rows;  // everything, in reading order
  int table_count = 0;
  bool truncated = false;      // the reader stopped early (broken markup, limits)
  std::vector<PageBox> boxes;  // positioned input only: every run's place on its page, in input order
};

const char* layout_name(Layout l);

}  // namespace nianbao
