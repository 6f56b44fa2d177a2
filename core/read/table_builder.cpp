#include "core/read/table_builder.hpp"

#include <algorithm>

namespace nianbao::read {

TableBuilder::TableBuilder(Document& doc) : doc_(&doc), index_(doc.table_count++) {}

void TableBuilder::open_row(std::size_t at) {
  close_row(at);
  row_ = static_cast<long>(doc_->rows.size());
  rows_.push_back(doc_->rows.size());
  Row r;
  r.table = index_;
  r.at = Range{at, at};
  doc_->rows.push_back(std::move(r));
}

Row& TableBuilder::row() { return doc_->rows[row_index()]; }

std::size_t TableBuilder::add_cell(Cell cell, const html::TextBuilder& text, Range tag) {
  cell.text = text.text();
  cell.at = text.empty() ? tag : text.at();
  Row& r = row();
  r.at.end = std::max(r.at.end, cell.at.end);
  r.cells.push_back(std::move(cell));
  return r.cells.size() - 1;
}

void TableBuilder::close_row(std::size_t end) {
  if (row_ < 0) return;
  Row& r = row();
  r.at.end = std::max(r.at.end, end);
  row_ = -1;
}

void TableBuilder::close(std::size_t end, int grid_width) {
  close_row(end);
  const long count = static_cast<long>(rows_.size());
  for (long k = 0; k < count; ++k) {
    Row& r = doc_->rows[rows_[static_cast<std::size_t>(k)]];
    r.grid_width = grid_width;
    for (Cell& c : r.cells) c.row_span = static_cast<int>(std::min<long>(c.row_span, count - k));
  }
}

void add_paragraph(Document& doc, const html::TextBuilder& text) {
  if (text.empty()) return;
  Row r;
  r.paragraph = true;
  Cell c;
  c.text = text.text();
  c.at = text.at();
  r.at = c.at;
  r.cells.push_back(std::move(c));
  doc.rows.push_back(std::move(r));
}

void drop_empty_rows(Document& doc) {
  auto& rows = doc.rows;
  rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Row& r) { return r.cells.empty(); }),
             rows.end());
}

}  // namespace nianbao::read
