// Table 三 in the official layout: three header rows under the printed 勾稽关系 note, a label area
// three columns wide whose group labels (三、本年度办理结果, （三）不予公开 …) span their rows, and the
// seven applicant columns. Rows the template lacks are drawn where the report had them.
#include <algorithm>
#include <limits>
#include <vector>

#include "core/render/html_escape.hpp"
#include "core/render/html_tables.hpp"
#include "core/render/json_read.hpp"
#include "core/template/template.hpp"

namespace nianbao::html {

namespace {

constexpr int kLabelColumns = 3;  // 一、 | （三） | 1. — the depth of the official label area

struct Line {
  std::string key;
  std::string official;
  std::vector<std::string> chain;  // enclosing group labels, outermost first
  bool extra = false;
  long long offset = -1;  // where the row's first cell sits in the input, -1 when unknown
};

std::vector<std::string> chain_of(const tmpl::TableDef& t, const tmpl::RowDef& r) {
  std::vector<std::string> chain;
  std::string g = r.group;
  while (!g.empty() && chain.size() < kLabelColumns) {
    chain.insert(chain.begin(), g);
    std::string parent;
    for (const auto& h : t.rows)
      if (h.key.empty() && h.label == g) parent = h.group;
    g = parent;
  }
  return chain;
}

long long first_offset(const json::Value& row) {
  long long best = std::numeric_limits<long long>::max();
  if (row.is_object())
    for (const auto& [col, cell] : row.members()) {
      long long o = jr::num(jr::at(cell, "at"), "offset", -1);
      if (o >= 0) best = std::min(best, o);
    }
  return best == std::numeric_limits<long long>::max() ? -1 : best;
}

std::vector<std::string> common_prefix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> p;
  for (std::size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i) p.push_back(a[i]);
  return p;
}

// Where an extra row goes when the input gives no position: after its predecessor in the other
// template (a 2019 （六）其他处理 row in a 2021 report sits after 5.要求行政机关确认…), else at the end.
std::size_t fallback_position(const std::vector<Line>& lines, const std::string& key,
                              const std::string& template_id) {
  const tmpl::TableDef& other = tmpl::table("t3", template_id == "2019" ? "2021" : "2019");
  std::string before;
  for (const auto& r : other.rows) {
    if (r.key == key) break;
    if (!r.key.empty()) before = r.key;
  }
  if (tmpl::find_row(other, key) && !before.empty())
    for (std::size_t i = lines.size(); i-- > 0;)
      if (lines[i].key == before) return i + 1;
  // After the last row of the same group family (r6_2 after r6_1) when that is all we know.
  return lines.size();
}

std::vector<Line> layout(const Context& c, const tmpl::TableDef& t) {
  const auto& rows = jr::at(jr::at(c.report, "tables"), "t3");
  std::vector<Line> lines;
  for (const auto& r : t.rows) {
    if (r.key.empty()) continue;
    lines.push_back({r.key, r.label, chain_of(t, r), false, first_offset(jr::at(rows, r.key))});
  }
  if (!rows.is_object()) return lines;

  std::vector<Line> extra;
  for (const auto& [key, row] : rows.members())
    if (!tmpl::find_row(t, key)) extra.push_back({key, "", {}, true, first_offset(row)});
  // Positioned rows in input order; unpositioned ones keep the report's key order.
  std::stable_sort(extra.begin(), extra.end(), [](const Line& a, const Line& b) {
    return (a.offset < 0 ? std::numeric_limits<long long>::max() : a.offset) <
           (b.offset < 0 ? std::numeric_limits<long long>::max() : b.offset);
  });
  for (auto& e : extra) {
    std::size_t pos = lines.size();
    if (e.offset >= 0) {
      // After the last drawn row that the input shows before this one.
      pos = 0;
      for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].offset >= 0 && lines[i].offset < e.offset) pos = i + 1;
      bool any_before = std::any_of(lines.begin(), lines.end(),
                                    [&](const Line& l) { return l.offset >= 0 && l.offset < e.offset; });
      if (!any_before) pos = fallback_position(lines, e.key, c.template_id);
    } else {
      pos = fallback_position(lines, e.key, c.template_id);
    }
    // It belongs to the groups its neighbours share: between （五）5. and （六）1. that is
    // 三、本年度办理结果.
    const auto& prev = pos > 0 ? lines[pos - 1].chain : std::vector<std::string>{};
    const auto& next = pos < lines.size() ? lines[pos].chain : std::vector<std::string>{};
    e.chain = pos > 0 && pos < lines.size() ? common_prefix(prev, next) : std::vector<std::string>{};
    if (const tmpl::RowDef* o =
            tmpl::find_row(tmpl::table("t3", c.template_id == "2019" ? "2021" : "2019"), e.key))
      e.official = o->label;
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(pos), e);
  }
  return lines;
}

