// Table 四 in the official layout (FORMAT.md §2.4): 行政复议 and 行政诉讼 side by side, the latter split
// into 未经复议直接起诉 and 复议后起诉, five result columns each, and one row of fifteen numbers.
#include "core/render/html_escape.hpp"
#include "core/render/html_tables.hpp"
#include "core/template/template.hpp"

namespace nianbao::html {

namespace {

// A group header that stands for a report row (rv, ld, lr): it carries that row's marks.
std::string row_group_header(const Context& c, const tmpl::RowDef& r, int colspan, int rowspan) {
  const std::string key = "t4." + r.key;
  std::string written = report_row_label(c, "t4", r.key);
  std::string note = !written.empty() && written != r.label ? c.s.official_label + r.label : "";
  if (c.s.lang_tag == "en") note += (note.empty() ? "" : "\n") + r.label_en;
  MarkParts p = mark_parts(c, key, note);
  return "<th scope=\"colgroup\" data-row=\"" + escape(key) + "\" class=\"nb-label" + p.classes + "\"" +
         (colspan > 1 ? " colspan=\"" + std::to_string(colspan) + "\"" : std::string()) +
         (rowspan > 1 ? " rowspan=\"" + std::to_string(rowspan) + "\"" : std::string()) + p.attrs + ">" +
         escape(r.label) + p.inner + "</th>";
}

}  // namespace

std::string table4(const Context& c) {
  const tmpl::TableDef& t = tmpl::table("t4", c.template_id);
  const bool en = c.s.lang_tag == "en";
  auto cols = [&](int rowspan) {
    std::string h;
    for (const auto& col : t.columns) h += header_cell(col.label, 1, rowspan, en ? col.label_en : "");
    return h;
  };
  const tmpl::RowDef* rv = tmpl::find_row(t, "rv");
  const tmpl::RowDef* ld = tmpl::find_row(t, "ld");
  const tmpl::RowDef* lr = tmpl::find_row(t, "lr");
  const int n = static_cast<int>(t.columns.size());

  std::string out = table_open(c, "t4", 2) + "<thead><tr>" + row_group_header(c, *rv, n, 1) +
                    header_cell("行政诉讼", 2 * n, 1, en ? "administrative litigation" : "") + "</tr><tr>" +
                    cols(2) + row_group_header(c, *ld, n, 1) + row_group_header(c, *lr, n, 1) + "</tr><tr>" +
                    cols(1) + cols(1) + "</tr></thead><tbody><tr>";
  std::set<std::string> placed;
  for (const tmpl::RowDef* r : {rv, ld, lr})
    for (const auto& col : t.columns) {
      const std::string key = "t4." + r->key + "." + col.key;
      placed.insert(key);
      out += value_cell(c, key, report_cell(c, "t4", r->key, col.key));
    }
  return out + "</tr></tbody></table>" + extras(c, "t4", placed) + "</div>";
}

}  // namespace nianbao::html
