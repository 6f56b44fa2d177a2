#include "core/read/runs_layout.hpp"

#include <algorithm>
#include <cmath>

#include "core/read/cjk_radicals.hpp"
#include "core/text/cell_number.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::runs {

namespace {

bool blank_text(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0x3000 && c != 0xA0) return false;
  }
  return true;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    utf8::next(s, i);
    ++n;
  }
  return n;
}

bool ideograph(const std::string& s) {
  std::size_t i = 0;
  char32_t c = utf8::next(s, i);
  return c >= 0x2E80 && c <= 0x9FFF;
}

bool latin_or_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string trimmed(const std::string& s) {
  std::size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

Piece piece_of(const Run& r) {
  Piece p;
  p.text = fold_cjk_radicals(trimmed(r.text));
  p.at = r.at;
  p.x0 = r.x;
  p.y0 = r.y;
  p.x1 = r.x + r.w;
  p.y1 = r.y + r.h;
  p.vertical = r.rot == 90 || r.rot == 270;
  p.size = r.size > 0 ? r.size : (p.vertical ? r.w : r.h);
  if (p.size <= 0) p.size = 10;
  // Some extractors merge characters stacked one per line into one run: tall and one character wide.
  if (!p.vertical && r.h > 1.8 * p.size && r.w < 1.6 * p.size && code_points(p.text) >= 2) p.vertical = true;
  return p;
}

// Characters written one per line (a rotated group label of a table: "三、" "本" "年" … "果") become
// one vertical piece.
void stack_single_characters(std::vector<Piece>& pieces) {
  // Pieces by their middle, to find a candidate's neighbours on its line quickly.
  std::vector<std::size_t> by_y(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i) by_y[i] = i;
  std::sort(by_y.begin(), by_y.end(),
            [&](std::size_t a, std::size_t b) { return pieces[a].cy() < pieces[b].cy(); });
  // A character with text right beside it on its line is part of that text (an extractor may split
  // "一、本年新收…" after its first character), not one character of a vertical label.
  auto alone = [&](std::size_t i) {
    const Piece& p = pieces[i];
    auto lo = std::lower_bound(by_y.begin(), by_y.end(), p.cy() - 0.5 * p.size,
                               [&](std::size_t k, double v) { return pieces[k].cy() < v; });
    for (auto it = lo; it != by_y.end() && pieces[*it].cy() <= p.cy() + 0.5 * p.size; ++it) {
      const Piece& q = pieces[*it];
      if (*it == i || q.vertical) continue;
      double right = q.x0 - p.x1, left = p.x0 - q.x1;
      if ((right > -0.5 * p.size && right < 0.6 * p.size) || (left > -0.5 * p.size && left < 0.6 * p.size))
        return false;
    }
    return true;
  };
  std::vector<std::size_t> singles;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (!pieces[i].vertical && code_points(pieces[i].text) <= 2 && ideograph(pieces[i].text) &&
        pieces[i].x1 - pieces[i].x0 <= 2.2 * pieces[i].size && alone(i))
      singles.push_back(i);
  std::sort(singles.begin(), singles.end(), [&](std::size_t a, std::size_t b) {
    if (std::fabs(pieces[a].x0 - pieces[b].x0) > 0.3 * pieces[a].size) return pieces[a].x0 < pieces[b].x0;
    return pieces[a].y0 < pieces[b].y0;
  });
  std::vector<bool> gone(pieces.size(), false);
  for (std::size_t k = 0; k < singles.size();) {
    std::size_t end = k + 1;
    while (end < singles.size()) {
      const Piece& prev = pieces[singles[end - 1]];
      const Piece& next = pieces[singles[end]];
      bool same_column =
          std::fabs(next.x0 - prev.x0) <= 0.3 * prev.size && std::fabs(next.size - prev.size) < 1;
      double gap = next.y0 - prev.y1;
      if (!same_column || gap < -0.2 * prev.size || gap > 1.6 * prev.size) break;
      ++end;
    }
    // Three or more: two short cells above one another are as likely two rows of a table.
    if (end - k >= 3) {
      Piece& first = pieces[singles[k]];
      for (std::size_t m = k + 1; m < end; ++m) {
        const Piece& p = pieces[singles[m]];
        first.text += p.text;
        first.at = span(first.at, p.at);
        first.y1 = std::max(first.y1, p.y1);
        first.x1 = std::max(first.x1, p.x1);
        gone[singles[m]] = true;
      }
      first.vertical = true;
    }
    k = end;
  }
  std::vector<Piece> kept;
  kept.reserve(pieces.size());
  for (std::size_t i = 0; i < pieces.size(); ++i)
    if (!gone[i]) kept.push_back(std::move(pieces[i]));
  pieces = std::move(kept);
}

// Vertical pieces directly above one another (one label broken into several runs) become one.
void join_vertical(std::vector<Piece>& pieces) {
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
    if (a.vertical != b.vertical) return a.vertical;
    return a.y0 < b.y0;
  });
  std::vector<Piece> out;
  out.reserve(pieces.size());
  for (auto& p : pieces) {
    if (p.vertical) {
      bool joined = false;
      for (auto& o : out) {
        bool overlap_x = p.x0 < o.x1 && o.x0 < p.x1;
        double gap = p.y0 - o.y1;
        if (o.vertical && overlap_x && gap > -0.5 * p.size && gap < 1.2 * p.size) {
          o.text += p.text;
          o.at = span(o.at, p.at);
          o.y1 = std::max(o.y1, p.y1);
          o.x0 = std::min(o.x0, p.x0);
          o.x1 = std::max(o.x1, p.x1);
          joined = true;
          break;
        }
      }
      if (joined) continue;
    }
    out.push_back(std::move(p));
  }
  pieces = std::move(out);
}

