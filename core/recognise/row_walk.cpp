#include "core/recognise/row_walk.hpp"

#include <algorithm>

#include "core/recognise/cell_value.hpp"
#include "core/recognise/label_match.hpp"
#include "core/recognise/order_align.hpp"
#include "core/recognise/trim_columns.hpp"
#include "core/text/cell_number.hpp"
#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

struct Slot {
  int spec = -1;
  std::string key;
  std::vector<std::string> columns;
  bool known = true;
  bool official_wording = true;
  MatchQuality quality = MatchQuality::None;
  std::vector<const Cell*> label_cells;
  std::vector<const Cell*> values;
  bool complete() const { return values.size() >= columns.size(); }
};

bool value_text(const Cell& c) { return text::is_value_text(c.text); }

// A prose sentence inside a table's stretch (a note, an explanation) is no label.
bool is_sentence(const Row& row) {
  if (!row.paragraph || row.cells.empty()) return false;
  const std::string& t = row.cells[0].text;
  return t.find("。") != std::string::npos || t.size() > 120;
}

constexpr int kNoSlot = -1;
constexpr int kGroup = -2;    // a group heading is current; numbers would fill it as one row
constexpr int kIgnored = -3;  // the current label belongs to a row already read (a repeated header)

class Walker {
 public:
  Walker(const TableSpecs& specs, bool one_cell_per_line)
      : specs_(specs.rows),
        one_cell_per_line_(one_cell_per_line),
        labels_(specs.labels),
        unknown_columns_(specs.unknown_columns_row >= 0 ? &specs.rows[specs.unknown_columns_row].columns
                                                        : nullptr),
        group_labels_(specs.group_labels) {}

  // `next`: the row after this one (nullptr at the end), to tell a stray word from trailing text.
  void feed(const Row& row, const Row* next) {
    if (row.cells.empty() || is_sentence(row)) return;
    if (stray_word(row, next)) {
      assign(row, {&row.cells[0]});
      return;
    }
    for (const auto& c : row.cells)  // 勾 survives normalisation: most cells need none
      if (c.text.find("勾") != std::string::npos &&
          text::contains(text::normalize_label(c.text), "本列数据的勾稽关系"))
        result_.has_rule_note = true;

    // Which cell is this row's own label? The last one that matches a template label.
    int label_end = -1;  // index of the last label cell that matched
    std::vector<std::pair<int, LabelMatch>> matches;
    int first_value = static_cast<int>(row.cells.size());
    while (first_value > 0 && value_text(row.cells[first_value - 1])) --first_value;
    int label_cells = 0;
    for (int i = 0; i < first_value; ++i) label_cells += row.cells[i].text.empty() ? 0 : 1;
    // Only a lone fragment (a wrapped line) or a fragment beside numbers continues a label; a row of
    // several texts and no numbers is a header row, whose words are not part of any label.
    continuing_ = label_cells == 1 || first_value < static_cast<int>(row.cells.size());
    unmatched_.clear();
    for (int i = 0; i < first_value; ++i) {
      const Cell& c = row.cells[i];
      if (c.text.empty()) continue;
      std::string normalized = text::normalize_label(c.text);  // once per cell, for every test below
      if (!labels_.may_match_normalized(normalized)) {  // no label character: no label, nor part of one
        if (label_end < 0) unmatched_.push_back(&c);
        continue_label(c);
        pending_.clear();
        continue;
      }
      LabelMatch m = labels_.match(label_form_of_normalized(normalized), expected_);
      if (!acceptable(m) || specs_[m.index].key.empty()) {
        // A group heading and its first sub-row merged into one cell ("（三）不予公开 1.属于国家秘密").
        LabelMatch inner = match_after_group(normalized);
        if (acceptable(inner)) m = inner;
      }
      if (!acceptable(m)) {
        // A wrapped label may only be recognisable with the fragment before it ("本年新收政府信"+"息…").
        if (!pending_.empty() && current_ == kNoSlot) {
          LabelMatch joined = labels_.match(pending_ + c.text, expected_);
          if (acceptable(joined) && joined.quality >= MatchQuality::Prefix) m = joined;
        }
      }
      if (acceptable(m)) {
        matches.push_back({i, m});
        label_end = i;
        take_label(c, m);
        pending_ = c.text;
      } else {
        if (label_end < 0) unmatched_.push_back(&c);
        continue_label(c);
        // Only the fragments just before the next one can join it into a label: keep at most a
        // label's length of them, so a run of fragments costs a bounded work per fragment.
        if (pending_.size() + c.text.size() > labels_.longest_bytes()) pending_.clear();
        if (c.text.size() <= labels_.longest_bytes()) pending_ += c.text;
      }
    }
    // Numbers: after the row's label cell when it has one, else the trailing run of value cells.
    std::vector<const Cell*> values;
    int n = static_cast<int>(row.cells.size());
    int from = first_value;
    if (label_end >= 0 && label_end + 1 < first_value && current_ >= 0) {
      // Text between the label and the numbers: it stands where numbers belong when the row has
      // exactly one cell per column (then it is kept for cell-not-number), else it is more label.
      // Empty cells at either end (spans and trailing tabs of tab rows) are no columns.
      int lo = label_end + 1, hi = n;
      std::size_t need = slots_[current_].columns.size();
      // (the order of trim_to_columns: one trailing tab, then spans in front, then the end)
      if (hi - lo > static_cast<int>(need) && row.cells[hi - 1].text.empty()) --hi;
      while (hi - lo > static_cast<int>(need) && row.cells[lo].text.empty()) ++lo;
      while (hi - lo > static_cast<int>(need) && row.cells[hi - 1].text.empty()) --hi;
      int texts = 0, numbers = 0;
      for (int i = lo; i < hi; ++i) {
        if (row.cells[i].text.empty()) continue;
        (value_text(row.cells[i]) ? numbers : texts)++;
      }
      if (static_cast<std::size_t>(hi - lo) == need && numbers >= 1 && texts <= 2) {
        from = lo;
        drop_label_cells(row, lo, first_value);
      }
    }
    values.reserve(static_cast<std::size_t>(n - from));
    for (int i = from; i < n; ++i) values.push_back(&row.cells[i]);
    bool any = false;
    for (const Cell* v : values) any = any || !v->text.empty();
    if (!any && !blank_row(label_end, values)) return;
    assign(row, values);
  }

