#pragma once
// Table 四 (行政复议、行政诉讼): fifteen numbers under a three-level header, read in header order.
#include "core/model/document.hpp"
#include "core/model/report.hpp"

namespace nianbao {

// Rows [begin, end) hold section 四. Fills report.t4.
void read_table_four(const Document& doc, std::size_t begin, std::size_t end, ReportTable& t4);

}  // namespace nianbao
