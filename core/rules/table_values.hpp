#pragma once
// The values the prose is compared with: the relation engine's (FORMAT V5: a blank or placeholder part
// counts as 0, a blank 总计 of table 三 stands for the sum of its parts), computed once per report, so the
// text rules and the table rules never disagree about what a cell stands for.
#include <optional>
#include <string>

#include "core/model/report.hpp"
#include "core/rules/relation_engine.hpp"

namespace nianbao::rules {

class TableValues {
 public:
  TableValues(const Report& report, const RelationSet& relations) : report_(report), relations_(relations) {}
  const Report& report() const { return report_; }
  // The value of cell `key` ("t3.r7.total"): the relations' value, or for a cell in no relation its own
  // arithmetic value; none when missing or not a number (not assessable).
  std::optional<Decimal> value(const std::string& key) const;

 private:
  const Report& report_;
  const RelationSet& relations_;
};

}  // namespace nianbao::rules
