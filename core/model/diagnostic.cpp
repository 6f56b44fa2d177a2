#include "core/model/diagnostic.hpp"

namespace nianbao {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "error";
}

nlohmann::json decimal_json(Decimal d) {
  if (d.is_integer()) return nlohmann::json(d.integer_part());
  // Parsed from the exact decimal text so JSON prints it without binary noise (7730.28, not 7730.2800000001).
  return nlohmann::json::parse(d.str());
}

}  // namespace nianbao
