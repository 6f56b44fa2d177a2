#pragma once
// Damaged text from other converters: the label column of a table came apart from its numbers, so a
// run of row labels stands before (or after) a run of unlabelled number rows, or the labels are gone
// altogether. The official forms fix the order of every row, so the number rows are aligned to the
// labels by order (or to the template's rows when no label is left), and the table is read as if
// each label stood beside its numbers. The report says so (rows-aligned-by-order).
#include <cstddef>
#include <vector>

#include "core/model/document.hpp"
#include "core/recognise/row_walk.hpp"

namespace nianbao {

struct OrderAlignment {
  Document doc;      // the stretch with label and number rows joined (valid when aligned > 0)
  int aligned = 0;   // number rows aligned by order; 0 when nothing was separated
  Range numbers_at;  // where the aligned number rows stand in the input
};

// Rows [begin, end) of `doc` and the table's row specs (in template order, with their labels matchable).
OrderAlignment align_rows_by_order(const Document& doc, std::size_t begin, std::size_t end,
                                   const TableSpecs& table);

}  // namespace nianbao