  WalkedTable finish() {
    for (auto& s : slots_) {
      TableRow tr;
      tr.key = s.key;
      tr.known = s.known;
      tr.label_exact = s.official_wording;
      std::string label;
      Range at;
      for (const Cell* c : s.label_cells) {
        label += c->text;
        at = span(at, c->at);
      }
      tr.label = text::collapse_space(label);
      tr.label_at = at;
      result_.at = span(result_.at, at);
      for (std::size_t k = 0; k < s.columns.size(); ++k) {
        CellValue v;  // Missing unless the row has a number for this column
        if (k < s.values.size()) {
          v = read_cell_value(*s.values[k]);
          result_.at = span(result_.at, v.at);
        }
        tr.cells[s.columns[k]] = v;
      }
      if (!s.values.empty() || !s.label_cells.empty()) result_.rows.push_back(std::move(tr));
    }
    result_.found = false;
    for (const auto& r : result_.rows)
      for (const auto& [col, v] : r.cells)
        if (v.present()) result_.found = true;
    return std::move(result_);  // the walk is over: its rows are moved out, not copied
  }

 private:
  bool acceptable(const LabelMatch& m) const {
    if (m.index < 0) return false;
    if (m.quality >= MatchQuality::Prefix) return true;
    // A misspelt label is only trusted where the template expects it.
    return m.quality == MatchQuality::Fuzzy && m.index >= expected_ - 1 && m.index <= expected_ + 2;
  }

