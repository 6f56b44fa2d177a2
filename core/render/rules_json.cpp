#include "core/render/render.hpp"
#include "core/rules/catalogue.hpp"

namespace nianbao {

nlohmann::json rules_json() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : rule_catalogue()) {
    out.push_back({{"id", r.id},
                   {"severity", severity_name(r.severity)},
                   {"applies", r.applies},
                   {"family", r.family},
                   {"implemented", r.implemented},
                   {"title", {{"zh", r.title_zh}, {"en", r.title_en}}},
                   {"description", {{"zh", r.description_zh}, {"en", r.description_en}}},
                   {"formula", r.formula},
                   {"official", r.official},
                   {"example", {{"fail", r.example_fail}, {"pass", r.example_pass}}},
                   {"fix", {{"zh", r.fix_zh}, {"en", r.fix_en}}}});
  }
  return out;
}

}  // namespace nianbao
