#pragma once
// Which template's rules apply to a report (the rule table's `applies`): a report recognised as
// neither template is held to the 2021 format unless its year says it predates it.
#include "core/model/report.hpp"

namespace nianbao::rules {

inline bool applies_2021(const Report& r) {
  return r.template_id == "2021" || (r.template_id == "unknown" && (!r.year || *r.year >= 2021));
}
inline bool applies_2019(const Report& r) {
  return r.template_id == "2019" || (r.template_id == "unknown" && r.year && *r.year <= 2020);
}

}  // namespace nianbao::rules
