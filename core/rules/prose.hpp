#pragma once
// Reading the report's prose for the rules that look at words: a compact form of each paragraph
// (full-width digits folded, whitespace dropped, since PDF text writes "2023 年") that still knows
// where every byte stands in the input, so findings can point at the words.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/report.hpp"

namespace nianbao::rules {

struct Compact {
  std::string text;
  std::vector<std::size_t> pos;  // for each byte of text (and one past the end): byte index in piece->text
  const TextPiece* piece = nullptr;
  Range range(std::size_t b, std::size_t e) const;  // source range of text[b, e)
};

Compact compact_piece(const TextPiece& piece);
// All prose of the report: report.prose, or the sections' paragraphs when the recogniser gave none.
std::vector<const TextPiece*> prose_pieces(const Report& report);
// The section's paragraphs, compacted and joined (for keyword tests over a whole section).
std::string section_text(const Section& section);

bool mentions_any(const std::string& text, const std::vector<std::string>& words);

}  // namespace nianbao::rules