bool same_prefix(const Line& a, const Line& b, std::size_t depth) {
  if (a.chain.size() <= depth || b.chain.size() <= depth) return false;
  return std::equal(a.chain.begin(), a.chain.begin() + static_cast<std::ptrdiff_t>(depth + 1),
                    b.chain.begin());
}

std::string header(const Context& c, const tmpl::TableDef& t) {
  const bool en = c.s.lang_tag == "en";
  auto col = [&](const std::string& key, int rowspan) {
    const tmpl::ColumnDef* d = tmpl::find_column(t, key);
    return header_cell(d ? d->label : key, 1, rowspan, en && d ? d->label_en : "");
  };
  std::string h = "<thead><tr><td class=\"nb-note\" colspan=\"3\" rowspan=\"3\">" +
                  escape(tmpl::kT3RuleNote) + "</td>" +
                  header_cell("申请人情况", 7, 1, en ? "applicants" : "") + "</tr>";
  h += "<tr>" + col("np", 2) +
       header_cell("法人或其他组织", 5, 1, en ? "legal persons and other organisations" : "") +
       col("total", 2) + "</tr>";
  h += "<tr>" + col("biz", 1) + col("research", 1) + col("ngo", 1) + col("legal", 1) + col("other", 1) +
       "</tr></thead>";
  return h;
}

}  // namespace

std::string table3(const Context& c) {
  const tmpl::TableDef& t = tmpl::table("t3", c.template_id);
  std::vector<Line> lines = layout(c, t);
  std::set<std::string> placed;
  std::string out = table_open(c, "t3", 1) + header(c, t) + "<tbody>";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    out += std::string("<tr data-row=\"t3.") + escape(l.key) + "\"" +
           (l.extra ? " class=\"nb-extra-row\"" : "") + ">";
    for (std::size_t d = 0; d < l.chain.size(); ++d) {
      if (i > 0 && same_prefix(lines[i - 1], l, d)) continue;  // the group cell above spans this row
      int span = 1;
      while (i + span < lines.size() && same_prefix(l, lines[i + span], d)) ++span;
      out += "<th scope=\"rowgroup\" class=\"nb-group\"" +
             (span > 1 ? " rowspan=\"" + std::to_string(span) + "\"" : std::string()) + ">" +
             escape(l.chain[d]) + "</th>";
    }
    out += row_label_cell(
        c, {"t3", l.key, l.official, kLabelColumns - static_cast<int>(l.chain.size()), l.extra});
    const json::Value& cells = report_row(c, "t3", l.key);  // looked up once for the line's seven cells
    for (const auto& col : t.columns) {
      const std::string key = "t3." + l.key + "." + col.key;
      placed.insert(key);
      out += value_cell(c, key, jr::at(cells, col.key));
    }
    out += "</tr>";
  }
  return out + "</tbody></table>" + extras(c, "t3", placed) + "</div>";
}

}  // namespace nianbao::html
