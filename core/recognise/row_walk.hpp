#pragma once
// Reads the rows of one report table (二 or 三) out of a stretch of Document rows, by label.
// Works the same for every layout: a row's label may be wrapped over several lines, split from its
// numbers (PDF text), interleaved with rotated group labels, or have its numbers one per line.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.hpp"
#include "core/model/report.hpp"
#include "core/recognise/label_match.hpp"

namespace nianbao {

struct RowSpec {
  std::string key;  // canonical key; empty for a group heading
  std::string label;
  std::vector<std::string> synonyms;
  std::vector<std::string> columns;  // column keys, in order
  std::string collapsed_key;         // for a group heading filled as one row
  bool known = true;  // the key (for a group heading: its collapsed key) is in the report's template
};

// A table's template rows with what reading them needs, computed once per table and template rather than
// on every check (it was over half of a check's fixed cost): the labels in matchable form, the group
// headings normalised, the columns a row the template does not have is given.
struct TableSpecs {
  explicit TableSpecs(std::vector<RowSpec> specs);
  std::vector<RowSpec> rows;
  LabelSet labels;                        // every row's label and synonyms, in row order
  std::vector<std::string> group_labels;  // normalised labels of the group headings, in template order
  int unknown_columns_row = -1;           // the row whose columns all rows share (table 三: seven), or -1
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
WalkedTable walk_table(const Document& doc, std::size_t begin, std::size_t end, const TableSpecs& specs);

}  // namespace nianbao
