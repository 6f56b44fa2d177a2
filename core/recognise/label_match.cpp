#include "core/recognise/label_match.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

// Code points of normalised text, which is well-formed UTF-8 (normalize_label writes nothing else): every
// byte but a continuation byte starts one.
std::size_t count_code_points(std::string_view normalized) {
  std::size_t n = 0;
  for (char c : normalized) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace

LabelForm label_form(std::string_view text) { return label_form_of_normalized(text::normalize_label(text)); }

LabelForm label_form_of_normalized(std::string n) {
  LabelForm f;
  std::size_t hashes = 0;
  while (hashes < n.size() && (n[hashes] == '#' || n[hashes] == '*')) ++hashes;  // markdown headings, bold
  while (n.size() > hashes && n.back() == '*') n.pop_back();
  n.erase(0, hashes);
  f.norm = std::move(n);
  f.core = text::strip_numbering(f.norm);
  f.numbering = f.norm.substr(0, f.norm.size() - f.core.size());
  f.core_chars = count_code_points(f.core);
  f.plain = text::strip_trailing_note(f.core);
  return f;
}

MatchQuality LabelSet::compare(const LabelForm& t, const LabelForm& l, bool& official_equal,
                               bool& same_wording) {
  official_equal = false;
  same_wording = false;
  if (t.norm.empty() || l.norm.empty()) return MatchQuality::None;
  if (t.norm == l.norm) {
    official_equal = same_wording = true;
    return MatchQuality::Exact;
  }
  // Short cores ("其他", "总计", "规章") are also column headers and words of prose: they only
  // match with their numbering, or as the whole cell.
  bool short_core = l.core_chars <= 2;
  bool numbering_ok = t.numbering.empty() ? !short_core : t.numbering == l.numbering;
  if (!numbering_ok && !t.numbering.empty() && !l.numbering.empty()) return MatchQuality::None;
  if (short_core && t.numbering.empty()) {
    same_wording = t.core == l.core && l.numbering.empty();
    return same_wording ? MatchQuality::Exact : MatchQuality::None;
  }
  if (t.core == l.core) {
    same_wording = true;
    return MatchQuality::Exact;
  }
  const std::string &t_plain = t.plain, &l_plain = l.plain;  // computed once per label, not per pair
  if (!t_plain.empty() && t_plain == l_plain) return MatchQuality::Exact;
  // A label wrapped over several lines or cells: the text is the start of the label.
  if (t.core_chars >= 4 && text::starts_with(l.core, t.core)) {
    same_wording = true;
    return MatchQuality::Prefix;
  }
  // The label followed by extra words in the same cell.
  if (l.core_chars >= 4 && text::starts_with(t.core, l.core)) return MatchQuality::Prefix;
  // A misspelt label keeps its numbering and most of its characters ("2.其他法律行政止公开").
  if (!t.numbering.empty() && t.core_chars >= 4 && text::similarity(t_plain, l_plain) >= 0.75)
    return MatchQuality::Fuzzy;
  return MatchQuality::None;
}

void LabelSet::add(const std::string& official, const std::vector<std::string>& synonyms) {
  Entry e;
  e.official = label_form(official);
  longest_bytes_ = std::max(longest_bytes_, official.size());
  for (const auto& s : synonyms) {
    e.synonyms.push_back(label_form(s));
    longest_bytes_ = std::max(longest_bytes_, s.size());
  }
  // This entry's characters, sorted, merged into the set so far: sorting the whole set again on every
  // add was most of the cost of building a set (a table's labels share most of their characters).
  std::vector<char32_t> fresh;
  auto note_characters = [&fresh](const std::string& norm) {
    std::size_t i = 0;
    while (i < norm.size()) fresh.push_back(utf8::next(norm, i));
  };
  note_characters(e.official.norm);
  for (const auto& f : e.synonyms) note_characters(f.norm);
  std::sort(fresh.begin(), fresh.end());
  fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
  std::vector<char32_t> merged;
  merged.reserve(characters_.size() + fresh.size());
  std::set_union(characters_.begin(), characters_.end(), fresh.begin(), fresh.end(),
                 std::back_inserter(merged));
  characters_ = std::move(merged);
  int index = static_cast<int>(entries_.size());
  same_norm_.push_back(-1);
  if (!e.official.norm.empty()) {
    auto first = official_norms_.emplace(e.official.norm, index).first;
    if (first->second != index) {  // append to the chain of entries with this form
      int last = first->second;
      while (same_norm_[last] >= 0) last = same_norm_[last];
      same_norm_[last] = index;
    }
  }
  entries_.push_back(std::move(e));
}

bool LabelSet::shares_a_character(std::string_view normalized) const {
  std::size_t i = 0;
  while (i < normalized.size())
    if (std::binary_search(characters_.begin(), characters_.end(), utf8::next(normalized, i))) return true;
  return false;
}

bool LabelSet::may_match(std::string_view text) const {
  return shares_a_character(text::normalize_label(text));
}

LabelMatch LabelSet::match(std::string_view text, int expected) const {
  return match(label_form(text), expected);
}

LabelMatch LabelSet::match(const LabelForm& t, int expected) const {
  LabelMatch best;
  // Lines of punctuation or stray symbols (a paste of "|" lines) are rejected before the pairwise
  // comparisons, so their cost stays that of reading them.
  if (!shares_a_character(t.norm)) return best;
  int best_distance = 1 << 30;
  // Equal to official labels: Exact and official, which no other candidate beats; of several, the nearest
  // at or after `expected` (the first of equals), as the comparisons below would choose.
  auto exact = official_norms_.find(t.norm);
  if (exact != official_norms_.end()) {
    for (int idx = exact->second; idx >= 0; idx = same_norm_[idx]) {
      int distance = idx >= expected ? idx - expected : (expected - idx) + 1000;
      if (distance < best_distance) {
        best = {idx, MatchQuality::Exact, true, true};
        best_distance = distance;
      }
    }
    return best;
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    bool official = false, wording = false;
    MatchQuality q = compare(t, entries_[i].official, official, wording);
    for (const auto& syn : entries_[i].synonyms) {
      bool dummy = false, dummy_wording = false;
      MatchQuality qs = compare(t, syn, dummy, dummy_wording);
      if (qs > q) {
        q = qs;
        wording = false;
      }
    }
    if (q == MatchQuality::None) continue;
    int idx = static_cast<int>(i);
    // Prefer candidates at or after the expected position: labels come in template order.
    int distance = idx >= expected ? idx - expected : (expected - idx) + 1000;
    bool better = q > best.quality || (q == best.quality && (official && !best.official)) ||
                  (q == best.quality && official == best.official && distance < best_distance);
    if (better) {
      best = {idx, q, official, wording};
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace nianbao
