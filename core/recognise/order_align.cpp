#include "core/recognise/order_align.hpp"

#include <algorithm>

#include "core/recognise/label_match.hpp"
#include "core/text/cell_number.hpp"

namespace nianbao {

namespace {

enum class Kind { Empty, Numbers, Text, Other };

// A row of numbers alone (blanks and placeholders among them), or text alone, or both.
Kind kind_of(const Row& row) {
  int values = 0, texts = 0;
  for (const auto& c : row.cells) {
    if (c.text.find_first_not_of(" \t") == std::string::npos) continue;
    (text::is_value_text(c.text) ? values : texts)++;
  }
  if (values == 0 && texts == 0) return Kind::Empty;
  if (texts == 0) return Kind::Numbers;
  if (values == 0) return Kind::Text;
  return Kind::Other;
}

// A row that carries numbers in the template: a data row, or a group heading the template reads as
// one row (2019 （六）其他处理).
bool data_spec(const RowSpec& s) { return !s.key.empty() || (s.known && !s.collapsed_key.empty()); }

struct Labelled {
  std::size_t row;  // index of the label row
  int spec;         // matched spec, -1 for a line that continues the label above
};

// The spec a text row names (the last of its cells that matches), or -1.
int spec_of(const Row& row, const LabelSet& labels, int expected) {
  int found = -1;
  for (const auto& c : row.cells) {
    if (c.text.empty()) continue;
    LabelMatch m = labels.match(c.text, expected);
    if (m.index >= 0 && m.quality >= MatchQuality::Prefix) found = m.index;
  }
  return found;
}

// A number row takes the label cells of its row, the lines that continue them, then its numbers.
Row joined(const Document& doc, const std::vector<std::size_t>& label_rows, const Row& numbers) {
  Row r = numbers;
  r.cells.clear();
  for (std::size_t i : label_rows)
    for (const auto& c : doc.rows[i].cells) r.cells.push_back(c);
  for (const auto& c : numbers.cells) r.cells.push_back(c);
  r.paragraph = false;
  return r;
}

}  // namespace

OrderAlignment align_rows_by_order(const Document& doc, std::size_t begin, std::size_t end,
                                   const TableSpecs& table) {
  const std::vector<RowSpec>& specs = table.rows;
  OrderAlignment out;
  if (end > doc.rows.size()) end = doc.rows.size();
  std::vector<Kind> kinds;
  for (std::size_t i = begin; i < end; ++i) kinds.push_back(kind_of(doc.rows[i]));
  // Cheap test first: a run of at least three number rows is needed either way.
  std::size_t longest = 0, run = 0;
  for (Kind k : kinds) {
    run = k == Kind::Numbers ? run + 1 : (k == Kind::Empty ? run : 0);
    longest = std::max(longest, run);
  }
  if (longest < 3) return out;

  const LabelSet& labels = table.labels;
  // The label rows of the stretch, in order, and the number rows that stand beside no label.
  std::vector<Labelled> named;
  int expected = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (kinds[i - begin] != Kind::Text) continue;
    int s = spec_of(doc.rows[i], labels, expected);
    if (s >= 0) expected = s + 1;
    named.push_back({i, s});
  }
  // Find the separated stretch: consecutive text rows naming k >= 3 data rows, then (Empty rows
  // aside) exactly k number rows; or k number rows, then such text rows.
  struct Block {
    std::size_t from = 0, to = 0;  // rows [from, to)
  };
  auto block_of = [&](std::size_t i, Kind kind) {
    Block b{i, i};
    while (b.to < end && (kinds[b.to - begin] == kind || kinds[b.to - begin] == Kind::Empty)) ++b.to;
    while (b.to > b.from && kinds[b.to - 1 - begin] == Kind::Empty) --b.to;
    return b;
  };
  auto data_labels = [&](const Block& b) {
    std::vector<std::vector<std::size_t>> rows;  // per data label: its row and continuation rows
    bool group_above = false;
    for (const auto& n : named) {
      if (n.row < b.from || n.row >= b.to) continue;
      if (n.spec >= 0 && data_spec(specs[static_cast<std::size_t>(n.spec)])) {
        rows.push_back({n.row});
        group_above = false;
      } else if (n.spec >= 0) {
        group_above = true;  // a group heading: no numbers of its own
      } else if (!rows.empty() && !group_above) {
        rows.back().push_back(n.row);  // a wrapped label's second line
      }
    }
    return rows;
  };
  auto numbers_in = [&](const Block& b) {
    std::vector<std::size_t> rows;
    for (std::size_t i = b.from; i < b.to; ++i)
      if (kinds[i - begin] == Kind::Numbers) rows.push_back(i);
    return rows;
  };

