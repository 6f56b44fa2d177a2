#include "core/render/render.hpp"
#include "core/rules/catalogue.hpp"
#include "core/rules/run.hpp"

namespace nianbao {

nlohmann::json rules_json() {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < rule_count(); ++i) {
    const RuleDef& r = rule_at(i);
    // The arithmetic rules' formulas are written from the relations of the template, not by hand.
    std::string formula = arithmetic_formula(r.id);
    if (formula.empty()) formula = r.formula_text;
    out.push_back({{"id", r.id},
                   {"severity", severity_name(r.severity)},
                   {"applies", r.applies},
                   {"family", r.family},
                   {"implemented", r.implemented},
                   {"title", {{"zh", r.title_text.zh}, {"en", r.title_text.en}}},
                   {"description", {{"zh", r.description_text.zh}, {"en", r.description_text.en}}},
                   {"formula", formula},
                   {"official", r.official_text},
                   {"example", {{"fail", r.example_fail}, {"pass", r.example_pass}}},
                   {"fix", {{"zh", r.fix_text.zh}, {"en", r.fix_text.en}}}});
    if (*r.addition) out.back()["addition"] = r.addition;  // an id the specification does not list
  }
  return out;
}

}  // namespace nianbao
