#pragma once
// Rules that need more than the report itself: the same body's report of the year before
// (RULES.md "Against the previous year's report") and the date the report was published.
#include <string>
#include <string_view>

#include "core/model/report.hpp"
#include "core/rules/findings.hpp"

namespace nianbao {

// prev-carry-over, prev-valid-roll, prev-identical-tables (rules/previous_table_rules.cpp).
void run_previous_table_rules(const Report& report, const Report& previous, Findings& out);
// prev-duplicate-text (rules/previous_text_rule.cpp).
void run_previous_text_rule(const Report& report, const Report& previous, Findings& out);
// All of the above, once it is clear that `previous` is an earlier report (rules/previous_rules.cpp).
void run_previous_rules(const Report& report, const Report& previous, Findings& out);

// publish-late (rules/publication_rule.cpp): the date is `given` ("2024-01-20", "2024/1/20",
// "2024年1月20日") when the user supplied one, else a 发布日期/发布时间 line of `input`.
void run_publication_rule(const Report& report, std::string_view input, const std::string& given,
                          Findings& out);

}  // namespace nianbao
