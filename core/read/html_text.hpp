#pragma once
// Builds the visible text of one paragraph or one table cell from pieces of markup source, keeping
// the source range from the first to the last visible character. Shared by the HTML and .docx
// readers so both join Word's split runs the same way:
// - runs of collapsible whitespace (space, tab, CR, LF, FF) become one space; none at the ends;
// - NBSP, &ensp; &emsp; &thinsp; become a space that is not collapsed; U+3000 stays U+3000; both are
//   dropped at the ends, so a cell holding only "<o:p>&nbsp;</o:p>" reads as empty;
// - zero-width characters (U+200B, U+FEFF, soft hyphen) vanish;
// - a block break (a new <p> or <br> inside a cell) joins with nothing: Word splits "商业企业" into
//   <p>商业</p><p>企业</p>. Only between two ASCII letters or digits does it leave one space, so
//   "12" and "34" in separate paragraphs never read as the number 1234.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/range.hpp"

namespace nianbao::html {

class TextBuilder {
 public:
  // Adds source text input[at] (character data; entities decoded when `entities` is set).
  void add_text(std::string_view input, Range at, bool entities = true);
  // Adds one character that is visible and kept as is (a tab from <w:tab/>), coming from `at`.
  void add_visible(std::string_view utf8, Range at);
  // Paragraph or line boundary inside the same text (cell paragraphs).
  void add_break();

  bool empty() const { return visible_len_ == 0; }
  // The text so far without trailing spaces, and the range of its visible characters.
  std::string text() const { return out_.substr(0, visible_len_); }
  Range at() const { return Range{first_, last_}; }
  void clear() { *this = TextBuilder{}; }

 private:
  void put_visible(std::string_view bytes, std::size_t b, std::size_t e);
  void put_hard_space(std::string_view bytes);
  void put_decoded(std::string_view bytes, std::size_t b, std::size_t e);  // classifies each character

  std::string out_;
  std::size_t visible_len_ = 0;  // out_ up to the end of the last visible character
  std::size_t first_ = 0, last_ = 0;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

}  // namespace nianbao::html
