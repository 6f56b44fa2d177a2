#pragma once
// Finds the six section headings (一…六) and gathers each section's prose.
#include <string_view>
#include <vector>

#include "core/model/document.hpp"
#include "core/model/report.hpp"

namespace nianbao {

struct SectionBounds {
  std::vector<Section> sections;       // s1..s6, `present` where found
  std::vector<std::size_t> start_row;  // row index of each heading (npos when absent), by s1..s6
  std::vector<std::size_t> end_row;    // first row after the section
};

SectionBounds find_sections(const Document& doc);

// Prose of rows [begin, end): paragraph rows (and one-cell rows) joined into paragraphs. Lines of
// wrapped text (PDF layout) are joined until a sentence ends or a sub-heading starts.
std::vector<TextPiece> gather_prose(const Document& doc, std::size_t begin, std::size_t end);

}  // namespace nianbao
