#pragma once
// The readable text of a Document: every paragraph on its own line (a blank line between paragraphs),
// every table row as its cells joined by tabs, as a browser copies a table. It is what the page's
// editor shows for HTML and .docx input and what "continue as text" checks: read back with read_text it
// gives the same report model. Each piece remembers the source range it came from, so any source range
// (a diagnostic's `at`) has its place in the text too.
#include <string>
#include <vector>

#include "core/model/document.hpp"
#include "core/model/range.hpp"

namespace nianbao {

class CanonicalText {
 public:
  // The text of `doc` (a Document read from HTML or .docx; text input is its own canonical text).
  static CanonicalText of(const Document& doc);

  const std::string& text() const { return text_; }
  // The range of the canonical text that shows the source range `source` (UTF-8 bytes both).
  Range locate(Range source) const;

 private:
  struct Segment {
    Range source;     // where the piece stands in the input
    Range canonical;  // where it stands in text_
  };
  std::size_t map(const Segment& s, std::size_t source_offset) const;

  std::string text_;
  std::vector<Segment> segments_;  // by source begin
};

}  // namespace nianbao
