// One RFC 4180 row per diagnostic, for spreadsheets and scripts. UTF-8, CRLF line ends, fields quoted
// when they hold a comma, quote, CR or LF; messages are in the language the results were made in.
#include "core/render/json_read.hpp"
#include "core/render/render.hpp"

namespace nianbao {

namespace {

// A plain number: optional sign, digits, at most one decimal point ("-3", "+0.5", "12").
bool plain_number(const std::string& f) {
  std::size_t i = f[0] == '-' || f[0] == '+' ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < f.size(); ++i) {
    if (f[i] >= '0' && f[i] <= '9')
      digits = true;
    else if (f[i] == '.' && !dot)
      dot = true;
    else
      return false;
  }
  return digits;
}

// Spreadsheets run a text field that starts with = + - @ (or a tab or CR) as a formula, even after
// leading spaces; report text and file names are not ours, so such fields get a leading apostrophe
// (OWASP advice). Only a field that is entirely a plain number keeps its sign unprefixed:
// "-1+cmd|' /C calc'!A0" and "-0.5+HYPERLINK(...)" start like numbers and are formulas.
// Control characters (C0 but tab and line breaks, DEL, C1) become spaces: they hide text from the
// reader. A line break stays one (the field is quoted), written as LF.
std::string defuse(const std::string& f) {
  std::string out;
  out.reserve(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(f[i]);
    if (c == '\r') {
      if (i + 1 < f.size() && f[i + 1] == '\n') continue;  // CRLF -> LF
      out += '\n';
    } else if (c == '\n' || c == '\t') {
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += ' ';
    } else if (c == 0xc2 && i + 1 < f.size() && static_cast<unsigned char>(f[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(f[i + 1]) <= 0x9f) {
      out += ' ';  // U+0080..U+009F
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (out.empty() || plain_number(out)) return out;
  std::size_t first = out.find_first_not_of(" \t\n");
  if (first == std::string::npos) return out;
  const char c = out[first];
  bool risky =
      c == '=' || c == '+' || c == '-' || c == '@' || out[0] == '\t' || out[0] == '\n' || f[0] == '\r';
  return risky ? "'" + out : out;
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
