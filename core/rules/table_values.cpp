#include "core/rules/table_values.hpp"

#include "core/rules/describe.hpp"

namespace nianbao::rules {

std::optional<Decimal> TableValues::value(const std::string& key) const {
  if (const std::optional<Decimal>* v = relations_.value(key)) return *v;
  const CellValue* c = find_cell(report_, key);
  return c ? c->arithmetic() : std::nullopt;
}

}  // namespace nianbao::rules
