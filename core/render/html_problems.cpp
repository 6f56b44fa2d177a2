#include "core/render/html_problems.hpp"

#include "core/render/html_escape.hpp"
#include "core/render/json_read.hpp"

namespace nianbao::html {

namespace {

std::string item(const json::Value& d, int n, const ui::Strings& s) {
  const std::string severity = jr::str(d, "severity", "info");
  const std::string rule = jr::str(d, "rule");
  const std::string cell = jr::str(d, "cell");
  const char* icon = severity == "error" ? "✖ " : severity == "warning" ? "▲ " : "ℹ ";
  std::string out = "<li id=\"nb-diag-" + std::to_string(n) + "\" value=\"" + std::to_string(n) +
                    "\" data-rule=\"" + escape(rule) + "\" data-cell=\"" + escape(cell) +
                    "\" data-severity=\"" + escape(severity) + "\">";
  out += "<span class=\"nb-badge\">" + escape(icon + ui::severity_word(s, severity)) + "</span><code>" +
         escape(rule) + "</code> <span class=\"nb-message\">" + escape(jr::str(d, "message")) + "</span>";

  std::string detail;
  auto add = [&](const std::string& piece) { detail += (detail.empty() ? "" : " · ") + piece; };
  if (!cell.empty())
    add(escape(s.cell) + " <a href=\"#nb-cell-" + escape(cell) + "\"><code>" + escape(cell) + "</code></a>");
  const auto& at = jr::at(d, "at");
  if (jr::num(at, "line", 0) > 0) add(escape(ui::position(s, jr::num(at, "line"), jr::num(at, "column", 1))));
  const std::string expected = jr::scalar(jr::at(d, "expected")), found = jr::scalar(jr::at(d, "found"));
  if (!expected.empty()) add(escape(s.expected + " " + expected));
  if (!found.empty()) add(escape(s.found + " " + found));
  const auto& fix = jr::at(d, "fix");
  std::string fix_value = jr::scalar(jr::at(fix, "value"));
  if (fix_value.empty()) fix_value = jr::str(fix, "text");  // a text fix: the official label
  if (!fix_value.empty()) {
    const std::string fix_cell = jr::str(fix, "cell");
    add("<span class=\"nb-fix-text\">" + escape(s.fix + " " + fix_value) + "</span>" +
        (fix_cell.empty() || fix_cell == cell ? "" : " (<code>" + escape(fix_cell) + "</code>)"));
  }
  if (!detail.empty()) out += "<span class=\"nb-detail\">" + detail + "</span>";
  return out + "</li>";
}

}  // namespace

std::string problem_list(const json::Value& result, const ui::Strings& s) {
  const auto& diags = jr::at(result, "diagnostics");
  long long counts[3] = {0, 0, 0};
  std::string items;
  int n = 0;
  if (diags.is_array())
    for (const auto& d : diags) {
      ++n;  // numbered even when malformed, so the cells' footnote numbers stay aligned
      const std::string sev = jr::str(d, "severity", "info");
      ++counts[sev == "error" ? 0 : sev == "warning" ? 1 : 2];
      items += item(d, n, s);
    }
  std::string out =
      "<section class=\"nb-problems-section\" aria-labelledby=\"nb-problems-h\"><h2 id=\"nb-problems-h\">" +
      escape(s.problems) + "</h2><p class=\"nb-summary\">" +
      escape(s.summary_label + (s.lang_tag == "en" ? ": " : "：")) +
      escape(ui::summary(s, counts[0], counts[1], counts[2])) + "</p>";
  if (items.empty()) return out + "<p class=\"nb-no-problems\">" + escape(s.no_problems) + "</p></section>";
  return out + "<ol class=\"nb-problems\" role=\"list\" aria-labelledby=\"nb-problems-h\">" + items +
         "</ol></section>";
}

}  // namespace nianbao::html
