#pragma once
// A place in the input, as byte offsets into the UTF-8 text the core was given.
// Converted to UTF-16 offsets and line/column only when a result is written (render/location.hpp),
// so readers and rules never deal with encodings.
#include <cstddef>

namespace nianbao {

struct Range {
  std::size_t begin = 0;  // first byte
  std::size_t end = 0;    // one past the last byte
  bool empty() const { return end <= begin; }
  std::size_t length() const { return end > begin ? end - begin : 0; }
};

inline Range span(const Range& a, const Range& b) {
  if (a.empty() && a.begin == 0) return b;
  if (b.empty() && b.begin == 0) return a;
  return Range{a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace nianbao
