// The CSV 整改清单 (docs/csv.md): one RFC 4180 row per finding, for clerks' spreadsheets and scripts alike;
// the CLI, batch and the page write this one schema. UTF-8, CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF; headers and severities in `lang`, messages in the language of the results.
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
std::string value_field(const json::Value& v) {
  return v.is_string() ? field(defuse(v.str())) : field(jr::scalar(v));
}

// The 整改清单 schema (docs/csv.md): one row per finding, the columns a clerk works down first.
struct Column {
  const char* zh;
  const char* en;
};
constexpr Column kColumns[] = {{"序号", "No."},          {"文件", "File"},
                               {"单位", "Agency"},       {"年度", "Year"},
                               {"严重程度", "Severity"}, {"位置", "Place"},
                               {"问题", "Problem"},      {"应为", "Expected"},
                               {"实为", "Found"},        {"建议修改", "Fix"},
                               {"规则", "Rule"},         {"单元格", "Cell"},
                               {"行", "Line"},           {"列", "Column"},
                               {"审核", "Review"},       {"审核说明", "Review note"},
                               {"指纹", "Fingerprint"},  {"上一年度报告", "Previous year's report"}};

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
std::string fix_text(const json::Value& d, bool zh) {
  const auto& fix = jr::at(d, "fix");
  if (!fix.is_object()) return "";
  std::string value = jr::scalar(jr::at(fix, "value"));
  if (value.empty()) value = jr::str(fix, "text");  // a text fix: the official label
  std::string cell = jr::str(fix, "cell");
  std::string out = (zh ? "改为 " : "change to ") + value;
  if (!cell.empty() && cell != jr::str(d, "cell"))
    out += (zh ? "（单元格 " : " (cell ") + cell + (zh ? "）" : ")");
  return out;
}

}  // namespace

std::string render_csv(const json::Value& results, const std::string& lang) {
  return render_csv_part(results, lang, true, 1, nullptr);
}

std::string render_csv_part(const json::Value& results, const std::string& lang, bool header,
                            long long first_row, long long* rows) {
  const bool zh = lang != "en";
  std::string out;
  if (header) {
    for (const auto& c : kColumns) out += std::string(out.empty() ? "" : ",") + (zh ? c.zh : c.en);
    out += "\r\n";
  }
  const json::Value list = results.is_array() ? results : json::Value::array({results});
  long long n = first_row - 1;
  for (const auto& r : list) {
    const std::string file = field(defuse(jr::str(r, "file")));
    const auto& report = jr::at(r, "report");
    const std::string agency = field(defuse(jr::str(report, "agency")));
    const std::string year = jr::at(report, "year").is_number() ? jr::scalar(jr::at(report, "year")) : "";
    // The report it was compared with (cross-year rules, a batch's pairing): empty when none.
    const std::string previous = field(defuse(jr::str(jr::at(r, "previous"), "file")));
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
             field(defuse(jr::str(review, "reason"))) + "," + field(defuse(jr::str(d, "fingerprint"))) + "," +
             previous + "\r\n";
    }
  }
  if (rows) *rows += n - (first_row - 1);
  return out;
}

}  // namespace nianbao
