#pragma once
// Document -> Report: finds the title, year, sections, template and tables 二/三/四 by their labels.
#include "core/model/document.hpp"
#include "core/model/report.hpp"

namespace nianbao {

Report recognise(const Document& doc, std::string_view source);

}  // namespace nianbao
