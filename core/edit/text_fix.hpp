#pragma once
// Which text fixes a result offers (label-nonstandard: the official label in place of a misspelt one).
// A rule proposes the replacement against the source; it is offered only when it is certain and safe as a
// plain replacement in the text the user edits (the input, or canonical_text for HTML, .docx and PDF
// input): the range holds exactly what the reader took, on one line (no label joined over lines, nothing
// normalised), it overlaps no other certain fix, and the text with every offered fix applied reads back
// to the same report with those labels official and every cell what it was.
#include <string>
#include <string_view>
#include <vector>

#include "core/check.hpp"
#include "core/read/canonical_text.hpp"

namespace nianbao {

// Keeps or drops each diagnostic's proposed text_fix (moving it into canonical_text when there is one)
// and fills res.certain_text_fixes, in text order. Runs on diagnostics sorted by position. `canonical` is the
// canonical text of HTML/.docx/PDF input, else empty.
void settle_text_fixes(Result& res, std::string_view input, const CanonicalText& canonical);

// `text` with `fixes` applied: their ranges point into `text`, in order, not overlapping (as
// res.certain_text_fixes are); one that is not is left out.
std::string apply_text_fixes(std::string_view text, const std::vector<TextFix>& fixes);

}  // namespace nianbao
