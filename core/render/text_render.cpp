// Plain-text report for terminals and logs: a header line per file, one line per diagnostic in the
// compiler-like form LINE:COL  severity  rule  message, details indented below, then a summary.
#include <algorithm>

#include "core/render/json_read.hpp"
#include "core/render/render.hpp"
#include "core/render/ui_strings.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

std::string where(const json::Value& d) {
  const auto& at = jr::at(d, "at");
  if (jr::num(at, "line", 0) > 0)
    return std::to_string(jr::num(at, "line")) + ":" + std::to_string(jr::num(at, "column", 1));
  std::string path = jr::str(at, "path");  // .docx inputs point by paragraph/cell path
  return path.empty() ? "-" : path;
}

// Report text is not ours: control characters (ESC sequences could repaint a terminal) are dropped,
// and a message that spans lines continues under its first line instead of breaking the columns.
std::string clean(const std::string& text, const std::string& indent) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = utf8::next(text, i);
    if (cp == '\n') {
      out += "\n" + indent;
    } else if (cp == '\t') {
      out += ' ';
    } else if (cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f)) {
      utf8::append(out, cp);
    }
  }
  return out;
}

// Terminal columns: CJK characters take two (rough East Asian Width: enough for our labels).
std::size_t columns(const std::string& s) {
  std::size_t w = 0, i = 0;
  while (i < s.size()) w += utf8::next(s, i) >= 0x2E80 ? 2 : 1;
  return w;
}

std::string pad(std::string s, std::size_t width) {
  std::size_t w = columns(s);
  if (w < width) s.append(width - w, ' ');
  return s;
}

std::string header(const json::Value& r, const ui::Strings& s) {
  const auto& report = jr::at(r, "report");
  const bool en = s.lang_tag == "en";
  std::string h = jr::str(r, "file", "-");
  h += en ? "  (" : "（";
  h += s.format + (en ? ": " : "：") + ui::template_name(s, jr::str(report, "template"));
  std::string year = jr::str(report, "year");
  if (!year.empty()) h += (en ? "; " : "；") + s.year + (en ? ": " : "：") + year;
  h += en ? ")" : "）";
  return h;
}

}  // namespace

std::string render_text(const json::Value& results, const std::string& lang) {
  const ui::Strings& s = ui::strings(lang);
  const bool en = s.lang_tag == "en";
  std::string out;
  long long total[3] = {0, 0, 0};
  std::size_t files = 0;
  const json::Value list = results.is_array() ? results : json::Value::array({results});
  for (const auto& r : list) {
    ++files;
    out += clean(header(r, s), "") + "\n";
    const auto& diags = jr::at(r, "diagnostics");
    std::size_t wpos = 1, wsev = 1, wrule = 1;  // column widths, so messages line up
    if (diags.is_array())
      for (const auto& d : diags) {
        wpos = std::max(wpos, columns(clean(where(d), "")));
        wsev = std::max(wsev, columns(ui::severity_word(s, jr::str(d, "severity", "info"))));
        wrule = std::max(wrule, columns(clean(jr::str(d, "rule"), "")));
      }
    long long count[3] = {0, 0, 0};
    if (diags.is_array())
      for (const auto& d : diags) {
        const std::string sev = jr::str(d, "severity", "info");
        ++count[sev == "error" ? 0 : sev == "warning" ? 1 : 2];
        out += "  " + pad(clean(where(d), ""), wpos) + "  " + pad(ui::severity_word(s, sev), wsev) + "  " +
               pad(clean(jr::str(d, "rule"), ""), wrule) + "  " +
               clean(jr::str(d, "message"), std::string(2 + wpos + 2 + wsev + 2 + wrule + 2, ' ')) + "\n";
        const std::string indent(2 + wpos + 2, ' ');
        std::string detail;
        auto add = [&](const std::string& piece) {
          detail += (detail.empty() ? "" : (en ? "; " : "；")) + piece;
        };
        const std::string cell = jr::str(d, "cell");
        if (!cell.empty()) add(s.cell + " " + cell);
        const std::string expected = jr::scalar(jr::at(d, "expected")),
                          found = jr::scalar(jr::at(d, "found"));
        if (!expected.empty()) add(s.expected + " " + expected);
        if (!found.empty()) add(s.found + " " + found);
        std::string fix = jr::scalar(jr::at(jr::at(d, "fix"), "value"));
        if (fix.empty()) fix = jr::str(jr::at(d, "fix"), "text");  // a text fix: the official label
        if (!fix.empty()) {
          std::string fix_cell = jr::str(jr::at(d, "fix"), "cell");
          add(s.fix + " " + fix + (fix_cell.empty() || fix_cell == cell ? "" : " (" + fix_cell + ")"));
        }
        if (!detail.empty()) out += indent + clean(detail, indent) + "\n";
      }
    if (!diags.is_array() || diags.empty()) out += "  " + s.no_problems + "\n";
    out += s.summary_label + (en ? ": " : "：") + ui::summary(s, count[0], count[1], count[2]) + "\n";
    for (int i = 0; i < 3; ++i) total[i] += count[i];
  }
  if (files > 1)
    out +=
        "\n" + std::string(en ? "Total: " : "总计：") + ui::summary(s, total[0], total[1], total[2]) + "\n";
  return out;
}

}  // namespace nianbao
