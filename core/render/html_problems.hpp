#pragma once
// The problem list under the tables: one <li id="nb-diag-N"> per diagnostic, in result order, the
// target of the footnote numbers in the cells.
#include <string>

#include "core/json/value.hpp"
#include "core/render/ui_strings.hpp"

namespace nianbao::html {

std::string problem_list(const json::Value& result, const ui::Strings& s);

}  // namespace nianbao::html
