#pragma once
// Running the rule families of this test suite (document, structure, cells, arithmetic) on a
// report and picking out findings. The text family is left out: its own tests cover it.
#include <string>
#include <vector>

#include "core/rules/findings.hpp"
#include "core/rules/run.hpp"

namespace nianbao::testing {

inline Findings run_families(const Report& report) {
  Findings out;
  run_document_rules(report, out);
  run_structure_rules(report, out);
  run_cell_rules(report, out);
  run_arithmetic_rules(report, rules::RelationSet(report), out);
  return out;
}

inline std::vector<Diagnostic> with_rule(const Findings& f, const std::string& rule) {
  std::vector<Diagnostic> out;
  for (const auto& d : f.diagnostics())
    if (d.rule == rule) out.push_back(d);
  return out;
}

inline std::vector<std::string> rule_ids(const Findings& f) {
  std::vector<std::string> out;
  for (const auto& d : f.diagnostics()) out.push_back(d.rule);
  return out;
}

}  // namespace nianbao::testing
