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

// The row whose label the reader took from `at` ({table, row key}), if any.
struct RowRef {
  std::string table, row;
  bool operator==(const RowRef& o) const { return table == o.table && row == o.row; }
};

std::optional<RowRef> row_labelled_at(const Report& r, Range at) {
  for (int i = 0; i < 3; ++i)
    for (const auto& row : tables_of(r, i)->rows)
      if (row.label_at.begin == at.begin && row.label_at.end == at.end)
        return RowRef{tables_of(r, i)->key, row.key};
  return std::nullopt;
}

bool same_cell(const CellValue& a, const CellValue& b) {
  return a.kind == b.kind && a.value == b.value && a.raw == b.raw && a.unit == b.unit &&
         a.problem == b.problem;
}

// `after` is `before` with the labels of `fixed` official and nothing else read differently: the same
// title, year, template and sections, the same rows in the same order, every cell the same.
bool only_labels_changed(const Report& before, const Report& after, const std::vector<RowRef>& fixed) {
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
      for (const auto& [col, cell] : rb.cells) {
        auto it = ra.cells.find(col);
        if (it == ra.cells.end() || !same_cell(cell, it->second)) return false;
      }
      bool is_fixed = std::find(fixed.begin(), fixed.end(), RowRef{tb.key, rb.key}) != fixed.end();
      if (is_fixed ? !ra.label_exact : ra.label != rb.label || ra.label_exact != rb.label_exact) return false;
    }
  }
  return true;
}

struct Candidate {
  Diagnostic* diagnostic;
  TextFix fix;  // its range in the edited text
  RowRef row;
};

bool verified(std::string_view text, const Report& base, const std::vector<Candidate>& set) {
  std::vector<TextFix> fixes;
  std::vector<RowRef> rows;
  for (const auto& c : set) {
    fixes.push_back(c.fix);
    rows.push_back(c.row);
  }
  return only_labels_changed(base, read_as_text(apply_text_fixes(text, fixes)), rows);
}

}  // namespace

std::string apply_text_fixes(std::string_view text, std::vector<TextFix> fixes) {
  std::sort(fixes.begin(), fixes.end(),
            [](const TextFix& a, const TextFix& b) { return a.at.begin < b.at.begin; });
  std::string out;
  std::size_t pos = 0;
  for (const auto& f : fixes) {
    if (f.at.begin < pos || f.at.end > text.size()) continue;  // overlapping or outside: never applied
    out.append(text.substr(pos, f.at.begin - pos));
    out += f.text;
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
  std::vector<Candidate> candidates;
  for (auto& d : res.diagnostics) {
    if (!d.text_fix) continue;
    TextFix fix = *d.text_fix;
    d.text_fix.reset();  // offered again below only when it passes every test
    auto row = row_labelled_at(res.report, fix.at);
    bool clear = row && fix.text != fix.replaces;
    for (const auto& r : taken) clear = clear && !collide(r, fix.at);
    if (!clear) continue;
    taken.push_back(fix.at);
    if (in_canonical) {
      fix.at = canonical.locate(fix.at);
      fix.in_canonical_text = true;
    }
    if (fix.at.end > edited.size() || fix.at.empty()) continue;
    std::string_view written = edited.substr(fix.at.begin, fix.at.length());
    if (written != fix.replaces || written.find_first_of("\r\n") != std::string_view::npos) continue;
    if (wrapped(edited, fix)) continue;
    candidates.push_back({&d, fix, *row});
  }
  if (candidates.empty()) return;
  // The report the edited text reads to now (for text input, the one just checked).
  Report base = in_canonical ? read_as_text(edited) : Report{};
  const Report& before = in_canonical ? base : res.report;
  // Usually all of them pass together; else each on its own, then the survivors together once more.
  if (!verified(edited, before, candidates)) {
    std::vector<Candidate> alone;
    for (const auto& c : candidates)
      if (verified(edited, before, {c})) alone.push_back(c);
    candidates = alone.size() > 1 && !verified(edited, before, alone) ? std::vector<Candidate>{} : alone;
  }
  for (auto& c : candidates) {
    c.diagnostic->text_fix = c.fix;
    res.certain_text_fixes.push_back(c.fix);
  }
  std::sort(res.certain_text_fixes.begin(), res.certain_text_fixes.end(),
            [](const TextFix& a, const TextFix& b) { return a.at.begin < b.at.begin; });
}

}  // namespace nianbao