  // One cell per line: a short word where the current row still expects numbers ("abc", "见附件")
  // stands in its column and is kept for cell-not-number; it is no more label when the row already
  // has numbers or its label was read whole, and no trailing text when a number follows it (or it
  // is the row's last missing cell).
  bool stray_word(const Row& row, const Row* next) const {
    if (!one_cell_per_line_ || row.cells.size() != 1 || current_ < 0) return false;
    const Slot& s = slots_[current_];
    const std::string& t = row.cells[0].text;
    if (s.complete() || t.empty() || value_text(row.cells[0])) return false;
    if (s.values.empty() && s.quality != MatchQuality::Exact) return false;
    if (t.size() > 24 || text::contains(t, "（") || text::contains(t, "(") || text::contains(t, "：") ||
        text::contains(t, "，") || text::contains(t, "、"))
      return false;
    if (acceptable(labels_.match(t, expected_)) || acceptable(match_after_group(text::normalize_label(t))))
      return false;
    bool last = s.values.size() + 1 == s.columns.size();
    bool number_follows = next != nullptr && next->cells.size() == 1 && !next->cells[0].text.empty() &&
                          value_text(next->cells[0]);
    return last || number_follows;
  }

  // A row whose cells are all blank (&nbsp;, empty <p>, empty tab or pipe cells) is still a row: its
  // label stands in this row and a blank cell follows it for every column. Blank cells are cells (null),
  // never a reason to report the row missing. A group heading takes them only where the template reads
  // the heading as one row (2019 （六）其他处理).
  bool blank_row(int label_end, const std::vector<const Cell*>& values) const {
    if (label_end < 0 || values.empty()) return false;
    const std::vector<std::string>* columns = nullptr;
    if (current_ >= 0 && slots_[current_].values.empty()) {
      columns = &slots_[current_].columns;
    } else if (current_ == kGroup) {
      const RowSpec& g = specs_[group_spec_];
      if (g.collapsed_key.empty() || !g.known || slot_for(g.collapsed_key) >= 0) return false;
      columns = unknown_columns_;
    }
    return columns != nullptr && values.size() >= columns->size();
  }

  // `n`: the cell's text through text::normalize_label().
  LabelMatch match_after_group(const std::string& n) const {
    for (const auto& g : group_labels_)
      if (n.size() > g.size() && text::starts_with(n, g)) return labels_.match(n.substr(g.size()), expected_);
    return {};
  }

  int slot_for(const std::string& key) const {
    for (std::size_t i = 0; i < slots_.size(); ++i)
      if (slots_[i].key == key) return static_cast<int>(i);
    return -1;
  }

  void take_label(const Cell& c, const LabelMatch& m) {
    const RowSpec& spec = specs_[m.index];
    if (spec.key.empty()) {
      // Group headings of PDF text often stand below their first sub-rows (vertically centred):
      // they must not send the expected position back.
      expected_ = std::max(expected_, m.index + 1);
      current_ = kGroup;
      group_spec_ = m.index;
      group_cell_ = &c;
      group_wording_ = m.official_wording;
      return;
    }
    expected_ = m.index + 1;
    int existing = slot_for(spec.key);
    if (existing >= 0 && (slots_[existing].complete() || !slots_[existing].values.empty())) {
      current_ = kIgnored;
      return;
    }
    if (existing < 0) {
      Slot s;
      s.spec = m.index;
      s.key = spec.key;
      s.columns = spec.columns;
      s.known = spec.known;
      slots_.push_back(s);
      existing = static_cast<int>(slots_.size()) - 1;
    }
    Slot& s = slots_[existing];
    // A row named again before its numbers (a heading, then the row itself): the later label is
    // the row's own.
    if (!s.label_cells.empty() && m.quality >= s.quality) s.label_cells.clear();
    s.label_cells.push_back(&c);
    s.quality = m.quality;
    s.official_wording = m.official_wording;
    current_ = existing;
  }

  // Cells row[lo, hi) were read as values after all: continue_label took them into the label while the
  // row's texts were read ("（一）予以公开" + "5" + "abc"), which would name the row by them.
  void drop_label_cells(const Row& row, int lo, int hi) {
    if (current_ < 0 || lo >= hi) return;
    auto& cells = slots_[current_].label_cells;
    const Cell* b = &row.cells[lo];
    const Cell* e = b + (hi - lo);
    cells.erase(std::remove_if(cells.begin(), cells.end(), [&](const Cell* c) { return c >= b && c < e; }),
                cells.end());
  }

  void continue_label(const Cell& c) {
    if (continuing_ && current_ >= 0 && slots_[current_].values.empty())
      slots_[current_].label_cells.push_back(&c);
  }

