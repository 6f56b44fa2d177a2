#pragma once
// A finding's fingerprint: the same finding gets the same fingerprint after re-checks and after edits
// elsewhere in the report, so review marks (已核实 / 忽略) made in the page or given to the CLI as a
// suppression file stay attached to it. SARIF carries it as partialFingerprints.
#include <string_view>
#include <vector>

#include "core/model/diagnostic.hpp"

namespace nianbao {

// Sets `fingerprint` on every diagnostic. What identifies a finding: its rule; the cell it is about and
// the value found there (a changed value is a new finding), or else the source text it points at
// (whitespace-insensitive, never its offset); and, for identical ones, their order. 16 hex digits.
void assign_fingerprints(std::vector<Diagnostic>& diagnostics, std::string_view utf8_input);

}  // namespace nianbao
