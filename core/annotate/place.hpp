#pragma once
// Where a finding is, in the report's own words: 表三“（一）予以公开”行“总计”列, or the section heading as
// written. The clerk finds it in the document without knowing canonical keys.
#include <vector>

#include "core/model/diagnostic.hpp"
#include "core/model/report.hpp"

namespace nianbao {

// Sets place_zh / place_en on every diagnostic that has a cell or points into a section or the title.
void assign_places(std::vector<Diagnostic>& diagnostics, const Report& report);

}  // namespace nianbao
