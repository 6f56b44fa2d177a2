#pragma once
// The part of building a table that the HTML and .docx readers share: rows reserved in reading order
// (a nested table's rows may come before its outer row closes), cells appended with their text and
// place, rows closed, and the table closed with its grid width (rowspans clamped to the table). Each
// reader keeps only its own span and merge logic: which grid column a cell lands in, and whether a
// cell is new or continues one above (docx w:vMerge).
#include <cstddef>
#include <utility>
#include <vector>

#include "core/model/document.hpp"
#include "core/read/html_text.hpp"

namespace nianbao::read {

class TableBuilder {
 public:
  // Opens table number doc.table_count (and counts it).
  explicit TableBuilder(Document& doc);

  // Starts a row at source offset `at`, closing the open one.
  void open_row(std::size_t at);
  bool row_open() const { return row_ >= 0; }
  // Index in doc.rows of the open row (row_open() must be true).
  std::size_t row_index() const { return static_cast<std::size_t>(row_); }
  Row& row();

  // Appends a cell to the open row: its text is `text`, its place the text's range (or `tag`, the
  // cell's tag, when the cell is empty, so a finding about a blank cell still has a place to show).
  // Returns the index of the cell in the row.
  std::size_t add_cell(Cell cell, const html::TextBuilder& text, Range tag);

  // Ends the open row at source offset `end` (nothing when no row is open).
  void close_row(std::size_t end);
  // Ends the table: every row learns the grid width, and no rowspan reaches past the last row.
  void close(std::size_t end, int grid_width);

  int index() const { return index_; }

 private:
  Document* doc_;
  int index_;
  long row_ = -1;
  std::vector<std::size_t> rows_;  // doc.rows indices of the table's rows, in order
};

// A paragraph row of the text built so far (nothing when it is empty).
void add_paragraph(Document& doc, const html::TextBuilder& text);
// Rows reserved but given no cell (<tr></tr>, rows wholly covered by spans or merges).
void drop_empty_rows(Document& doc);

}  // namespace nianbao::read
