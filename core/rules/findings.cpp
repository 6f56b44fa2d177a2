#include "core/rules/findings.hpp"

namespace nianbao {

void Findings::add(RuleRef rule, Diagnostic&& d, const Slots& slots, std::string_view message) {
  add_message(rule, std::move(d), format(rule, message, slots));
}

void Findings::add_message(RuleRef rule, Diagnostic&& d, Message message) {
  d.rule = rule.id();
  d.severity = rule.def().severity;
  d.message_zh = std::move(message.zh);
  d.message_en = std::move(message.en);
  diagnostics_.push_back(std::move(d));
}

void Findings::add(Diagnostic d, bool keep_severity) {
  if (!keep_severity)
    if (const RuleDef* r = find_rule(d.rule)) d.severity = r->severity;
  diagnostics_.push_back(std::move(d));
}

}  // namespace nianbao
