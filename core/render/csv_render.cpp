// The CSV 整改清单 (docs/csv.md): one RFC 4180 row per finding, for clerks' spreadsheets and scripts alike;
// the CLI, batch and the page write this one schema. UTF-8, CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF; headers and severities in `lang`, messages in the language of the results.
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

// The 整改清单 schema (docs/csv.md): one row per finding, the columns a clerk works down first.
struct Column {
  const char* zh;
  const char* en;
};
constexpr Column kColumns[] = {
    {"序号", "No."},          {"文件", "File"},    {"单位", "Agency"},  {"年度", "Year"},
    {"严重程度", "Severity"}, {"位置", "Place"},   {"问题", "Problem"}, {"应为", "Expected"},
    {"实为", "Found"},        {"建议修改", "Fix"}, {"规则", "Rule"},    {"单元格", "Cell"},
    {"行", "Line"},           {"列", "Column"},    {"审核", "Review"},  {"审核说明", "Review note"},
    {"指纹", "Fingerprint"}};

std::string severity_word(const std::string& s, bool zh) {
  if (s == "error") return zh ? "错误" : "error";
  if (s == "warning") return zh ? "警告" : "warning";
  if (s == "info") return zh ? "提示" : "info";
  return s;
}

std::string review_word(const std::string& s, bool zh) {
  if (s == "verified") return zh ? "已核实" : "verified";
  if (s == "ignored") return zh ? "忽略" : "ignored";
  return s;
}

// The fix as the clerk applies it: the value, with the cell when the fix is for another cell.
std::string fix_text(const nlohmann::json& d, bool zh) {
  const auto& fix = jr::at(d, "fix");
  if (!fix.is_object()) return "";
  std::string value = jr::scalar(jr::at(fix, "value"));
  std::string cell = jr::str(fix, "cell");
  std::string out = (zh ? "改为 " : "change to ") + value;
  if (!cell.empty() && cell != jr::str(d, "cell"))
    out += (zh ? "（单元格 " : " (cell ") + cell + (zh ? "）" : ")");
  return out;
}

}  // namespace

std::string render_csv(const nlohmann::json& results, const std::string& lang) {
  const bool zh = lang != "en";
  std::string out;
  for (const auto& c : kColumns) out += std::string(out.empty() ? "" : ",") + (zh ? c.zh : c.en);
  out += "\r\n";
  const nlohmann::json list = results.is_array() ? results : nlohmann::json::array({results});
  long long n = 0;
  for (const auto& r : list) {
    const std::string file = field(defuse(jr::str(r, "file")));
    const auto& report = jr::at(r, "report");
    const std::string agency = field(defuse(jr::str(report, "agency")));
    const std::string year = jr::at(report, "year").is_number() ? jr::scalar(jr::at(report, "year")) : "";
    const auto& diags = jr::at(r, "diagnostics");
    if (!diags.is_array()) continue;
    for (const auto& d : diags) {
      const auto& at = jr::at(d, "at");
      const long long line = jr::num(at, "line", 0), column = jr::num(at, "column", 0);
      const auto& review = jr::at(d, "review");
      out += std::to_string(++n) + "," + file + "," + agency + "," + year + "," +
             field(severity_word(jr::str(d, "severity"), zh)) + "," +
             field(defuse(jr::str(jr::at(d, "place"), zh ? "zh" : "en"))) + "," +
             field(defuse(jr::str(d, "message"))) + "," + value_field(jr::at(d, "expected")) + "," +
             value_field(jr::at(d, "found")) + "," + field(defuse(fix_text(d, zh))) + "," +
             field(defuse(jr::str(d, "rule"))) + "," + field(defuse(jr::str(d, "cell"))) + "," +
             (line > 0 ? std::to_string(line) : "") + "," +
             (line > 0 && column > 0 ? std::to_string(column) : "") + "," +
             field(review_word(jr::str(review, "status"), zh)) + "," +
             field(defuse(jr::str(review, "reason"))) + "," + field(defuse(jr::str(d, "fingerprint"))) +
             "\r\n";
    }
  }
  return out;
}

}  // namespace nianbao
