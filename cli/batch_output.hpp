#pragma once
// How each result of a batch is printed (text, json, csv, sarif) one file at a time, so the output of
// 1,000 reports streams without holding them: every piece is made by the core's renderers (one CSV
// schema: core/render/csv_render.cpp), and only the joins between pieces are done here.
#include <nlohmann/json.hpp>
#include <string>

namespace nianbao::cli {

struct Piece {
  std::string text;      // this file's part of the output
  std::string artifact;  // sarif: this file's artifact object (JSON), printed at the end
};

// Output before the first piece and after the last (`artifacts`: the sarif artifacts, comma-joined).
std::string batch_opening(const std::string& format, const std::string& lang);
std::string batch_closing(const std::string& format, const std::string& artifacts);

// The piece of result `index` (0-based; for csv only the first carries the header row). json and sarif
// pieces carry no separator: the caller puts ",\n" between two non-empty ones.
// `previous_note` is the pairing line printed under a text result.
Piece batch_piece(const nlohmann::json& result, std::size_t index, const std::string& format,
                  const std::string& lang, const std::string& previous_note);

}  // namespace nianbao::cli
