#pragma once
// The HTML table model's slot bookkeeping: which grid column a cell lands in once the rowspans of
// earlier rows and the colspans of earlier cells are taken into account. Rowspans end with their row
// group (<tbody>, <thead>, <tfoot>), as in browsers. Spans are clamped so that absurd markup
// (rowspan=100000, colspan=99999) costs bounded memory and time.
#include <cstddef>
#include <string_view>
#include <vector>

namespace nianbao::html {

class TableGrid {
 public:
  static constexpr int kMaxColumns = 256;  // no report table comes near; bounds the slot scan
  static constexpr int kMaxColSpan = 100;  // a span wider than any real table, far below kMaxColumns
  static constexpr int kMaxRowSpan = 1000;

  // Parses a span attribute the way browsers do ("3", " 2px" -> 2); 1 when absent or invalid.
  static int parse_span(std::string_view value, int max);

  void start_row();
  // Places a cell in the current row; returns its grid column, or -1 when the row is full
  // (the cell would start beyond kMaxColumns). col_span is reduced to what fits.
  int place(int& col_span, int row_span);
  void end_group();  // rowspans stop at the end of a row group
  int width() const { return width_; }

 private:
  struct Slot {
    long covered_until = 0;  // rows before this one (exclusive) are covered
    long group = -1;         // the row group that set it
  };
  bool covered(int col) const;

  std::vector<Slot> slots_;
  long row_ = -1;
  long group_ = 0;
  int cursor_ = 0;
  int width_ = 0;
};

}  // namespace nianbao::html
