#pragma once
// The fee cell of the 2021 table 二 (本年收费金额（单位：万元）): its unit (fee-unit) and its scale
// against the prose (fee-scale). Part of the cells family.
#include "core/model/report.hpp"
#include "core/rules/findings.hpp"

namespace nianbao {

void run_fee_rules(const Report& report, Findings& out);  // rules/fee_rules.cpp

}  // namespace nianbao
