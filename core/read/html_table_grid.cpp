#include "core/read/html_table_grid.hpp"

namespace nianbao::html {

int TableGrid::parse_span(std::string_view value, int max) {
  std::size_t p = 0;
  while (p < value.size() &&
         (value[p] == ' ' || value[p] == '\t' || value[p] == '\n' || value[p] == '\r' || value[p] == '\f'))
    ++p;
  if (p < value.size() && value[p] == '+') ++p;
  long v = 0;
  bool digits = false;
  while (p < value.size() && value[p] >= '0' && value[p] <= '9') {
    digits = true;
    if (v <= max) v = v * 10 + (value[p] - '0');
    ++p;
  }
  // rowspan=0 means "to the end of the group" in HTML; reports never rely on it, one row is safe.
  if (!digits || v < 1) return 1;
  return v > max ? max : static_cast<int>(v);
}

void TableGrid::start_row() {
  ++row_;
  cursor_ = 0;
}

bool TableGrid::covered(int col) const {
  if (col >= static_cast<int>(slots_.size())) return false;
  const Slot& s = slots_[static_cast<std::size_t>(col)];
  return s.group == group_ && s.covered_until > row_;
}

int TableGrid::place(int& col_span, int row_span) {
  if (row_ < 0) start_row();
  while (cursor_ < kMaxColumns && covered(cursor_)) ++cursor_;
  if (cursor_ >= kMaxColumns) return -1;
  int col = cursor_;
  if (col_span > kMaxColumns - col) col_span = kMaxColumns - col;
  if (static_cast<int>(slots_.size()) < col + col_span)
    slots_.resize(static_cast<std::size_t>(col + col_span));
  for (int c = col; c < col + col_span; ++c) {
    Slot& s = slots_[static_cast<std::size_t>(c)];
    s.covered_until = row_ + row_span;
    s.group = group_;
  }
  cursor_ = col + col_span;
  if (cursor_ > width_) width_ = cursor_;
  return col;
}

void TableGrid::end_group() { ++group_; }

}  // namespace nianbao::html
