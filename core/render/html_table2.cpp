// Table 二 in the official layout (FORMAT.md §2.2 for 2021, §3.1 for 2019): one block per article
// item (第二十条第（一）项 …), each with a caption row, a header row starting with 信息内容 and its rows.
// Blocks with fewer columns stretch their last column, as the printed form does.
#include <algorithm>
#include <vector>

#include "core/render/html_escape.hpp"
#include "core/render/html_tables.hpp"
#include "core/template/template.hpp"

namespace nianbao::html {

namespace {

struct Block {
  std::string caption;
  std::vector<const tmpl::RowDef*> rows;
  std::vector<std::string> columns;  // union of the rows' columns, in order
};

std::vector<Block> blocks(const tmpl::TableDef& t) {
  std::vector<Block> out;
  for (const auto& r : t.rows) {
    if (r.key.empty()) continue;
    if (out.empty() || out.back().caption != r.group) out.push_back({r.group, {}, {}});
    out.back().rows.push_back(&r);
    for (const auto& col : r.columns)
      if (std::find(out.back().columns.begin(), out.back().columns.end(), col) == out.back().columns.end())
        out.back().columns.push_back(col);
  }
  return out;
}

}  // namespace

std::string table2(const Context& c) {
  const tmpl::TableDef& t = tmpl::table("t2", c.template_id);
  const bool en = c.s.lang_tag == "en";
  std::vector<Block> bs = blocks(t);
  int width = 1;
  for (const auto& b : bs) width = std::max(width, 1 + static_cast<int>(b.columns.size()));

  std::set<std::string> placed;
  std::string out = table_open(c, "t2", 0);
  for (const auto& b : bs) {
    const int n = static_cast<int>(b.columns.size());
    const int last_span = width - n;  // the last column takes up what the block does not use
    out += "<tbody class=\"nb-block\"><tr>" + header_cell(b.caption, width, 1, "", "nb-block-caption") +
           "</tr><tr>" + header_cell("信息内容", 1, 1, en ? "information" : "");
    for (int i = 0; i < n; ++i) {
      const tmpl::ColumnDef* d = tmpl::find_column(t, b.columns[i]);
      out +=
          header_cell(d ? d->label : b.columns[i], i == n - 1 ? last_span : 1, 1, en && d ? d->label_en : "");
    }
    out += "</tr>";
    for (const tmpl::RowDef* r : b.rows) {
      out += "<tr data-row=\"t2." + escape(r->key) + "\">" +
             row_label_cell(c, {"t2", r->key, r->label, 1, false});
      for (int i = 0; i < n; ++i) {
        const std::string& col = b.columns[i];
        const std::string key = "t2." + r->key + "." + col;
        const int span = i == n - 1 ? last_span : 1;
        if (std::find(r->columns.begin(), r->columns.end(), col) == r->columns.end()) {
          out += "<td class=\"nb-void\"" +
                 (span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : std::string()) +
                 "></td>";  // the form has no such cell for this row
          continue;
        }
        placed.insert(key);
        out += value_cell(c, key, report_cell(c, "t2", r->key, col), span);
      }
      out += "</tr>";
    }
    out += "</tbody>";
  }
  return out + "</table>" + extras(c, "t2", placed) + "</div>";
}

}  // namespace nianbao::html
