#include "core/render/render.hpp"
#include "core/rules/catalogue.hpp"
#include "core/rules/run.hpp"

namespace nianbao {

json::Value rules_json() {
  json::Value out = json::Value::array();
  for (std::size_t i = 0; i < rule_count(); ++i) {
    const RuleDef& r = rule_at(i);
    // The arithmetic rules' formulas are written from the relations of the template, not by hand.
    std::string formula = arithmetic_formula(r.id);
    if (formula.empty()) formula = r.formula_text;
    using V = json::Value;
    auto both = [](const auto& text) { return V::object({{"zh", text.zh}, {"en", text.en}}); };
    V rule = V::object({{"id", r.id},
                        {"severity", severity_name(r.severity)},
                        {"applies", r.applies},
                        {"family", r.family},
                        {"implemented", r.implemented},
                        {"title", both(r.title_text)},
                        {"description", both(r.description_text)},
                        {"formula", formula},
                        {"official", r.official_text},
                        {"example", V::object({{"fail", r.example_fail}, {"pass", r.example_pass}})},
                        {"fix", both(r.fix_text)}});
    if (*r.addition) rule.set("addition", r.addition);  // an id the specification does not list
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace nianbao