  void assign(const Row& row, std::vector<const Cell*> values) {
    if (current_ == kGroup) {
      const RowSpec& g = specs_[group_spec_];
      if (g.collapsed_key.empty() || slot_for(g.collapsed_key) >= 0) return;
      Slot s;
      s.spec = group_spec_;
      s.key = g.collapsed_key;
      s.columns = specs_[group_spec_ + 1 < static_cast<int>(specs_.size()) ? group_spec_ + 1 : 0].columns;
      s.known = g.known;
      s.official_wording = group_wording_;
      s.label_cells.push_back(group_cell_);
      slots_.push_back(s);
      current_ = static_cast<int>(slots_.size()) - 1;
    }
    if (current_ == kNoSlot && !unmatched_.empty() && unknown_columns_ != nullptr) {
      // Numbers beside a label that is not in the template: read under a key of its own and
      // reported (label-unknown), never dropped.
      Slot s;
      s.key = "x" + std::to_string(++unknown_count_);
      s.columns = *unknown_columns_;
      s.known = false;
      s.official_wording = false;
      s.label_cells = unmatched_;
      slots_.push_back(s);
      current_ = static_cast<int>(slots_.size()) - 1;
    }
    if (current_ < 0) return;
    Slot& s = slots_[current_];
    std::size_t need = s.columns.size() - std::min(s.columns.size(), s.values.size());
    if (row.grid_width > 0 && values.size() > need) {
      // HTML/docx grid: the numbers are the last grid columns.
      std::vector<const Cell*> in_grid;
      for (const Cell* v : values)
        if (v->col >= row.grid_width - static_cast<int>(s.columns.size())) in_grid.push_back(v);
      if (in_grid.size() <= need && !in_grid.empty()) values = in_grid;
    }
    trim_to_columns(values, need);
    for (const Cell* v : values) {
      if (s.values.size() >= s.columns.size()) break;
      s.values.push_back(v);
    }
    if (s.complete()) current_ = kNoSlot;
    pending_.clear();
  }

  const std::vector<RowSpec>& specs_;
  const bool one_cell_per_line_;
  const LabelSet& labels_;
  std::vector<Slot> slots_;
  WalkedTable result_;
  int current_ = kNoSlot;
  int expected_ = 0;
  int group_spec_ = -1;
  const Cell* group_cell_ = nullptr;
  bool group_wording_ = true;
  std::string pending_;
  bool continuing_ = false;
  std::vector<const Cell*> unmatched_;  // label cells of the current row that matched nothing
  const std::vector<std::string>* unknown_columns_;
  int unknown_count_ = 0;
  const std::vector<std::string>& group_labels_;
};

}  // namespace

TableSpecs::TableSpecs(std::vector<RowSpec> specs) : rows(std::move(specs)) {
  for (const auto& s : rows) labels.add(s.label, s.synonyms);
  // Rows not in the template get the columns the template's rows share (table 三: all seven); table 二's
  // rows differ, so an unknown row there cannot be placed.
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (!rows[i].key.empty() &&
        (unknown_columns_row < 0 || rows[i].columns.size() > rows[unknown_columns_row].columns.size()))
      unknown_columns_row = static_cast<int>(i);
  for (const auto& s : rows)
    if (unknown_columns_row >= 0 && !s.key.empty() && s.columns != rows[unknown_columns_row].columns)
      unknown_columns_row = -1;
  for (const auto& s : rows)
    if (s.key.empty()) group_labels.push_back(text::normalize_label(s.label));
}

WalkedTable walk_table(const Document& doc, std::size_t begin, std::size_t end, const TableSpecs& specs) {
  OrderAlignment aligned = align_rows_by_order(doc, begin, end, specs);
  const Document& d = aligned.aligned > 0 ? aligned.doc : doc;
  if (aligned.aligned > 0) {
    begin = 0;
    end = d.rows.size();
  }
  Walker w(specs, d.layout == Layout::Lines);
  for (std::size_t i = begin; i < end && i < d.rows.size(); ++i)
    w.feed(d.rows[i], i + 1 < end && i + 1 < d.rows.size() ? &d.rows[i + 1] : nullptr);
  WalkedTable t = w.finish();
  t.aligned_by_order = aligned.aligned;
  t.aligned_at = aligned.numbers_at;
  return t;
}

}  // namespace nianbao
