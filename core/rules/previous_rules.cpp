// The cross-year family: which comparisons make sense for the pair of years given.
#include "core/rules/previous.hpp"

namespace nianbao {

void run_previous_rules(const Report& report, const Report& previous, Findings& out) {
  // The same year twice (the report given as its own predecessor) would make every comparison fire.
  if (report.year && previous.year && *previous.year >= *report.year) {
    for (RuleRef rule : {NB_RULE("prev-carry-over"), NB_RULE("prev-valid-roll"),
                         NB_RULE("prev-duplicate-text"), NB_RULE("prev-identical-tables")})
      out.not_assessable(rule);
    return;
  }
  run_previous_table_rules(report, previous, out);
  run_previous_text_rule(report, previous, out);
}

}  // namespace nianbao
