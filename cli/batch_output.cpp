#include "cli/batch_output.hpp"

#include "core/render/render.hpp"
#include "core/render/result_json.hpp"

namespace nianbao::cli {

namespace {

// A json piece straight from the core's JSON writer, without the nlohmann tree the other formats need
// (parsing and re-printing every result was a quarter of a text batch's time).
std::string json_piece(const Result& result, std::string_view input, const std::string& lang,
                       bool previous_null) {
  // An element of the batch's top-level array: indented one level, as dump(2) of the array would.
  std::string out = "  ";
  out.reserve(4096 + input.size() * 16);  // an indented result is many times its input
  JsonWriter w(out, 2, 1);
  write_result_json(w, result, input, lang, previous_null);
  return out;
}

// The sarif log of no results, split where the results go: what comes before them, and the run's
// own fields after them.
nlohmann::json empty_sarif(const std::string& lang) { return render_sarif(nlohmann::json::array(), lang); }

}  // namespace

std::string batch_opening(const std::string& format, const std::string& lang) {
  if (format == "json") return "[\n";
  if (format != "sarif") return "";
  nlohmann::json log = empty_sarif(lang);
  nlohmann::json run = log["runs"][0];
  run.erase("results");
  run.erase("artifacts");
  log.erase("runs");
  std::string head = log.dump();  // {"$schema":…,"version":"2.1.0"}
  std::string r = run.dump();     // {"columnKind":…,"tool":…}
  return head.substr(0, head.size() - 1) + ",\"runs\":[" + r.substr(0, r.size() - 1) + ",\"results\":[\n";
}

std::string batch_closing(const std::string& format, const std::string& artifacts) {
  if (format == "json") return "\n]\n";
  if (format == "sarif") return "\n],\"artifacts\":[" + artifacts + "]}]}\n";
  return "";
}

Piece batch_piece(const Result& checked, std::string_view input, std::size_t index, const std::string& format,
                  const std::string& lang, bool previous_null, const std::string& previous_note) {
  Piece p;
  if (format == "json") {
    p.text = json_piece(checked, input, lang, previous_null);
    return p;
  }
  nlohmann::json result = result_to_json(checked, input, lang);
  if (previous_null && !result.contains("previous")) result["previous"] = nullptr;
  nlohmann::json one = nlohmann::json::array({result});
  if (format == "csv") {
    p.csv = std::move(one);
  } else if (format == "sarif") {
    nlohmann::json log = render_sarif(one, lang);
    nlohmann::json& run = log["runs"][0];
    std::string sep;
    for (auto& r : run["results"]) {
      for (auto& loc : r["locations"])
        if (loc.contains("physicalLocation") && loc["physicalLocation"].contains("artifactLocation"))
          loc["physicalLocation"]["artifactLocation"]["index"] = index;
      p.text += sep + r.dump();
      sep = ",\n";
    }
    if (!run["artifacts"].empty()) p.artifact = run["artifacts"][0].dump();
  } else {
    p.text = render_text(one, lang) + previous_note + "\n";
  }
  return p;
}

std::string csv_piece(const Piece& piece, const std::string& lang, long long& rows, bool first) {
  return render_csv_part(piece.csv, lang, first, rows + 1, &rows);
}

}  // namespace nianbao::cli
