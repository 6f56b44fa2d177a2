#include "core/read/canonical_text.hpp"

#include <algorithm>

#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

// One line's worth of a cell or paragraph, appended to `out`: tabs and line breaks would split it into cells
// or lines when read back, and runs of spaces (&nbsp;&nbsp; padding) would read as space-aligned PDF columns.
// Spaces at either end go, inner runs become one space; the characters between are appended run by run.
void append_one_line(std::string& out, std::string_view t) {
  constexpr std::size_t kNone = std::string_view::npos;
  bool space = false, any = false;
  std::size_t i = 0, run = kNone;  // [run, i): characters not yet appended
  while (i < t.size()) {
    std::size_t b = i;
    char32_t c = utf8::next(t, i);
    bool is_space = c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == 0xA0 ||
                    c == 0x3000 || c == 0x2002 || c == 0x2003 || c == 0x2009;
    if (is_space) {
      if (run != kNone) {
        out.append(t.data() + run, b - run);
        any = true;
        run = kNone;
      }
      space = true;
      continue;
    }
    if (run == kNone) {
      if (space && any) out += ' ';
      run = b;
    }
    space = false;
  }
  if (run != kNone) out.append(t.data() + run, t.size() - run);
}

}  // namespace

CanonicalText CanonicalText::of(const Document& doc) {
  CanonicalText c;
  std::string& out = c.text_;
  int last_table = -2;  // table of the previous line; -1 for a paragraph
  for (const Row& row : doc.rows) {
    if (row.cells.empty()) continue;
    int table = row.paragraph ? -1 : row.table;
    if (!out.empty()) {
      out += '\n';
      // A blank line ends a paragraph and a table; rows of one table follow each other.
      if (table < 0 || table != last_table) out += '\n';
    }
    last_table = table;
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      const Cell& cell = row.cells[k];
      if (k > 0) out += '\t';
      std::size_t begin = out.size();
      append_one_line(out, cell.text);
      c.segments_.push_back({cell.at, Range{begin, out.size()}});
    }
    // A table row of one cell (a caption spanning the table) stays a table row.
    if (!row.paragraph && row.cells.size() == 1) out += '\t';
  }
  std::stable_sort(c.segments_.begin(), c.segments_.end(),
                   [](const Segment& a, const Segment& b) { return a.source.begin < b.source.begin; });
  return c;
}

std::size_t CanonicalText::map(const Segment& s, std::size_t x) const {
  std::size_t slen = s.source.length(), clen = s.canonical.length();
  if (x <= s.source.begin || slen == 0) return s.canonical.begin;
  if (x >= s.source.end) return s.canonical.end;
  // Verbatim pieces map byte for byte; decoded ones (entities, tags removed) proportionally.
  std::size_t off = slen == clen ? x - s.source.begin : (x - s.source.begin) * clen / slen;
  std::size_t p = s.canonical.begin + off;
  while (p > s.canonical.begin && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) --p;
  return p;
}

Range CanonicalText::locate(Range source) const {
  if (segments_.empty()) return Range{0, 0};
  // The last segment starting at or before the range: the piece that holds it (or the one just before
  // it, for a range in markup between pieces).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), source.begin,
                             [](std::size_t x, const Segment& s) { return x < s.source.begin; });
  const Segment& first = it == segments_.begin() ? *it : *(it - 1);
  std::size_t b = map(first, source.begin);
  // The end: in the last segment starting before it.
  auto jt = std::upper_bound(segments_.begin(), segments_.end(), source.end > 0 ? source.end - 1 : 0,
                             [](std::size_t x, const Segment& s) { return x < s.source.begin; });
  const Segment& last = jt == segments_.begin() ? *jt : *(jt - 1);
  std::size_t e = source.end > source.begin ? map(last, source.end) : b;
  if (e < b) e = b;
  return Range{b, e};
}

}  // namespace nianbao
