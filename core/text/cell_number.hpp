#pragma once
// Reads the content of one table cell: a number (with an optional unit), a blank, a placeholder
// ("/", "—", "无" ...) or text that is not a number.
#include <optional>
#include <string>
#include <string_view>

#include "core/model/decimal.hpp"
#include "core/text/cell_kind.hpp"

namespace nianbao::text {

struct ParsedCell {
  CellKind kind = CellKind::Blank;
  std::optional<Decimal> value;
  // For a cell written as a number that Decimal does not accept (too many digits or decimals):
  // kind is Text (it has no value for arithmetic) but the cell still stands where a number stands.
  NumberProblem problem = NumberProblem::None;
  std::string unit;  // "件", "条", "个", "元", "万元" ... when written in the cell
  std::string raw;   // trimmed text
  // A number, blank, placeholder or a number out of range: what a value cell may hold.
  bool is_value() const { return kind != CellKind::Text || problem != NumberProblem::None; }
};

ParsedCell parse_cell(std::string_view text);

// True when the text is a number (in range or not), blank or placeholder: what a value cell may hold.
bool is_value_text(std::string_view text);
// True for a placeholder meaning "nothing" ("/", "-", "—", "无", ...).
bool is_placeholder(std::string_view trimmed);

}  // namespace nianbao::text
