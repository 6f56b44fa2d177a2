#pragma once
// Document -> Report: finds the title, year, sections, template and tables 二/三/四 by their labels.
#include "core/model/document.hpp"
#include "core/model/report.hpp"

namespace nianbao {

Report recognise(const Document& doc, std::string_view source);

// The title, agency and year alone, as recognise() finds them, without reading the tables: a batch's
// first pass pairs each report with its previous year's by these, and needs no more.
Report recognise_identity(const Document& doc);

}  // namespace nianbao
