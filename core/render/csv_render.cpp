// One RFC 4180 row per diagnostic, for spreadsheets and scripts. UTF-8, CRLF line ends, fields quoted
// when they hold a comma, quote, CR or LF; messages are in the language the results were made in.
#include "core/render/json_read.hpp"
#include "core/render/render.hpp"

namespace nianbao {

namespace {

// Spreadsheets run a text field that starts with = + @ (or - followed by a non-number) as a formula;
// report text and file names are not ours, so such fields get a leading apostrophe (OWASP advice).
std::string defuse(const std::string& f) {
  if (f.empty()) return f;
  char c = f[0];
  bool risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r';
  if (c == '-' && f.size() > 1 && !(f[1] >= '0' && f[1] <= '9') && f[1] != '.') risky = true;
  return risky ? "'" + f : f;
}

std::string field(const std::string& f) {
  if (f.find_first_of(",\"\r\n") == std::string::npos) return f;
  std::string q = "\"";
  for (char c : f) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// expected/found: numbers as printed by JSON (never defused: "-3" is a number), strings defused.
std::string value_field(const nlohmann::json& v) {
  return v.is_string() ? field(defuse(v.get<std::string>())) : field(jr::scalar(v));
}

}  // namespace

std::string render_csv(const nlohmann::json& results) {
  std::string out = "file,rule,severity,cell,line,column,expected,found,message\r\n";
  const nlohmann::json list = results.is_array() ? results : nlohmann::json::array({results});
  for (const auto& r : list) {
    const std::string file = field(defuse(jr::str(r, "file")));
    const auto& diags = jr::at(r, "diagnostics");
    if (!diags.is_array()) continue;
    for (const auto& d : diags) {
      const auto& at = jr::at(d, "at");
      const long long line = jr::num(at, "line", 0), column = jr::num(at, "column", 0);
      out += file + "," + field(defuse(jr::str(d, "rule"))) + "," + field(defuse(jr::str(d, "severity"))) +
             "," + field(defuse(jr::str(d, "cell"))) + "," + (line > 0 ? std::to_string(line) : "") + "," +
             (line > 0 && column > 0 ? std::to_string(column) : "") + "," +
             value_field(jr::at(d, "expected")) + "," + value_field(jr::at(d, "found")) + "," +
             field(defuse(jr::str(d, "message"))) + "\r\n";
    }
  }
  return out;
}

}  // namespace nianbao
