#pragma once
// The problem list under the tables: one <li id="nb-diag-N"> per diagnostic, in result order, the
// target of the footnote numbers in the cells.
#include <nlohmann/json.hpp>
#include <string>

#include "core/render/ui_strings.hpp"

namespace nianbao::html {

std::string problem_list(const nlohmann::json& result, const ui::Strings& s);

}  // namespace nianbao::html
