#include "cli/batch_output.hpp"

#include "core/render/render.hpp"
#include "core/render/result_json.hpp"

namespace nianbao::cli {

namespace {

// A json piece straight from the core's JSON writer, without the tree the other formats need
// (parsing and re-printing every result was a quarter of a text batch's time).
std::string json_piece(const Result& result, std::string_view input, const std::string& lang,
                       bool previous_null) {
  // An element of the batch's top-level array: indented one level, as dump(2) of the array would.
  std::string out = "  ";
  out.reserve(4096 + input.size() * 16);  // an indented result is many times its input
  JsonWriter w(out, 2, 1);
  write_result_json(w, result, input, lang, previous_null);
  w.flush();
  return out;
}

// The sarif log of no results, split where the results go: what comes before them, and the run's
// own fields after them.
json::Value empty_sarif(const std::string& lang) { return render_sarif(json::Value::array(), lang); }

}  // namespace

std::string batch_opening(const std::string& format, const std::string& lang) {
  if (format == "json") return "[\n";
  if (format != "sarif") return "";
  json::Value log = empty_sarif(lang);
  json::Value run = log["runs"][0];
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
  json::Value result = result_to_json(checked, input, lang);
  if (previous_null && !result.contains("previous")) result.set("previous", nullptr);
  json::Value one = json::Value::array({std::move(result)});
  if (format == "csv") {
    p.csv = std::move(one);
  } else if (format == "sarif") {
    json::Value log = render_sarif(one, lang);
    const json::Value& run = log["runs"][0];
    std::string sep;
    for (json::Value r : run["results"]) {
      json::Value* locations = r.find("locations");
      if (locations)
        for (auto& loc : *locations)
          if (json::Value* phys = loc.find("physicalLocation"))
            if (json::Value* artifact = phys->find("artifactLocation")) artifact->set("index", index);
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