  std::vector<bool> consumed(end - begin, false);
  std::vector<std::pair<std::size_t, Row>> replace;  // label row -> joined row
  for (std::size_t i = begin; i < end;) {
    if (kinds[i - begin] != Kind::Text && kinds[i - begin] != Kind::Numbers) {
      ++i;
      continue;
    }
    Block first = block_of(i, kinds[i - begin]);
    Kind other = kinds[i - begin] == Kind::Text ? Kind::Numbers : Kind::Text;
    std::size_t j = first.to;
    while (j < end && kinds[j - begin] == Kind::Empty) ++j;
    if (j >= end || kinds[j - begin] != other) {
      i = first.to > i ? first.to : i + 1;
      continue;
    }
    Block second = block_of(j, other);
    const Block& text_block = other == Kind::Numbers ? first : second;
    const Block& number_block = other == Kind::Numbers ? second : first;
    auto labels_here = data_labels(text_block);
    auto numbers_here = numbers_in(number_block);
    if (labels_here.size() >= 3 && labels_here.size() == numbers_here.size()) {
      for (std::size_t k = 0; k < labels_here.size(); ++k) {
        replace.push_back({labels_here[k].front(), joined(doc, labels_here[k], doc.rows[numbers_here[k]])});
        for (std::size_t m = 1; m < labels_here[k].size(); ++m) consumed[labels_here[k][m] - begin] = true;
        consumed[numbers_here[k] - begin] = true;
        out.numbers_at = span(out.numbers_at, doc.rows[numbers_here[k]].at);
      }
      out.aligned += static_cast<int>(numbers_here.size());
      i = second.to;
      continue;
    }
    i = second.from;
  }

  // No label left at all: number rows exactly as many as the template's data rows take them in order.
  if (out.aligned == 0) {
    bool any_label = false;
    for (const auto& n : named) any_label = any_label || n.spec >= 0;
    std::vector<std::size_t> data;
    for (std::size_t s = 0; s < specs.size(); ++s)
      if (data_spec(specs[s]) && specs[s].known) data.push_back(s);
    std::vector<std::size_t> numbers;
    for (std::size_t i = begin; i < end; ++i)
      if (kinds[i - begin] == Kind::Numbers) numbers.push_back(i);
    if (any_label || numbers.size() != data.size() || data.size() < 3) return out;
    for (std::size_t k = 0; k < numbers.size(); ++k) {
      const Row& n = doc.rows[numbers[k]];
      Cell label;
      label.text = specs[data[k]].label;
      label.at = Range{n.at.begin, n.at.begin};  // the label is the template's, not in the input
      Row r = n;
      r.paragraph = false;
      r.cells.insert(r.cells.begin(), label);
      replace.push_back({numbers[k], r});
      out.numbers_at = span(out.numbers_at, n.at);
    }
    out.aligned = static_cast<int>(numbers.size());
  }
  if (out.aligned == 0) return out;

  out.doc.layout = doc.layout;
  out.doc.table_count = doc.table_count;
  for (std::size_t i = begin; i < end; ++i) {
    bool replaced = false;
    for (auto& [at, row] : replace)
      if (at == i) {
        out.doc.rows.push_back(row);
        replaced = true;
        break;
      }
    if (!replaced && !consumed[i - begin]) out.doc.rows.push_back(doc.rows[i]);
  }
  return out;
}

}  // namespace nianbao
