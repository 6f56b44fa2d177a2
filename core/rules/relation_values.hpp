#pragma once
// The value a table cell stands for in the relations (勾稽关系) and in the prose comparisons, FORMAT V5:
// a number is itself; a blank or placeholder part counts as 0; a blank 总计 of table 三 stands for the
// sum of its parts (so one blank total neither switches off nor falsely breaks the relations around
// it, and is reported by t3-total-blank with that sum as its fix); text and missing cells have none.
// Every rule that takes a value for arithmetic takes it here, so relations and prose agree.
#include <optional>
#include <string>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/report.hpp"

namespace nianbao::rules {

// Result rows of table 三 (A2): the template's, except that a report keeping the other template's
// （六） rows is summed over the rows it has (their absence is a template finding, not arithmetic).
std::vector<std::string> t3_result_rows(const Report& report);

// The value of the cell `key` ("t3.r7.total") for relations and prose; none when not assessable.
std::optional<Decimal> relation_value(const Report& report, const std::string& key);

// A blank 总计 of table 三 whose parts do not sum to 0: what it stands for.
struct BlankTotal {
  std::string cell;
  Decimal parts_sum;
};
// Every such cell, row totals (column 总计) first in row order, then the column totals of （七）总计.
std::vector<BlankTotal> t3_blank_totals(const Report& report);

}  // namespace nianbao::rules
