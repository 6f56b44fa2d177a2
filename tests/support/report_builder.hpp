#pragma once
// Reports built in code for rule tests: complete and balanced (every relation holds, no finding),
// to be mutated one cell or one section at a time. Every cell gets its own source range so tests
// can check where a finding points.
#include <string>
#include <vector>

#include "core/model/report.hpp"

namespace nianbao::testing {

// A 2023 report of a city department in the 2021 format, with non-trivial numbers in tables 三/四.
Report balanced_2021();
// A 2020 report in the 2019 format (table 二 of 60号, single row （六）其他处理).
Report balanced_2019();

// The cell at a canonical key ("t3.new.total"); the row must exist.
CellValue& cell(Report& report, const std::string& key);
const CellValue& cell(const Report& report, const std::string& key);
// Writes a cell as the report would ("3", "", "/", "见附件", "3940元"), read like the recogniser does.
void set(Report& report, const std::string& key, const std::string& raw);
void set_number(Report& report, const std::string& key, long long value);
TableRow* row(Report& report, const std::string& table, const std::string& key);
void remove_row(Report& report, const std::string& table, const std::string& key);
// Adds a row the template does not have (key "x1"...), numbers in the given columns.
TableRow& add_extra_row(Report& report, const std::string& table, const std::string& key,
                        const std::string& label);
// Replaces 表三's three （六） rows by the single 2019 row r6 (as corpus reports 001/002 have it).
void use_single_r6(Report& report);
// Replaces a section's prose (and the report's prose list) by these paragraphs.
void set_section_text(Report& report, const std::string& section, const std::vector<std::string>& paragraphs);
// Sets title and agency ("洪泽区人民政府", 2023 -> "洪泽区人民政府2023年政府信息公开工作年度报告").
void set_agency(Report& report, const std::string& agency, int year);
// Rebuilds report.prose from the preamble and the sections (after editing sections directly).
void rebuild_prose(Report& report);

}  // namespace nianbao::testing
