#include "core/recognise/sections.hpp"

#include <string>

#include "core/recognise/label_match.hpp"
#include "core/template/template.hpp"
#include "core/text/cell_number.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

const char* const kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八"};

// The one text of a heading-like row: a paragraph, or a table row with a single non-empty cell.
const Cell* single_text(const Row& row) {
  const Cell* only = nullptr;
  for (const auto& c : row.cells) {
    if (c.text.empty()) continue;
    if (only) return nullptr;
    only = &c;
  }
  return only;
}

// Labels of table rows that also start with 一、二、三、四 and must never be taken for headings.
bool is_table_label(const LabelForm& f) {
  static const LabelSet labels = [] {
    LabelSet s;
    for (const auto& r : tmpl::table("t3", "2021").rows)
      if (r.group.empty()) s.add(r.label, r.synonyms);
    return s;
  }();
  LabelMatch m = labels.match(f.norm);
  return m.quality >= MatchQuality::Prefix;
}

// Which section a numbered heading names, by its words; -1 when none.
int section_of(const std::string& core) {
  const auto& defs = tmpl::sections();
  // Order matters: the words of 四/五/六 are more specific than those of 三/二/一.
  for (int i : {3, 4, 5, 2, 1, 0}) {
    const auto& d = defs[i];
    for (const auto& k : d.keywords)
      if (text::contains(core, text::normalize_label(k))) return i;
  }
  return -1;
}

bool ends_sentence(const std::string& t) {
  for (const char* p : {"。", "！", "？", "；", "：", ":", ";", "!", "?"}) {
    std::string s(p);
    if (t.size() >= s.size() && t.compare(t.size() - s.size(), s.size(), s) == 0) return true;
  }
  return false;
}

bool starts_subheading(const std::string& t) {
  std::string n = text::normalize_label(t);
  if (n.empty()) return false;
  if (n[0] == '(' || n[0] == '#') return true;
  for (const char* num : kNumerals)
    if (text::starts_with(n, std::string(num) + ".") || text::starts_with(n, std::string(num) + "是"))
      return true;
  return n.size() > 1 && n[0] >= '0' && n[0] <= '9' && n[1] == '.';
}

}  // namespace

SectionBounds find_sections(const Document& doc) {
  SectionBounds b;
  const auto& defs = tmpl::sections();
  b.sections.resize(defs.size());
  b.start_row.assign(defs.size(), kNone);
  b.end_row.assign(defs.size(), kNone);
  int order = 0;
  for (std::size_t r = 0; r < doc.rows.size(); ++r) {
    const Cell* c = single_text(doc.rows[r]);
    if (!c || c->text.size() > 150) continue;
    LabelForm f = label_form(c->text);
    if (f.numbering.empty() || f.core_chars > 40 || f.core_chars < 2) continue;
    // Only top-level numbering 一、…六、 (not （一）, not 1.).
    std::string numeral;
    for (const char* num : kNumerals)
      if (f.numbering == std::string(num) + ".") numeral = num;
    if (numeral.empty() || is_table_label(f)) continue;
    int idx = section_of(f.core);
    if (idx < 0 || b.start_row[idx] != kNone) continue;
    Section& s = b.sections[idx];
    s.key = defs[idx].key;
    s.present = true;
    s.title = text::collapse_space(c->text);
    while (!s.title.empty() && (s.title[0] == '#' || s.title[0] == ' ')) s.title.erase(0, 1);
    s.at = c->at;
    s.numeral = numeral;
    s.order = ++order;
    s.title_exact = f.core == text::normalize_label(defs[idx].title) && numeral == defs[idx].numeral;
    b.start_row[idx] = r;
  }
  for (std::size_t i = 0; i < defs.size(); ++i) {
    b.sections[i].key = defs[i].key;
    if (b.start_row[i] == kNone) continue;
    std::size_t end = doc.rows.size();
    for (std::size_t j = 0; j < defs.size(); ++j)
      if (b.start_row[j] != kNone && b.start_row[j] > b.start_row[i] && b.start_row[j] < end)
        end = b.start_row[j];
    b.end_row[i] = end;
    b.sections[i].body =
        Range{b.sections[i].at.end, end < doc.rows.size() ? doc.rows[end].at.begin : doc.rows.back().at.end};
    b.sections[i].paragraphs = gather_prose(doc, b.start_row[i] + 1, end);
  }
  return b;
}

std::vector<TextPiece> gather_prose(const Document& doc, std::size_t begin, std::size_t end) {
  std::vector<TextPiece> out;
  bool join = doc.layout != Layout::Html;  // wrapped lines exist only in text layouts
  bool open = false;
  for (std::size_t r = begin; r < end && r < doc.rows.size(); ++r) {
    const Row& row = doc.rows[r];
    if (!row.paragraph) {
      open = false;
      continue;
    }
    if (row.cells.empty() || row.cells[0].text.empty()) {
      open = false;  // a blank line ends a paragraph
      continue;
    }
    const Cell& c = row.cells[0];
    if (text::is_value_text(c.text)) continue;  // a lone number is a table cell, not prose
    if (!join || !open || starts_subheading(c.text)) {
      out.emplace_back();
      open = true;
    }
    if (!c.text.empty()) out.back().append(c.text, c.at);
    if (join && ends_sentence(c.text)) open = false;
    if (!join) open = false;
  }
  return out;
}

}  // namespace nianbao
