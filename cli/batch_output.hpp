#pragma once
// How each result of a batch is printed (text, json, csv, sarif) one file at a time, so the output of
// 1,000 reports streams without holding them: every piece is made by the core's renderers (one CSV
// schema: core/render/csv_render.cpp), and only the joins between pieces are done here.
#include <string>
#include <string_view>

#include "core/check.hpp"
#include "core/json/value.hpp"

namespace nianbao::cli {

struct Piece {
  std::string text;      // this file's part of the output
  std::string artifact;  // sarif: this file's artifact object (JSON), printed at the end
  json::Value csv;       // csv: the result, written by csv_piece when its turn comes (rows numbered on)
};

// Output before the first piece and after the last (`artifacts`: the sarif artifacts, comma-joined).
std::string batch_opening(const std::string& format, const std::string& lang);
std::string batch_closing(const std::string& format, const std::string& artifacts);

// The piece of result `index` (0-based). json and sarif pieces carry no separator: the caller puts ",\n"
// between two non-empty ones. A csv piece holds the result: csv_piece writes it in output order.
// `input` is the text checked (for the result's source positions); `previous_null` adds "previous": null,
// as a paired run does for a report with no previous one; `previous_note` is the pairing line printed
// under a text result.
Piece batch_piece(const Result& result, std::string_view input, std::size_t index, const std::string& format,
                  const std::string& lang, bool previous_null, const std::string& previous_note);

// The csv rows of a piece, numbered on from the `rows` printed before it (the header row before the first
// piece): one 整改清单 over the whole batch, as render_csv gives for all results at once.
std::string csv_piece(const Piece& piece, const std::string& lang, long long& rows, bool first);

}  // namespace nianbao::cli