Block block_of(const Piece& p) {
  Block b;
  b.text = p.text;
  b.at = p.at;
  b.x0 = p.x0;
  b.y0 = p.y0;
  b.x1 = p.x1;
  b.y1 = p.y1;
  b.size = p.size;
  b.vertical = p.vertical;
  b.parts.push_back(Part{p.text, p.at, p.x0, p.x1});
  return b;
}

void finish_line(Line& line) {
  line.x0 = line.cells.front().x0;
  line.x1 = line.cells.back().x1;
  for (auto& c : line.cells) c.value = !c.vertical && text::is_value_text(c.text);
}

}  // namespace

bool vertical_rule_between(const RunsPage& page, double xa, double xb, double y0, double y1) {
  // page.vertical_rules holds just the thin lines, by centre x: look at those whose centre lies strictly
  // inside (xa - 0.5, xb + 0.5).
  const auto& rules = page.vertical_rules;
  auto centre = [](const RuleLine& l) { return l.x + l.w / 2; };
  auto it = std::upper_bound(rules.begin(), rules.end(), xa - 0.5,
                             [&](double x, const RuleLine& l) { return x < centre(l); });
  for (; it != rules.end() && centre(*it) < xb + 0.5; ++it) {
    const RuleLine& l = *it;
    if (l.h < 0.5 * (y1 - y0)) continue;  // too short to be the rule beside this stretch
    if (l.y <= y0 + 1 && l.y + l.h >= y1 - 1) return true;
  }
  return false;
}

void append_text(std::string& out, const std::string& more) {
  if (!out.empty() && !more.empty() && latin_or_digit(out.back()) && latin_or_digit(more.front())) out += ' ';
  out += more;
}

bool Line::has_values() const {
  for (const auto& c : cells)
    if (c.value && !c.text.empty()) return true;
  return false;
}

std::string Line::text() const {
  std::string s;
  for (const auto& c : cells) {
    if (!s.empty()) s += ' ';
    s += c.text;
  }
  return s;
}

