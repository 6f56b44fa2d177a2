#pragma once
// One finding: which rule, how bad, where (canonical cells and a source range), what was expected and
// found, the messages in Chinese and English, and a fix when one is certain.
#include <optional>
#include <string>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/range.hpp"

namespace nianbao {

enum class Severity { Error, Warning, Info };
const char* severity_name(Severity s);

// What a finding expected or found: nothing, an exact number, or a text (OUTPUT.md `expected`/`found`).
// A plain value rather than a JSON tree, so the model needs no JSON library and render/ writes it.
class Scalar {
 public:
  enum class Kind { Null, Number, Text };
  Scalar() = default;
  Scalar(Decimal d) : kind_(Kind::Number), number_(d) {}  // NOLINT: implicit on purpose (d.found = n)
  Scalar(int v) : Scalar(Decimal::from_int(v)) {}
  Scalar(long v) : Scalar(Decimal::from_int(v)) {}
  Scalar(long long v) : Scalar(Decimal::from_int(v)) {}
  Scalar(std::string s) : kind_(Kind::Text), text_(std::move(s)) {}
  Scalar(const char* s) : kind_(Kind::Text), text_(s) {}

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::Null; }
  Decimal number() const { return number_; }
  const std::string& text() const { return text_; }

  bool operator==(const Scalar& o) const {
    return kind_ == o.kind_ && number_ == o.number_ && text_ == o.text_;
  }
  bool operator!=(const Scalar& o) const { return !(*this == o); }
  // For tests: compare with a plain number as written (2.5 == 2.5 万元).
  bool operator==(double v) const {
    return kind_ == Kind::Number && static_cast<double>(number_.micros()) / Decimal::kScale == v;
  }

 private:
  Kind kind_ = Kind::Null;
  Decimal number_;
  std::string text_;
};

struct Fix {
  std::string cell;  // canonical key, "t3.new.total"
  Decimal value;
};

// A text certain to be right in place of the written one (label-nonstandard: the official label of a
// misspelt row label). A rule proposes it against the source; check() keeps it only when it is safe to
// apply as a plain replacement (core/edit/text_fix.hpp) and then says where the user edits it: in the
// input, or in Result::canonical_text for HTML, .docx and PDF input (`in_canonical_text`).
struct TextFix {
  Range at;              // the range to replace
  std::string replaces;  // what the range holds, as the reader took it
  std::string text;      // what to write instead
  bool in_canonical_text = false;
};

struct Diagnostic {
  std::string rule;
  Severity severity = Severity::Error;
  std::string message_zh;
  std::string message_en;
  std::string cell;                // the cell the finding is about (canonical key), if any
  std::vector<std::string> cells;  // every cell involved (e.g. all operands of a failing sum)
  std::optional<Range> at;         // where to point in the input
  std::optional<Range> text_at;    // the same place in Result::canonical_text
  Scalar expected;                 // null when not applicable; number or string otherwise
  Scalar found;
  std::optional<Fix> fix;
  std::optional<TextFix> text_fix;  // a text fix (never with `fix`); JSON `fix` either way
  // Added after the rules ran (core/annotate/): the place in the report's own words, and the identity
  // that review marks and suppression files refer to.
  std::string place_zh;
  std::string place_en;
  std::string fingerprint;
  // Passages compared across two reports (prev-duplicate-text): shown side by side, this year's first.
  std::string passage, previous_passage;
};

// An exact decimal as an expected/found value (render/ prints it as a JSON number).
inline Scalar decimal_json(Decimal d) { return Scalar(d); }

}  // namespace nianbao
