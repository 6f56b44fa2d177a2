#pragma once
// The prose as the text rules see it: every counted number ("受理政府信息公开申请 17 件") with the words
// that lead to it in its clause, the words after it, and whether it is a part ("其中…") of a total.
// Matching is done on a compact copy of the text (whitespace removed, since PDF text puts spaces around
// numbers and inside words), and mapped back to byte offsets of the piece for locations and quotes.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/report.hpp"
#include "core/text/compact.hpp"
#include "core/text/prose_numbers.hpp"

namespace nianbao::rules {

struct Quantity {
  std::size_t piece = 0;  // index into the scanned pieces
  text::ProseNumber num;
  std::size_t lead_begin = 0;  // byte where the lead starts (clause start, or after the previous number)
  std::size_t clause_end = 0;  // byte where the clause ends
  std::size_t sentence_begin = 0, sentence_end = 0;
  std::string lead;                  // compact text from lead_begin to the number
  std::vector<std::size_t> lead_at;  // byte offset in the piece of every byte of `lead`
  std::string tail;  // compact text from after the unit to the clause end (at most ~30 characters)
  std::vector<std::size_t> tail_at;
  std::string before;      // compact text from the sentence start to the number (at most ~100 characters)
  bool sub_count = false;  // 其中 earlier in the sentence: a part of a total, not a total
};

struct ProseScan {
  const std::vector<TextPiece>* pieces = nullptr;
  std::vector<Quantity> quantities;  // in reading order
  // Each piece compacted whole (whitespace removed, nothing folded; `at`: the piece's byte of each byte),
  // made once here for every rule that reads whole pieces or their clauses.
  std::vector<text::Compacted> compacted;
  const TextPiece& piece_of(const Quantity& q) const { return (*pieces)[q.piece]; }
};

ProseScan scan_prose(const std::vector<TextPiece>& pieces);

// The prose of a report: `prose` when the recogniser filled it, else the paragraphs of the sections.
const std::vector<TextPiece>& report_prose(const Report& report, std::vector<TextPiece>& storage);

// Compact text of the sentence around a quantity, within ~100 characters each side.
std::string sentence_around(const ProseScan& scan, const Quantity& q);

// Text of the piece from byte b to e with whitespace removed, for quoting in messages.
std::string quote(const TextPiece& piece, std::size_t b, std::size_t e);

// Compact text (whitespace removed) of text[b, e), with the byte offset of each kept byte.
std::string compact(std::string_view text, std::size_t b, std::size_t e,
                    std::vector<std::size_t>* at = nullptr);

bool has_any(std::string_view s, std::initializer_list<std::string_view> words);
// Removes every occurrence of each word, in order.
std::string remove_all(std::string s, std::initializer_list<std::string_view> words);
bool ends_with(std::string_view s, std::string_view w);
// Number of code points.
std::size_t cp_count(std::string_view s);
// True when the text names a year (YYYY年) other than `year`: the statement is about another year.
bool names_other_year(std::string_view s, std::optional<int> year);

}  // namespace nianbao::rules

namespace nianbao::rules {

// A lead cut at its last keyword: "区政府办代表区政府" + "受理" + "政府信息公开申请".
struct LeadSplit {
  bool found = false;
  std::size_t pos = 0;  // byte of the keyword in the lead
  std::string keyword, prefix, object;
};
// The keyword occurrence that ends last (the longer one when two end together).
LeadSplit split_at_last(const std::string& lead, std::initializer_list<std::string_view> keywords);

// Words that put a statement about someone or something else than the reporting body's whole year:
// other bodies (督促县直部门…), parts (其中, 分别), periods (季度, 上半年) and comparisons (同比, 较上年).
bool foreign_scope(std::string_view prefix);

}  // namespace nianbao::rules
