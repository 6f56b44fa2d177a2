#include "core/rules/findings.hpp"

#include "core/rules/catalogue.hpp"

namespace nianbao {

void Findings::add(Diagnostic d, bool keep_severity) {
  if (!keep_severity)
    if (const RuleInfo* r = find_rule(d.rule)) d.severity = r->severity;
  diagnostics_.push_back(std::move(d));
}

}  // namespace nianbao
