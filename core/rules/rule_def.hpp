#pragma once
// One row of the rule catalogue: a rule's id, severity, scope, documentation and the message templates
// its findings are worded with. Rows are constexpr data built with named setters, so a row says what
// each string is and leaves out what it does not have:
//
//   rule("t4-total", Severity::Error, "all", "arithmetic")
//       .title("表四总计不符", "Table 4 total wrong")
//       .message("{row}：总计应为……之和 {expected}，实为 {found}", "{row}: … = {expected}, found {found}")
//
// A template names its slots in braces; the rule fills them (Slot below) and the catalogue formats.
#include <cstddef>
#include <cstdlib>

#include "core/model/diagnostic.hpp"

namespace nianbao {

// A mistake in the rule tables. It is not constexpr, so reaching it while the tables are evaluated
// at compile time fails the build (an unknown id, too many templates); `throw` cannot do that job
// because the WebAssembly build has no exceptions. At run time it cannot be reached by a checked id.
[[noreturn]] inline void catalogue_error(const char* /*why*/) { std::abort(); }

struct Bilingual {
  const char* zh = "";
  const char* en = "";
};

// A named message template in both languages. The main message is named "message"; rules that word
// a finding from parts (a reason, a list item) keep those parts here too, under their own names.
struct MessageTemplate {
  const char* name = "";
  const char* zh = "";
  const char* en = "";
};

struct RuleDef {
  static constexpr std::size_t kMaxTemplates = 12;

  const char* id = "";
  Severity severity = Severity::Error;
  const char* applies = "all";  // "all", "2021", "2019"
  const char* family = "";      // document, structure, cells, arithmetic, text, previous, publication, later
  Bilingual title_text, description_text, fix_text;
  const char* formula_text = "";   // canonical-key formula (arithmetic rules get theirs from the template)
  const char* official_text = "";  // the official wording, where the table or the format prints one
  const char* example_fail = "";
  const char* example_pass = "";
  bool implemented = true;  // false for ids reserved for checks that need more input
  const char* shared_message = "";
  const char* addition = "";  // why the project added this id to the specification's list (docs say so)  //
                              // the name of a template of catalogue/shared.hpp this rule words with
  MessageTemplate templates[kMaxTemplates] = {};
  std::size_t template_count = 0;

  constexpr RuleDef title(const char* zh, const char* en) const {
    RuleDef r = *this;
    r.title_text = {zh, en};
    return r;
  }
  constexpr RuleDef describe(const char* zh, const char* en) const {
    RuleDef r = *this;
    r.description_text = {zh, en};
    return r;
  }
  constexpr RuleDef formula(const char* f) const {
    RuleDef r = *this;
    r.formula_text = f;
    return r;
  }
  constexpr RuleDef official(const char* text) const {
    RuleDef r = *this;
    r.official_text = text;
    return r;
  }
  constexpr RuleDef example(const char* fails, const char* passes) const {
    RuleDef r = *this;
    r.example_fail = fails;
    r.example_pass = passes;
    return r;
  }
  constexpr RuleDef fix(const char* zh, const char* en) const {
    RuleDef r = *this;
    r.fix_text = {zh, en};
    return r;
  }
  constexpr RuleDef reserved() const {
    RuleDef r = *this;
    r.implemented = false;
    return r;
  }
  constexpr RuleDef added_because(const char* why) const {
    RuleDef r = *this;
    r.addition = why;
    return r;
  }
  constexpr RuleDef uses_shared(const char* name) const {
    RuleDef r = *this;
    r.shared_message = name;
    return r;
  }
  // The main message of a finding.
  constexpr RuleDef message(const char* zh, const char* en) const { return text("message", zh, en); }
  // Another named template (a variant of the message, or a part a message is assembled from).
  constexpr RuleDef text(const char* name, const char* zh, const char* en) const {
    RuleDef r = *this;
    if (r.template_count >= kMaxTemplates)
      catalogue_error("too many templates for one rule: raise kMaxTemplates");
    r.templates[r.template_count++] = {name, zh, en};
    return r;
  }
};

constexpr RuleDef rule(const char* id, Severity severity, const char* applies, const char* family) {
  RuleDef r;
  r.id = id;
  r.severity = severity;
  r.applies = applies;
  r.family = family;
  return r;
}

}  // namespace nianbao
