#include "core/edit/text_fix.hpp"

#include <algorithm>

#include "core/read/read.hpp"
#include "core/recognise/recognise.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

// Two edits collide when their ranges overlap, or when one inserts inside the other's range.
bool collide(Range a, Range b) {
  if (a.empty() && b.empty()) return a.begin == b.begin;
  if (a.empty()) return b.begin < a.begin && a.begin < b.end;
  if (b.empty()) return a.begin < b.begin && b.begin < a.end;
  return a.begin < b.end && b.begin < a.end;
}

// Text without its spaces (ASCII whitespace and the ideographic space), whole characters up to `limit` bytes.
std::string squeezed(std::string_view s, std::size_t limit = 512) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = std::min(utf8::sequence_length(static_cast<unsigned char>(s[i])), s.size() - i);
    std::string_view c = s.substr(i, n ? n : 1);
    i += c.size();
    if (c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\xE3\x80\x80") continue;
    if (out.size() + c.size() > limit) break;
    out += c;
  }
  return out;
}

// The nearest line above (`up`) or below the line(s) of `at` that holds more than spaces (of a few).
std::string_view neighbour_line(std::string_view text, Range at, bool up) {
  constexpr auto npos = std::string_view::npos;
  std::size_t nl = at.begin == 0 ? npos : text.rfind('\n', at.begin - 1);
  std::size_t cur = up ? (nl == npos ? 0 : nl + 1) : std::min(text.find('\n', at.end), text.size());
  for (int tries = 0; tries < 4; ++tries) {
    std::size_t from, to;
    if (up) {
      if (cur == 0) return {};
      to = cur - 1;  // the line break before the current line
      nl = to == 0 ? npos : text.rfind('\n', to - 1);
      from = nl == npos ? 0 : nl + 1;
      cur = from;
    } else {
      if (cur >= text.size()) return {};
      from = cur + 1;
      to = std::min(text.find('\n', from), text.size());
      cur = to;
    }
    std::string_view line = text.substr(from, to - from);
    if (!squeezed(line, 8).empty()) return line;
  }
  return {};
}

// A label the reader took from one line may be the visible part of a label wrapped over two (PDF text
// puts the rest on the line above or below, and the reader may have passed it over): when the text of a
// neighbouring line joined to the written label comes closer to the official one, it is part of the
// label, and replacing only the written part would leave the rest behind.
bool wrapped(std::string_view text, const TextFix& fix) {
  const std::string written = squeezed(fix.replaces), official = squeezed(fix.text);
  const double alone = text::similarity(written, official);
  const std::string above = squeezed(neighbour_line(text, fix.at, true), 256),
                    below = squeezed(neighbour_line(text, fix.at, false), 256);
  return text::similarity(above + written, official) > alone ||
         text::similarity(written + below, official) > alone;
}

Report read_as_text(std::string_view text) { return recognise(read_text(text), text); }

const ReportTable* tables_of(const Report& r, int i) { return i == 0 ? &r.t2 : i == 1 ? &r.t3 : &r.t4; }

// A proposed fix that passed the checks on its text: the finding (its text_fix in the edited text's
// coordinates) and the row whose label it corrects (table index, row key).
struct Candidate {
  Diagnostic* diagnostic;
  int table;
  const std::string* row;
};

bool same_cell(const CellValue& a, const CellValue& b) {
  return a.kind == b.kind && a.value == b.value && a.raw == b.raw && a.unit == b.unit &&
         a.problem == b.problem;
}

bool corrects(const std::vector<Candidate>& set, int table, const std::string& row) {
  for (const auto& c : set)
    if (c.table == table && *c.row == row) return true;
  return false;
}

// `after` is `before` with the labels of `fixed` official and nothing else read differently: the same
// title, year, template and sections, the same rows in the same order, every cell the same.
bool only_labels_changed(const Report& before, const Report& after, const std::vector<Candidate>& fixed) {
  if (before.title != after.title || before.agency != after.agency || before.year != after.year ||
      before.template_id != after.template_id || before.sections.size() != after.sections.size())
    return false;
  for (std::size_t i = 0; i < before.sections.size(); ++i)
    if (before.sections[i].present != after.sections[i].present ||
        before.sections[i].title != after.sections[i].title)
      return false;
  for (int i = 0; i < 3; ++i) {
    const ReportTable &tb = *tables_of(before, i), &ta = *tables_of(after, i);
    if (tb.present != ta.present || tb.rows.size() != ta.rows.size()) return false;
    for (std::size_t k = 0; k < tb.rows.size(); ++k) {
      const TableRow &rb = tb.rows[k], &ra = ta.rows[k];
      if (rb.key != ra.key || rb.known != ra.known || rb.cells.size() != ra.cells.size()) return false;
      for (auto x = rb.cells.begin(), y = ra.cells.begin(); x != rb.cells.end(); ++x, ++y)  // both by column
        if (x->first != y->first || !same_cell(x->second, y->second)) return false;
      bool fixed_here = corrects(fixed, i, rb.key);
      if (fixed_here ? !ra.label_exact : ra.label != rb.label || ra.label_exact != rb.label_exact)
        return false;
    }
  }
  return true;
}

