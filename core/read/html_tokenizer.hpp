#pragma once
// A forgiving, single-pass markup tokenizer for HTML (and, in XML mode, WordprocessingML).
// It follows the browsers' tokenizer where it matters for reading reports: comments (also never
// closed), bogus comments (<!doctype>, <?xml?>, Word's <![if ...]>), CDATA, raw-text elements whose
// content is not markup (<script>, <style>, <title>...), quoted attributes that run on, and tags cut
// off by the end of the input. Every byte is looked at a bounded number of times: linear time.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/range.hpp"

namespace nianbao::html {

struct Token {
  enum class Kind {
    Text,     // character data (entities not yet decoded); `at` is the text
    RawText,  // content of a raw-text element (script, style, title...), `at` is the content
    StartTag,
    EndTag,
  };
  Kind kind = Kind::Text;
  Range at;          // the whole token in the input
  std::string name;  // tag name, lower-cased ("td", "o:p", "w:tc")
  // Names and raw values as they stand in the input (which outlives the token): nothing is copied for the
  // many attributes no reader looks at (style, class, lang on every element of a Word page).
  std::vector<std::pair<std::string_view, std::string_view>> attributes;
  bool self_closing = false;

  // Raw value of attribute `name` (given lower-case; matched in any case), or nullptr.
  const std::string_view* attribute(std::string_view name) const;
  // Empties the token for the next one of kind `k`, keeping the memory of its name and attribute list (a
  // tokenizer fills one token over and over: a Word page has tens of thousands of tags).
  void reset(Kind k);
};

class Tokenizer {
 public:
  // xml: no raw-text elements, and names keep no special meaning (used for document.xml).
  explicit Tokenizer(std::string_view input, bool xml = false) : s_(input), xml_(xml) {}

  // Reads the next token; false at the end of the input.
  bool next(Token& token);
  // True when the input ended inside a comment, tag or raw-text element (something was cut off).
  bool cut_off() const { return cut_off_; }

 private:
  bool read_tag(Token& token);                // at '<' followed by a letter or '/'
  void skip_to(std::string_view terminator);  // past the terminator, or to the end
  bool raw_text(Token& token);                // content of the pending raw-text element

  std::string_view s_;
  bool xml_;
  std::size_t pos_ = 0;
  std::string raw_end_;  // name of the raw-text element whose content comes next ("" when none)
  bool cut_off_ = false;
};

}  // namespace nianbao::html
