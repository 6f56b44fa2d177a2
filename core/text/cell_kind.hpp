#pragma once
// What a table cell holds, as text/cell_number reads it and the report model keeps it.

namespace nianbao {

enum class CellKind {
  Number,       // a number (possibly with a unit such as 件 or 万元)
  Blank,        // empty cell
  Placeholder,  // "/", "—", "-", "无" and the like: read as 0 for arithmetic
  Text,         // something that is not a number
  Missing,      // the report has no such cell (row or column absent)
};

}  // namespace nianbao