// The edited text with the fixes of `set` (in text order) applied reads back to `base` but for the labels.
bool verified(std::string_view text, const Report& base, const std::vector<Candidate>& set) {
  std::string out;
  std::size_t pos = 0;
  for (const auto& c : set) {
    const TextFix& f = *c.diagnostic->text_fix;
    out.append(text.substr(pos, f.at.begin - pos)).append(f.text);
    pos = f.at.end;
  }
  out.append(text.substr(pos));
  return only_labels_changed(base, read_as_text(out), set);
}

}  // namespace

std::string apply_text_fixes(std::string_view text, const std::vector<TextFix>& fixes) {
  std::string out;
  std::size_t pos = 0;
  for (const auto& f : fixes) {
    if (f.at.begin < pos || f.at.end > text.size()) continue;  // out of order, overlapping or outside
    out.append(text.substr(pos, f.at.begin - pos)).append(f.text);
    pos = f.at.end;
  }
  out.append(text.substr(pos));
  return out;
}

void settle_text_fixes(Result& res, std::string_view input, const CanonicalText& canonical) {
  const bool in_canonical = !res.canonical_text.empty();
  const std::string_view edited = in_canonical ? std::string_view(res.canonical_text) : input;
  // The source ranges the certain cell fixes write into: a text fix must stay clear of them.
  std::vector<Range> taken;
  for (const auto& f : res.certain_fixes) {
    std::size_t a = f.cell.find('.'), b = f.cell.find('.', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    const ReportTable* t = res.report.table(f.cell.substr(0, a));
    const CellValue* c = t ? t->cell(f.cell.substr(a + 1, b - a - 1), f.cell.substr(b + 1)) : nullptr;
    if (c) taken.push_back(c->at);
  }
  std::vector<Candidate> candidates;  // in text order: the diagnostics are sorted by position
  for (auto& d : res.diagnostics) {
    if (!d.text_fix) continue;
    TextFix& fix = *d.text_fix;
    Candidate c{&d, -1, nullptr};
    for (int i = 0; i < 3 && !c.row; ++i)
      for (const auto& row : tables_of(res.report, i)->rows)
        if (row.label_at.begin == fix.at.begin && row.label_at.end == fix.at.end) c = {&d, i, &row.key};
    bool clear = c.row && fix.text != fix.replaces;
    for (const auto& r : taken) clear = clear && !collide(r, fix.at);
    if (clear) taken.push_back(fix.at);
    if (clear && in_canonical) {
      fix.at = canonical.locate(fix.at);
      fix.in_canonical_text = true;
    }
    std::string_view written = clear && !fix.at.empty() && fix.at.end <= edited.size()
                                   ? edited.substr(fix.at.begin, fix.at.length())
                                   : "";
    bool one_line = written.find_first_of("\r\n") == std::string_view::npos;
    if (clear && !written.empty() && written == fix.replaces && one_line && !wrapped(edited, fix) &&
        (candidates.empty() || candidates.back().diagnostic->text_fix->at.end <= fix.at.begin))
      candidates.push_back(c);
    else
      d.text_fix.reset();
  }
  if (candidates.empty()) return;
  // The report the edited text reads to now (for text input, the one just checked).
  Report base = in_canonical ? read_as_text(edited) : Report{};
  const Report& before = in_canonical ? base : res.report;
  // Usually all of them pass together; else each on its own, then the survivors together once more.
  std::vector<Candidate> kept = candidates;
  if (!verified(edited, before, candidates)) {
    kept.clear();
    for (const auto& c : candidates)
      if (verified(edited, before, {c})) kept.push_back(c);
    if (kept.size() > 1 && !verified(edited, before, kept)) kept.clear();
  }
  for (const auto& c : candidates)
    if (!corrects(kept, c.table, *c.row)) c.diagnostic->text_fix.reset();
  for (const auto& c : kept) res.certain_text_fixes.push_back(*c.diagnostic->text_fix);
}

}  // namespace nianbao
