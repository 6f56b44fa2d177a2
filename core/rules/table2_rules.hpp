#pragma once
// Plausibility of table 二 (arithmetic family): t2-rules-power and t2-valid-below-issued.
#include "core/model/report.hpp"
#include "core/rules/findings.hpp"

namespace nianbao {

void run_table2_rules(const Report& report, Findings& out);  // rules/table2_rules.cpp

}  // namespace nianbao
