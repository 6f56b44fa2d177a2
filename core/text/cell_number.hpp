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
  std::string unit;  // "件", "条", "个", "元", "万元" ... when written in the cell
  std::string raw;   // trimmed text
};

ParsedCell parse_cell(std::string_view text);

// True when the text is a number, blank or placeholder: what a value cell may hold.
bool is_value_text(std::string_view text);
// True for a placeholder meaning "nothing" ("/", "-", "—", "无", ...).
bool is_placeholder(std::string_view trimmed);

}  // namespace nianbao::text
