#pragma once
// HTML escaping for every piece of report text that reaches the canonical HTML. Report text is data
// typed by strangers (and pasted by clerks): it must never become markup, in element content or in
// attribute values.
#include <string>
#include <string_view>

namespace nianbao::html {

// Escapes & < > " ' so the result is safe both as element content and inside a quoted attribute.
// Invalid UTF-8 becomes U+FFFD and C0 controls other than tab/LF/CR are dropped, so a broken input
// cannot produce a document that browsers parse differently from what we meant.
std::string escape(std::string_view s);
// The same, appended to `out`: the renderers build a cell in one string rather than a temporary per piece.
void append_escaped(std::string& out, std::string_view s);

}  // namespace nianbao::html
