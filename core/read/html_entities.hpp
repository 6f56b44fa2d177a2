#pragma once
// Character references of HTML and XML ("&nbsp;", "&#12288;", "&#x3000;"), decoded to UTF-8.
// Shared by the HTML reader and the .docx (WordprocessingML) reader.
#include <cstddef>
#include <string>
#include <string_view>

namespace nianbao::html {

// Decodes the character reference starting at s[i] (s[i] == '&'). On success appends the UTF-8 text
// to `out` (possibly nothing, for zero-width references such as &shy;), sets `i` one past the
// reference and returns true. Unknown or malformed references return false and leave `i` alone, so
// the caller keeps the '&' as text, as browsers do.
bool decode_entity(std::string_view s, std::size_t& i, std::string& out);

// Decodes every reference of `s` (attribute values, XML attribute values).
std::string decode_entities(std::string_view s);

}  // namespace nianbao::html
