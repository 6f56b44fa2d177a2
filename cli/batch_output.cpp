#include "cli/batch_output.hpp"

#include "core/render/render.hpp"

namespace nianbao::cli {

namespace {

// An array element as nlohmann's dump(2) of the whole array would print it.
std::string indented(const nlohmann::json& j) {
  std::string s = j.dump(2), out = "  ";
  for (char c : s) {
    out += c;
    if (c == '\n') out += "  ";
  }
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

Piece batch_piece(const nlohmann::json& result, std::size_t index, const std::string& format,
                  const std::string& lang, const std::string& previous_note) {
  Piece p;
  nlohmann::json one = nlohmann::json::array({result});
  if (format == "json") {
    p.text = indented(result);
  } else if (format == "csv") {
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

Piece batch_json_piece(std::string json, bool previous_null) {
  if (previous_null) {
    // Top-level keys come in sorted order, one per line at indent 2: "previous" goes before "report"
    // (after "input"), the place nlohmann's sorted keys gave it.
    static const std::string report_key = "\n  \"report\": ";
    std::size_t at = json.find(report_key);
    if (at != std::string::npos) json.insert(at, "\n  \"previous\": null,");
  }
  Piece p;
  p.text.reserve(json.size() + json.size() / 8);
  p.text += "  ";
  for (std::size_t from = 0; from < json.size();) {
    std::size_t nl = json.find('\n', from);
    if (nl == std::string::npos) nl = json.size() - 1;
    p.text.append(json, from, nl + 1 - from);
    if (json[nl] == '\n') p.text += "  ";
    from = nl + 1;
  }
  return p;
}

std::string csv_piece(const Piece& piece, const std::string& lang, long long& rows, bool first) {
  return render_csv_part(piece.csv, lang, first, rows + 1, &rows);
}

}  // namespace nianbao::cli
