#pragma once
// The official tables 二/三/四 re-drawn from the template (FORMAT.md §2.2–2.4, §3.1–3.3): every
// cell of the form is drawn, present or not, so a missing row shows as a gap in the familiar layout.
#include <set>
#include <string>

#include "core/render/html_cell.hpp"

namespace nianbao::html {

std::string table2(const Context& c);
std::string table3(const Context& c);
std::string table4(const Context& c);

// Cells of `table` the layout had no place for (extra columns, rows of another template), listed
// with their keys so nothing the report says is dropped. `placed` holds the keys already drawn.
std::string extras(const Context& c, const std::string& table, const std::set<std::string>& placed);

// <table> opening with its caption ("表三 收到和处理政府信息公开申请情况"), marked by "t3" diagnostics.
std::string table_open(const Context& c, const std::string& table, int index);

}  // namespace nianbao::html
