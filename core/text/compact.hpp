#pragma once
// The one compact form of prose the rules read: whitespace removed (PDF text writes "2023 年", "受 理"),
// and, when asked, full-width digits, the full-width point and a full-width comma after a digit folded
// to ASCII ("２１件" -> "21件"). Every kept byte remembers the byte of the source it came from, so
// findings point at the words.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::text {

struct Compacted {
  std::string text;
  std::vector<std::size_t> at;  // for each byte of text: the offset in the source of its character
};

enum class Fold { None, Digits };

// Compact form of s[b, e) (clamped to s).
Compacted compact(std::string_view s, std::size_t b, std::size_t e, Fold fold = Fold::None);

}  // namespace nianbao::text
