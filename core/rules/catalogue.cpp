// Run-time side of the rule catalogue: lookup by position or id, and template formatting.
#include "core/rules/catalogue.hpp"

namespace nianbao {

std::size_t rule_count() { return catalogue_rows::rule_count(); }

const RuleDef& rule_at(std::size_t index) {
  for (const auto& f : catalogue_rows::kFamilies) {
    if (index < f.size) return f.rows[index];
    index -= f.size;
  }
  return catalogue_rows::kFamilies[0].rows[0];  // unreachable for indexes made by NB_RULE
}

const RuleDef& RuleRef::def() const { return rule_at(index); }

const RuleDef* find_rule(std::string_view id) {
  for (const auto& f : catalogue_rows::kFamilies)
    for (std::size_t k = 0; k < f.size; ++k)
      if (id == f.rows[k].id) return &f.rows[k];
  return nullptr;
}

const MessageTemplate* find_template(const RuleDef& rule, std::string_view name) {
  for (std::size_t i = 0; i < rule.template_count; ++i)
    if (name == rule.templates[i].name) return &rule.templates[i];
  return nullptr;
}

std::vector<std::string> slots_of(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t p = text.find('{'); p != std::string_view::npos; p = text.find('{', p + 1)) {
    std::size_t e = text.find('}', p);
    if (e == std::string_view::npos) break;
    std::string name(text.substr(p + 1, e - p - 1));
    bool seen = false;
    for (const auto& n : out) seen = seen || n == name;
    if (!seen) out.push_back(name);
  }
  return out;
}

std::string fill(std::string_view text, const Slots& slots, bool en) {
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t p = text.find('{', i);
    std::size_t e = p == std::string_view::npos ? p : text.find('}', p);
    if (e == std::string_view::npos) break;
    out.append(text.substr(i, p - i));
    std::string_view name = text.substr(p + 1, e - p - 1);
    const Slot* value = nullptr;
    for (const auto& s : slots)
      if (s.name == name) value = &s;
    if (value)
      out += en ? value->en : value->zh;
    else
      out.append(text.substr(p, e - p + 1));  // left visible: a rule that forgot a slot shows in tests
    i = e + 1;
  }
  out.append(text.substr(i));
  return out;
}

Message format(const MessageTemplate& t, const Slots& slots) {
  return {fill(t.zh, slots, false), fill(t.en, slots, true)};
}

Message format(SharedTextRef text, const Slots& slots) {
  return format(catalogue_rows::kSharedTexts[text.index], slots);
}

Message format(RuleRef rule, std::string_view name, const Slots& slots) {
  const RuleDef& def = rule.def();
  if (const MessageTemplate* t = find_template(def, name)) return format(*t, slots);
  if (*def.shared_message)
    return format(SharedTextRef{catalogue_rows::shared_index_of(def.shared_message)}, slots);
  return {};
}

}  // namespace nianbao
