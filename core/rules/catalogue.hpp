#pragma once
// The rule catalogue: the one home of everything said about a rule — id, severity, scope, documentation
// and the zh/en message templates its findings are worded with. Rows live in core/rules/catalogue/*.hpp
// (one file per family). Rule code names a rule with NB_RULE("t3-balance"): the id is looked up at
// compile time, so a misspelt id does not compile. Rule code passes slot values; the catalogue formats.
// `nianbao rules`, checker.rules(), SARIF's rule list and docs/rules/ are generated from the same rows.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules/catalogue/arithmetic.hpp"
#include "core/rules/catalogue/cells.hpp"
#include "core/rules/catalogue/document.hpp"
#include "core/rules/catalogue/reserved.hpp"
#include "core/rules/catalogue/shared.hpp"
#include "core/rules/catalogue/structure.hpp"
#include "core/rules/catalogue/text.hpp"
#include "core/rules/rule_def.hpp"

namespace nianbao {

namespace catalogue_rows {

struct Family {
  const RuleDef* rows;
  std::size_t size;
};
// The order of `nianbao rules` and of the generated docs.
inline constexpr Family kFamilies[] = {
    {kDocumentRules, std::size(kDocumentRules)}, {kStructureRules, std::size(kStructureRules)},
    {kCellsRules, std::size(kCellsRules)},       {kArithmeticRules, std::size(kArithmeticRules)},
    {kTextRules, std::size(kTextRules)},         {kReservedRules, std::size(kReservedRules)},
};

constexpr std::size_t rule_count() {
  std::size_t n = 0;
  for (const auto& f : kFamilies) n += f.size;
  return n;
}

// Index of `id` among all rows; an unknown id reaches catalogue_error, which fails a compile-time evaluation.
constexpr std::size_t index_of(std::string_view id) {
  std::size_t i = 0;
  for (const auto& f : kFamilies)
    for (std::size_t k = 0; k < f.size; ++k, ++i)
      if (std::string_view(f.rows[k].id) == id) return i;
  catalogue_error("unknown rule id: add its row to core/rules/catalogue/");
}

constexpr std::size_t shared_index_of(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kSharedTexts); ++i)
    if (std::string_view(kSharedTexts[i].name) == name) return i;
  catalogue_error("unknown shared template: add it to core/rules/catalogue/shared.hpp");
}

}  // namespace catalogue_rows

// A rule, by its position in the catalogue. Made by NB_RULE only (checked at compile time).
struct RuleRef {
  std::size_t index;
  const RuleDef& def() const;
  const char* id() const { return def().id; }
  bool operator==(RuleRef o) const { return index == o.index; }
  bool operator!=(RuleRef o) const { return index != o.index; }
};

// A shared message template (catalogue/shared.hpp), by its position. Made by NB_SHARED_TEXT only.
struct SharedTextRef {
  std::size_t index;
};

}  // namespace nianbao

// NB_RULE("t3-balance"): a typed reference to a catalogue row; a misspelt id is a compile error.
#define NB_RULE(id) \
  (::nianbao::RuleRef{std::integral_constant<std::size_t, ::nianbao::catalogue_rows::index_of(id)>::value})
#define NB_SHARED_TEXT(name) \
  (::nianbao::SharedTextRef{ \
      std::integral_constant<std::size_t, ::nianbao::catalogue_rows::shared_index_of(name)>::value})

namespace nianbao {

// Every row, in catalogue order.
std::size_t rule_count();
const RuleDef& rule_at(std::size_t index);
// Run-time lookup by id (input from outside: a JSON file, a command line); nullptr when unknown.
const RuleDef* find_rule(std::string_view id);

// A value for a template slot: one text for both languages, or one per language.
struct Slot {
  std::string_view name;
  std::string zh, en;
  Slot(std::string_view n, std::string both) : name(n), zh(both), en(std::move(both)) {}
  Slot(std::string_view n, std::string z, std::string e) : name(n), zh(std::move(z)), en(std::move(e)) {}
};
using Slots = std::vector<Slot>;

struct Message {
  std::string zh, en;
};

// Fills `{name}` slots of a template; a slot without a value stays as "{name}" (tests look for that).
std::string fill(std::string_view text, const Slots& slots, bool en);
Message format(const MessageTemplate& t, const Slots& slots);
// The rule's template `name` ("message" unless the rule words its findings in variants); an unknown
// name gives the shared template the rule uses, else an empty message.
Message format(RuleRef rule, std::string_view name, const Slots& slots);
Message format(SharedTextRef text, const Slots& slots);
const MessageTemplate* find_template(const RuleDef& rule, std::string_view name);

// The `{name}` slots a template text uses, in order of first appearance.
std::vector<std::string> slots_of(std::string_view text);

}  // namespace nianbao
