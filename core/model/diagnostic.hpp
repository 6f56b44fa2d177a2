#pragma once
// One finding: which rule, how bad, where (canonical cells and a source range), what was expected and
// found, the messages in Chinese and English, and a fix when one is certain.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/range.hpp"

namespace nianbao {

enum class Severity { Error, Warning, Info };
const char* severity_name(Severity s);

struct Fix {
  std::string cell;  // canonical key, "t3.new.total"
  Decimal value;
};

struct Diagnostic {
  std::string rule;
  Severity severity = Severity::Error;
  std::string message_zh;
  std::string message_en;
  std::string cell;                // the cell the finding is about (canonical key), if any
  std::vector<std::string> cells;  // every cell involved (e.g. all operands of a failing sum)
  std::optional<Range> at;         // where to point in the input
  nlohmann::json expected;         // null when not applicable; number or string otherwise
  nlohmann::json found;
  std::optional<Fix> fix;
  // Passages compared across two reports (prev-duplicate-text): shown side by side, this year's first.
  std::string passage, previous_passage;
};

// JSON number for an exact decimal: integer when whole, otherwise the shortest decimal.
nlohmann::json decimal_json(Decimal d);

}  // namespace nianbao
