#pragma once
// Label normalisation (FORMAT.md §5, labels.json "normalization"): two labels that differ only in
// brackets, separators, quotes, whitespace, full/half width or numbering style compare equal.
#include <string>
#include <string_view>

namespace nianbao::text {

// Canonical form for comparing labels:
// - all whitespace (incl. U+3000, NBSP) removed;
// - full-width ASCII folded to ASCII; （）【】〔〕 -> (); “”‘’「」"' removed;
// - list separators 、，,；; and the numbering dots ．. folded to '.';
// - ： -> ':'.
std::string normalize_label(std::string_view s);
// The start of normalize_label(s): at least `bytes` bytes of it, or all of it when it is shorter (it is
// made character by character, so a start of it needs only the start of s: headings are told apart by
// their first characters, and every paragraph is looked at).
std::string normalize_label_start(std::string_view s, std::size_t bytes);

// Removes a trailing bracketed note: "规章(设区的市…)" -> "规章". Works on normalised text.
std::string strip_trailing_note(std::string_view normalized);

// Removes leading numbering: "一、", "(一)", "1.", "1、", "(1)" (normalised text: "一.", "(一)", "1.").
std::string strip_numbering(std::string_view normalized);

// Collapses runs of whitespace to one space and trims (for showing labels as written).
std::string collapse_space(std::string_view s);
// Trims ASCII and ideographic whitespace at both ends.
std::string trim(std::string_view s);
// The same, as a view into `s` (nothing copied).
std::string_view trim_view(std::string_view s);

// Folds full-width digits, signs and the full-width point to ASCII; leaves everything else.
std::string fold_width(std::string_view s);

// Longest-common-subsequence similarity of two strings by code point, in [0,1].
double similarity(std::string_view a, std::string_view b);

bool starts_with(std::string_view s, std::string_view prefix);
bool contains(std::string_view s, std::string_view part);
// s.find(part, from), faster for Chinese words: it looks for the third byte of the word's first character,
// which few characters share, where std::find looks for the lead byte that a sixth of all Chinese text
// starts with (in WebAssembly each false start costs a call to a byte-by-byte memchr).
std::size_t find(std::string_view s, std::string_view part, std::size_t from = 0);
// s.rfind(part), testing the first and last bytes in place before comparing: the library's rfind calls
// memcmp at every position, and the text rules look for the last of a dozen words in every clause.
std::size_t last_of(std::string_view s, std::string_view part);

}  // namespace nianbao::text
