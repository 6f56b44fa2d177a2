#pragma once
// Matching label text as written (possibly wrapped, re-bracketed, misspelt) to the template's labels.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nianbao {

struct LabelForm {
  std::string norm;            // normalize_label() of the whole text, markdown '#' removed
  std::string core;            // norm without leading numbering
  std::string numbering;       // the numbering prefix of norm ("(三)", "1.", "一."), may be empty
  std::string plain;           // core without a trailing bracketed note
  std::size_t core_chars = 0;  // code points of core
};

LabelForm label_form(std::string_view text);
// The same from text already passed through text::normalize_label() (a caller that needs the
// normalised text itself too normalises once).
LabelForm label_form_of_normalized(std::string normalized);

enum class MatchQuality { None = 0, Fuzzy = 1, Prefix = 2, Exact = 3 };

struct LabelMatch {
  int index = -1;  // index into the candidate list
  MatchQuality quality = MatchQuality::None;
  bool official = false;  // equal to the official label after normalisation
  // The wording is the official one: equal, differing only in numbering style, or the start of it
  // (a label wrapped away). False for synonyms, different bracketed notes and misspellings.
  bool official_wording = false;
};

// A list of labels to match against; each candidate has its official label and synonyms.
class LabelSet {
 public:
  void add(const std::string& official, const std::vector<std::string>& synonyms);
  // Best candidate for `text`. Ties go to the candidate nearest at or after `expected`.
  LabelMatch match(std::string_view text, int expected = 0) const;
  // The same for text whose label_form() the caller already has.
  LabelMatch match(const LabelForm& text, int expected = 0) const;
  std::size_t size() const { return entries_.size(); }
  // False when `text` shares no character with any label once normalised: then it matches nothing
  // (every match quality needs a common character), and callers can skip it in bounded time.
  bool may_match(std::string_view text) const;
  // The same for text already passed through text::normalize_label().
  bool may_match_normalized(std::string_view normalized) const { return shares_a_character(normalized); }
  // Bytes of the longest label or synonym as written: text longer than a few of these can only
  // match as "label followed by extra words", so callers joining fragments can bound their work.
  std::size_t longest_bytes() const { return longest_bytes_; }

 private:
  struct Entry {
    LabelForm official;
    std::vector<LabelForm> synonyms;
  };
  static MatchQuality compare(const LabelForm& text, const LabelForm& label, bool& official_equal,
                              bool& same_wording);
  std::vector<Entry> entries_;
  std::size_t longest_bytes_ = 0;
  std::vector<char32_t> characters_;  // every code point of the labels' normalised forms, sorted
  // Official labels by normalised form -> their entries in order: text equal to one of them is an
  // exact official match, and none better exists, so most cells of a table skip the pairwise comparisons.
  // (The first such entry; same_norm_[i] the next entry after i with the same form, or -1. The map's type
  // is the one RelationSet uses too: no second instantiation in the WebAssembly core.)
  std::unordered_map<std::string, int> official_norms_;
  std::vector<int> same_norm_;
  bool shares_a_character(std::string_view normalized) const;
};

}  // namespace nianbao
