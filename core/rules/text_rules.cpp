// The "Text against tables" family: numbers and claims of the prose against tables 二/三/四 and against
// each other. Prefer silence to a guess: a statement whose subject or scope is unclear is not compared.
#include "core/rules/run.hpp"
#include "core/rules/text_checks.hpp"

namespace nianbao {

void run_text_rules(const Report& report, const rules::RelationSet& relations, Findings& out) {
  std::vector<TextPiece> storage;
  const std::vector<TextPiece>& prose = rules::report_prose(report, storage);
  rules::ProseScan scan = rules::scan_prose(prose);
  std::vector<rules::MatchedCount> matched;
  const rules::TableValues values(report,
                                  relations);  // what the tables say, as the relations read them (FORMAT V5)
  rules::check_applications(values, scan, out);
  rules::check_handled(values, scan, out, matched);
  rules::check_outcomes(values, scan, out, matched);
  rules::check_percentages(values, scan, matched, out);
  rules::check_carry_out(values, scan, out);
  rules::check_review_litigation(values, scan, out);
  rules::check_norm_issued(values, scan, out);
  rules::check_self_contradiction(report, scan, out);
  rules::check_zero_disclosed(report, scan, out);
  rules::check_terms(report, scan, out);
}

}  // namespace nianbao
