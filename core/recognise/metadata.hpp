#pragma once
// Title, agency, report year and template of a report.
#include "core/model/document.hpp"
#include "core/model/report.hpp"

namespace nianbao {

// Fills title, title_at, agency, year, year_at from the rows before the first section (or the start).
void find_title_and_year(const Document& doc, std::size_t first_section_row, Report& report);

// Collects 2019-only and 2021-only labels (FORMAT §3.4) from the table cells of rows [begin, end)
// and decides report.template_id together with the year and the shape of table 三.
void detect_template(const Document& doc, Report& report);

}  // namespace nianbao
