#include "core/rules/run.hpp"

namespace nianbao {

void run_text_rules(const Report& /*report*/, Findings& /*out*/) {}

}  // namespace nianbao
