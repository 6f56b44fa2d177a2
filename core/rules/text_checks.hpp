#pragma once
// The checks of the "Text against tables" family (RULES.md), one group per file; run_text_rules calls them.
#include "core/model/report.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/prose_scan.hpp"
#include "core/rules/table_values.hpp"

namespace nianbao::rules {

// text_count_rules.cpp: applications, handled, outcomes, carry-out, norm-issued.
// Each returns nothing; statements matched by the outcome and handled checks are recorded in `matched`
// so text-percentage can relate "占 X%" to the count before it.
struct MatchedCount {
  std::size_t quantity = 0;  // index into scan.quantities
  std::optional<Decimal> table_value;
  std::string name_zh, name_en;
  std::vector<std::string> cells;
};

void check_applications(const TableValues& values, const ProseScan& scan, Findings& out);
void check_handled(const TableValues& values, const ProseScan& scan, Findings& out,
                   std::vector<MatchedCount>& matched);
void check_outcomes(const TableValues& values, const ProseScan& scan, Findings& out,
                    std::vector<MatchedCount>& matched);
void check_carry_out(const TableValues& values, const ProseScan& scan, Findings& out);
void check_norm_issued(const TableValues& values, const ProseScan& scan, Findings& out);
// text_percentage_rule.cpp
void check_percentages(const TableValues& values, const ProseScan& scan,
                       const std::vector<MatchedCount>& matched, Findings& out);
// text_review_rules.cpp: counts, "none", "all upheld".
void check_review_litigation(const TableValues& values, const ProseScan& scan, Findings& out);
// text_consistency_rules.cpp
void check_self_contradiction(const Report& report, const ProseScan& scan, Findings& out);
void check_zero_disclosed(const Report& report, const ProseScan& scan, Findings& out);
// text_term_rule.cpp
void check_terms(const Report& report, const ProseScan& scan, Findings& out);

}  // namespace nianbao::rules
