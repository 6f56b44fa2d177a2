#pragma once
// Writing one table cell back into the report's source text (the page's cell edits, fixes and totals).
// The value must land so that the reader finds every other cell where it was, in every layout it
// accepts: tabs and pipes hold an empty cell, HTML holds escaped text, but space-aligned PDF text and
// one-cell-per-line text have no way to write "nothing" — a cleared cell there becomes the placeholder
// "—" (read as a blank-like placeholder), so the next cell does not slide into its place.
#include <string>
#include <string_view>

namespace nianbao {

struct CellWrite {
  std::string text;  // what to put in the cell's source range
  std::string kind;  // how the reader will take it: "number", "blank", "placeholder" or "text"
};

// `before` / `after`: the source line around the cell's range (line start to cell, cell to line end);
// `current`: the source text in the range now; `html`: the source is HTML (the value is escaped; a blank
// HTML cell's range is its start tag, which is kept). A value of kind "text" is returned as is: the caller
// refuses it (a word in a number cell cannot be read as that cell).
CellWrite cell_write(std::string_view before, std::string_view current, std::string_view after,
                     std::string_view value, bool html);

}  // namespace nianbao
