#pragma once
// The rule table: every rule of RULES.md registered once, with its severity and documentation.
// It generates `nianbao rules`, checker.rules(), the SARIF rule list and docs/rules/.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostic.hpp"

namespace nianbao {

struct RuleInfo {
  std::string id;
  Severity severity;
  std::string applies;  // "all", "2021", "2019"
  std::string
      family;  // "document", "structure", "cells", "arithmetic", "text", "previous", "publication", "later"
  std::string title_zh, title_en;
  std::string description_zh, description_en;
  std::string formula;         // canonical-key formula, where there is one
  std::string official;        // official wording (printed in the table or the format), where there is one
  std::string example_fail;    // a failing example
  std::string example_pass;    // a passing example
  std::string fix_zh, fix_en;  // how to fix
  bool implemented = true;     // false for reserved ids (previous year, publication, later)
};

const std::vector<RuleInfo>& rule_catalogue();
// Entries of the text family, defined in rules/text_catalogue.cpp and merged by rule_catalogue().
void append_text_rule_infos(std::vector<RuleInfo>& rules);
const RuleInfo* find_rule(std::string_view id);

}  // namespace nianbao
