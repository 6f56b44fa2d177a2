#include "core/rules/run.hpp"

namespace nianbao {

void run_cell_rules(const Report& /*report*/, Findings& /*out*/) {}

}  // namespace nianbao
