#pragma once
// Fitting a row's value cells to its columns when it has more cells than columns. Tab rows carry empty
// cells that are no columns: spans of merged label cells in front, and a tab at the end of every line
// (what copying from a web page gives). The order decides which empty cell is a cleared one:
// "…\t0\t\t" with one column too many drops the one line-end tab, so a cleared last cell stays
// in its column; spans in front go next; other empties at the end last.
#include <cstddef>
#include <vector>

#include "core/model/document.hpp"

namespace nianbao {

inline void trim_to_columns(std::vector<const Cell*>& cells, std::size_t columns) {
  if (cells.size() > columns && cells.back()->text.empty()) cells.pop_back();
  while (cells.size() > columns && cells.front()->text.empty()) cells.erase(cells.begin());
  while (cells.size() > columns && cells.back()->text.empty()) cells.pop_back();
}

}  // namespace nianbao
