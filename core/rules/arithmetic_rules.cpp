#include "core/rules/run.hpp"

namespace nianbao {

void run_arithmetic_rules(const Report& /*report*/, Findings& /*out*/) {}

}  // namespace nianbao
