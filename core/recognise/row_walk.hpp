#pragma once
// Reads the rows of one report table (二 or 三) out of a stretch of Document rows, by label.
// Works the same for every layout: a row's label may be wrapped over several lines, split from its
// numbers (PDF text), interleaved with rotated group labels, or have its numbers one per line.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.hpp"
#include "core/model/report.hpp"

namespace nianbao {

struct RowSpec {
  std::string key;  // canonical key; empty for a group heading
  std::string label;
  std::vector<std::string> synonyms;
  std::vector<std::string> columns;  // column keys, in order
  std::string collapsed_key;         // for a group heading filled as one row
  bool known = true;  // the key (for a group heading: its collapsed key) is in the report's template
};

struct WalkedTable {
  std::vector<TableRow> rows;  // in report order
  Range at;
  bool found = false;
  bool has_rule_note = false;
  int aligned_by_order = 0;  // number rows aligned to their labels by the template's order
  Range aligned_at;          // where those number rows stand
};

// Rows [begin, end) of `doc`. `columns_of_unknown` are the columns given to a filled group heading.
WalkedTable walk_table(const Document& doc, std::size_t begin, std::size_t end,
                       const std::vector<RowSpec>& specs);

}  // namespace nianbao