std::vector<Line> page_lines(const RunsPage& page, int page_index) {
  // Every list below is reserved at its final bound: a page has a few hundred runs, and a Piece moved by a
  // growing vector copies its text's bookkeeping each time.
  std::vector<Piece> pieces;
  pieces.reserve(page.runs.size());
  for (const Run& r : page.runs)
    if (!blank_text(r.text)) pieces.push_back(piece_of(r));
  stack_single_characters(pieces);
  join_vertical(pieces);

  std::vector<Line> lines;
  std::vector<Piece> flat;
  flat.reserve(pieces.size());
  for (auto& p : pieces) {
    if (p.vertical) {
      Line l;
      l.cells.push_back(block_of(p));
      l.y0 = p.y0;
      l.y1 = p.y1;
      l.size = p.size;
      l.page = page_index;
      l.vertical = true;
      finish_line(l);
      lines.push_back(std::move(l));
    } else {
      flat.push_back(std::move(p));
    }
  }
  // Rows from y: pieces whose middles are close (relative to the smaller of the two heights) share
  // a line; a label in a small font and its numbers in a larger one still do.
  std::stable_sort(flat.begin(), flat.end(), [](const Piece& a, const Piece& b) { return a.cy() < b.cy(); });
  std::vector<std::vector<Piece>> groups;
  std::vector<double> centre, min_h;
  for (auto& p : flat) {
    double h = std::max(p.y1 - p.y0, 0.5 * p.size);
    if (!groups.empty() && std::fabs(p.cy() - centre.back()) <= 0.45 * std::min(h, min_h.back())) {
      auto& g = groups.back();
      centre.back() = (centre.back() * g.size() + p.cy()) / (g.size() + 1);
      min_h.back() = std::min(min_h.back(), h);
      g.push_back(std::move(p));
      continue;
    }
    groups.emplace_back();
    groups.back().push_back(std::move(p));
    centre.push_back(groups.back().back().cy());
    min_h.push_back(h);
  }
  for (auto& g : groups) {
    std::sort(g.begin(), g.end(), [](const Piece& a, const Piece& b) { return a.x0 < b.x0; });
    Line l;
    l.page = page_index;
    l.y0 = g.front().y0;
    l.y1 = g.front().y1;
    for (const auto& p : g) {
      l.y0 = std::min(l.y0, p.y0);
      l.y1 = std::max(l.y1, p.y1);
      l.size = std::max(l.size, p.size);
    }
    // Columns from x: a gap of about a character or more, or a ruling line, separates cells.
    for (const auto& p : g) {
      if (!l.cells.empty()) {
        Block& last = l.cells.back();
        // Text printed twice a fraction of a point apart (bold imitated by overprinting, as some PDF
        // producers do) is read once: the copy would double a label or stand beside its number as a
        // second number.
        const Part& before = last.parts.back();
        if (before.text == p.text && std::fabs(before.x0 - p.x0) <= 0.2 * p.size &&
            std::fabs(before.x1 - p.x1) <= 0.2 * p.size)
          continue;
        double gap = p.x0 - last.x1;
        double em = std::min(p.size, last.size);
        // A number stands apart from the text before or after it at a smaller gap: narrow columns
        // leave less than a character between a label and its number ("行政规范性文件" "3"), while
        // a number inside a sentence touches its words or is set off by a space at most.
        bool number_beside = text::is_value_text(p.text) || text::is_value_text(last.text);
        // A number overprinted by text (a label too wide for its cell running on over the number
        // cells beside it, as Excel and hand-set tables print) is no part of that text: typeset text
        // never overlaps itself by more than a kerning.
        bool overprinted = number_beside && gap < -0.25 * em;
        bool apart = gap > 0.9 * em || (number_beside && gap > 0.5 * em) || overprinted ||
                     vertical_rule_between(page, last.x1, p.x0, l.y0 + 0.2 * (l.y1 - l.y0),
                                           l.y1 - 0.2 * (l.y1 - l.y0));
        if (!apart) {
          append_text(last.text, p.text);
          last.at = span(last.at, p.at);
          last.x1 = std::max(last.x1, p.x1);
          last.y0 = std::min(last.y0, p.y0);
          last.y1 = std::max(last.y1, p.y1);
          last.size = std::max(last.size, p.size);
          last.parts.push_back(Part{p.text, p.at, p.x0, p.x1});
          continue;
        }
      }
      l.cells.push_back(block_of(p));
    }
    finish_line(l);
    lines.push_back(std::move(l));
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    if (std::fabs(a.y0 - b.y0) > 0.5) return a.y0 < b.y0;
    return a.x0 < b.x0;
  });
  return lines;
}

int column_containing(double x0, double x1, const std::vector<std::pair<double, double>>& columns) {
  double width = std::max(x1 - x0, 1e-6);
  for (std::size_t k = 0; k < columns.size(); ++k) {
    double o = std::min(x1, columns[k].second) - std::max(x0, columns[k].first);
    if (o >= 0.5 * width) return static_cast<int>(k);
  }
  return -1;
}

void split_at_columns(Line& line, const std::vector<std::pair<double, double>>& columns) {
  std::vector<Block> out;
  for (auto& b : line.cells) {
    if (b.vertical || b.value || b.parts.size() < 2) {
      out.push_back(std::move(b));
      continue;
    }
    std::vector<Block> pieces;
    int piece_column = -1;  // the number column of the piece being built, -1 for text
    for (const Part& p : b.parts) {
      int k = text::is_value_text(p.text) ? column_containing(p.x0, p.x1, columns) : -1;
      // A number in a column starts a cell of its own; text after a number stays with it ("3" "件"
      // is one cell "3件").
      if (pieces.empty() || (k >= 0 && k != piece_column)) {
        Block n;
        n.text = p.text;
        n.at = p.at;
        n.x0 = p.x0;
        n.x1 = p.x1;
        n.y0 = b.y0;
        n.y1 = b.y1;
        n.size = b.size;
        pieces.push_back(std::move(n));
        piece_column = k;
        continue;
      }
      Block& last = pieces.back();
      append_text(last.text, p.text);
      last.at = span(last.at, p.at);
      last.x1 = std::max(last.x1, p.x1);
    }
    for (auto& n : pieces) {
      n.value = text::is_value_text(n.text);
      out.push_back(std::move(n));
    }
  }
  line.cells = std::move(out);
}

}  // namespace nianbao::runs
