#include "core/recognise/sections.hpp"

#include <algorithm>
#include <cstring>
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
  // The keywords normalised once, per section.
  static const std::vector<std::vector<std::string>> keywords = [] {
    std::vector<std::vector<std::string>> out;
    for (const auto& d : tmpl::sections()) {
      out.emplace_back();
      for (const auto& k : d.keywords) out.back().push_back(text::normalize_label(k));
    }
    return out;
  }();
  // Order matters: the words of 四/五/六 are more specific than those of 三/二/一.
  for (int i : {3, 4, 5, 2, 1, 0})
    for (const auto& k : keywords[i])
      if (text::contains(core, k)) return i;
  return -1;
}

bool ends_sentence(const std::string& t) {
  for (std::string_view s : {"。", "！", "？", "；", "：", ":", ";", "!", "?"})
    if (t.size() >= s.size() && std::string_view(t).substr(t.size() - s.size()) == s) return true;
  return false;
}

// `n` starts with the numeral `num` followed by `after` (compared in place: this runs on every paragraph).
bool numeral_then(std::string_view n, std::string_view num, std::string_view after) {
  return text::starts_with(n, num) && text::starts_with(n.substr(num.size()), after);
}

bool starts_subheading(const std::string& t) {
  // Only the first six bytes of the normalised text are looked at.
  std::string n = text::normalize_label_start(t, 6);
  if (n.empty()) return false;
  if (n[0] == '(' || n[0] == '#') return true;
  for (const char* num : kNumerals)
    if (numeral_then(n, num, ".") || numeral_then(n, num, "是")) return true;
  return n.size() > 1 && n[0] >= '0' && n[0] <= '9' && n[1] == '.';
}

// A numbered top-level heading that may open one of the six sections.
struct Candidate {
  std::size_t row;
  int section;
  std::string numeral;
  bool statutory;  // its words are the statutory title or an accepted synonym (FORMAT §2.1, V2)
  const Cell* cell;
  LabelForm form;
};

// The statutory titles and their synonyms, one entry per section, in order.
const LabelSet& section_titles() {
  static const LabelSet titles = [] {
    LabelSet s;
    for (const auto& d : tmpl::sections()) s.add(d.title, d.synonyms);
    return s;
  }();
  return titles;
}

// Whether the text's label form is numbered 一.…八. (top-level numbering), read from its start only: a
// start cut at a character normalises to the start of the whole's form (normalising is per character).
bool numbered_like_a_section(const std::string& t) {
  constexpr std::size_t kStart = 16;
  std::string n = text::normalize_label_start(t, kStart);
  auto marks = [&n] {  // markdown '#' and '*' before the numbering, as label_form() drops them
    std::size_t h = 0;
    while (h < n.size() && (n[h] == '#' || n[h] == '*')) ++h;
    return h;
  };
  std::size_t h = marks();
  if (n.size() - h < 4 && n.size() >= kStart) {  // a long run of marks: the whole text's form
    n = text::normalize_label(t);
    h = marks();
  }
  std::string_view start = std::string_view(n).substr(h);
  for (const char* num : kNumerals)
    if (text::starts_with(start, num) && start.size() > 3 && start[3] == '.') return true;
  return false;
}

std::vector<Candidate> heading_candidates(const Document& doc) {
  std::vector<Candidate> out;
  for (std::size_t r = 0; r < doc.rows.size(); ++r) {
    const Cell* c = single_text(doc.rows[r]);
    if (!c || c->text.size() > 150) continue;
    if (!numbered_like_a_section(c->text)) continue;  // most rows: no label form needed
    LabelForm f = label_form(c->text);
    if (f.numbering.empty() || f.core_chars > 40 || f.core_chars < 2) continue;
    // Only top-level numbering 一、…六、 (not （一）, not 1., not 一是).
    std::string numeral;
    for (const char* num : kNumerals)
      if (f.numbering.size() == std::strlen(num) + 1 && numeral_then(f.numbering, num, ".")) numeral = num;
    if (numeral.empty() || is_table_label(f)) continue;
    LabelMatch m = section_titles().match(f.core);
    bool statutory = m.index >= 0 && m.quality >= MatchQuality::Prefix;
    int idx = statutory ? m.index : section_of(f.core);
    if (idx < 0) continue;
    out.push_back({r, idx, numeral, statutory, c, f});
  }
  return out;
}

}  // namespace

// Sections are recognised by their statutory titles and their order, never by numbering alone:
// reports number their narrative sub-headings like sections ("三、主动公开工作情况" inside 一, the five
// areas of 总体情况 as 一、…五、). A heading in the statutory words (or an accepted synonym) opens its
// section even when misnumbered (reported by section-order); a heading that only shares a keyword with
// a section opens it only when it also carries the section's numeral, the section has no heading in
// statutory words, and it stands in order between the sections found around it.
SectionBounds find_sections(const Document& doc) {
  SectionBounds b;
  const auto& defs = tmpl::sections();
  const int n = static_cast<int>(defs.size());
  b.sections.resize(defs.size());
  b.start_row.assign(defs.size(), kNone);
  b.end_row.assign(defs.size(), kNone);
  std::vector<Candidate> candidates = heading_candidates(doc);
  std::vector<const Candidate*> chosen(defs.size(), nullptr);
  // 1. Statutory wording: per section the heading that also carries its numeral, else the first.
  for (const auto& c : candidates) {
    if (!c.statutory) continue;
    const Candidate*& slot = chosen[c.section];
    bool numbered = c.numeral == defs[c.section].numeral;
    if (slot == nullptr || (numbered && slot->numeral != defs[c.section].numeral)) slot = &c;
  }
  // 2. Keyword and numeral, in order between the sections already found.
  for (int i = 0; i < n; ++i) {
    if (chosen[i]) continue;
    std::size_t after = 0, before = doc.rows.size();
    bool has_after = false;
    for (int j = i - 1; j >= 0; --j)
      if (chosen[j]) {
        after = chosen[j]->row;
        has_after = true;
        break;
      }
    for (int j = i + 1; j < n; ++j)
      if (chosen[j]) {
        before = chosen[j]->row;
        break;
      }
    for (const auto& c : candidates) {
      if (c.statutory || c.section != i || c.numeral != defs[i].numeral) continue;
      if ((has_after && c.row <= after) || c.row >= before) continue;
      chosen[i] = &c;
      break;
    }
  }
  std::vector<int> by_row;
  for (int i = 0; i < n; ++i)
    if (chosen[i]) by_row.push_back(i);
  std::sort(by_row.begin(), by_row.end(), [&](int x, int y) { return chosen[x]->row < chosen[y]->row; });
  int order = 0;
  for (int idx : by_row) {
    const Candidate& c = *chosen[idx];
    Section& s = b.sections[idx];
    s.key = defs[idx].key;
    s.present = true;
    s.title = text::collapse_space(c.cell->text);
    while (!s.title.empty() && (s.title[0] == '#' || s.title[0] == ' ')) s.title.erase(0, 1);
    s.at = c.cell->at;
    s.numeral = c.numeral;
    s.order = ++order;
    s.title_exact = c.form.core == text::normalize_label(defs[idx].title) && c.numeral == defs[idx].numeral;
    b.start_row[idx] = c.row;
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
