#include "core/rules/run.hpp"

namespace nianbao {

void run_all_rules(const Report& report, const rules::RelationSet& relations, Findings& out) {
  run_document_rules(report, out);
  run_structure_rules(report, out);
  run_cell_rules(report, out);
  run_arithmetic_rules(report, relations, out);
  run_text_rules(report, relations, out);
}

}  // namespace nianbao
