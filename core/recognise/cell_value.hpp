#pragma once
// A Document cell read as a report cell: its number, unit or placeholder, and where it stands.
#include "core/model/document.hpp"
#include "core/model/report.hpp"
#include "core/text/cell_number.hpp"

namespace nianbao {

inline CellValue read_cell_value(const Cell& c) {
  text::ParsedCell p = text::parse_cell(c.text);
  CellValue v;
  v.kind = p.kind;
  v.value = p.value;
  v.problem = p.problem;
  v.raw = p.raw;
  v.unit = p.unit;
  v.at = c.at;
  return v;
}

}  // namespace nianbao
