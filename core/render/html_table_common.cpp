#include "core/render/html_escape.hpp"
#include "core/render/html_tables.hpp"
#include "core/render/json_read.hpp"

namespace nianbao::html {

std::string table_open(const Context& c, const std::string& table, int index) {
  const bool present = jr::at(jr::at(c.report, "tables"), table).is_object();
  MarkParts p = mark_parts(c, table);
  std::string out = "<div class=\"nb-table-wrap\"><table class=\"nb-table nb-" + escape(table) +
                    (present ? "" : " nb-table-missing") + "\" data-table=\"" + escape(table) +
                    "\" lang=\"zh-CN\">";
  out += "<caption class=\"nb-caption" + p.classes + "\"" + p.attrs + " lang=\"" + escape(c.s.lang_tag) +
         "\">" + escape(c.s.table[index] + (c.s.lang_tag == "en" ? " — " : " ") + c.s.table_title[index]);
  if (!present && !c.clean)
    out += " <span class=\"nb-missing-note\">" + escape(c.s.missing_section) + "</span>";
  return out + p.inner + "</caption>";
}

std::string extras(const Context& c, const std::string& table, const std::set<std::string>& placed) {
  const auto& rows = jr::at(jr::at(c.report, "tables"), table);
  if (!rows.is_object() || c.clean) return "";  // a clean copy holds the rows of the report's template only
  std::string body;
  for (const auto& [row, cells] : rows.members()) {
    if (!cells.is_object()) continue;
    for (const auto& [col, cell] : cells.members()) {
      const std::string key = table + "." + row + "." + col;
      if (placed.count(key)) continue;
      std::string label = report_row_label(c, table, row);
      body += "<tr><th scope=\"row\" class=\"nb-label\">" + escape(label.empty() ? row : label) +
              "</th><td><code>" + escape(col) + "</code></td>" + value_cell(c, key, cell) + "</tr>";
    }
  }
  if (body.empty()) return "";
  return "<table class=\"nb-table nb-extras\" data-extras=\"" + escape(table) + "\"><caption lang=\"" +
         escape(c.s.lang_tag) + "\">" + escape(c.s.extras_heading) + "</caption><thead><tr>" +
         header_cell(c.s.extras_row) + header_cell(c.s.extras_column) + header_cell(c.s.extras_value) +
         "</tr></thead><tbody>" + body + "</tbody></table>";
}

}  // namespace nianbao::html
