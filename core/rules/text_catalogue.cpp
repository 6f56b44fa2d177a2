// Rule-table entries of the "Text against tables" family (RULES.md), kept beside the text rules.
#include "core/rules/catalogue.hpp"

namespace nianbao {

void append_text_rule_infos(std::vector<RuleInfo>& /*rules*/) {}

}  // namespace nianbao
