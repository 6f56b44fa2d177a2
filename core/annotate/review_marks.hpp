#pragma once
// Review marks (已核实 / 忽略): a clerk's or a supervisor's decision about one finding, made in the page
// and exported as a marks file, or written by hand for the CLI (`--marks FILE`, a suppression file).
// Marks refer to findings by fingerprint, so they survive re-checks and edits elsewhere.
//
// Marks file (docs/review-marks.md):
//   {"nianbao_marks": 1, "marks": [{"fingerprint": "0123456789abcdef", "status": "verified" | "ignored",
//     "reason": "…", "rule": "…", "place": "…"}]}        rule and place are for people reading the file
#include <string>

#include "core/json/value.hpp"

namespace nianbao {

// Sets diagnostics[].review = {status, reason} on every diagnostic of `results` (one result or an array)
// whose fingerprint has a mark, and summary.reviewed to their count. Returns false (with `error` set)
// when `marks` is not a marks file; unknown statuses are refused the same way.
bool apply_review_marks(json::Value& results, const json::Value& marks, std::string& error);

// Errors that carry no review mark: what still fails a check run.
int open_errors(const json::Value& results);

}  // namespace nianbao
