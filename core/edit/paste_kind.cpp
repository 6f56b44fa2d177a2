#include "core/edit/paste_kind.hpp"

#include <set>
#include <string>

#include "core/read/read.hpp"
#include "core/recognise/recognise.hpp"
#include "core/template/template.hpp"
#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

// Table 三's header names its applicant columns; a fragment of rows (numbers under a label) does not.
bool has_table_three_header(const Document& doc) {
  const tmpl::TableDef& t3 = tmpl::table("t3", "2021");
  std::set<std::string> labels;
  for (const auto& col : t3.columns) labels.insert(text::normalize_label(col.label));
  std::set<std::string> seen;
  for (const auto& row : doc.rows)
    for (const auto& cell : row.cells) {
      std::string n = text::normalize_label(cell.text);
      if (labels.count(n)) seen.insert(n);
      if (text::contains(n, "本列数据的勾稽关系")) return true;
    }
  // 自然人, 商业企业, 科研机构, … : four distinct column names are a header, not a stray word.
  return seen.size() >= 4;
}

}  // namespace

bool is_whole_report(std::string_view input, bool html) {
  if (text::trim(input).empty()) return false;
  Document doc = html ? read_html(input) : read_text(input);
  Report r = recognise(doc, input);
  int sections = 0;
  for (const auto& s : r.sections) sections += s.present ? 1 : 0;
  bool title = text::contains(r.title, "年度报告") || text::contains(r.title, "年报");
  return title || sections >= 2 || has_table_three_header(doc);
}

}  // namespace nianbao
