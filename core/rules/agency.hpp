#pragma once
// What kind of body wrote the report, read from its title and agency name. Two rules depend on it:
// only people's governments must report 工作考核、社会评议和责任追究 (条例 Art. 50(四)), and only
// 国务院部门 and the governments of provinces and 设区的市/自治州 can make 规章 (立法法).
#include "core/model/report.hpp"

namespace nianbao::rules {

// The body's name: report.agency, else the title up to the year (“洪泽区人民政府2023年…” -> 洪泽区人民政府).
std::string agency_name(const Report& report);

// A people's government itself (人民政府, 乡/镇政府, 街道办事处), not one of its offices or departments.
bool is_people_government(const Report& report);

// A township, street office, county or district body, or a county-level department: cannot make 规章.
bool below_rule_making_level(const Report& report);

}  // namespace nianbao::rules
