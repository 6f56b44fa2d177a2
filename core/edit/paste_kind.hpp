#pragma once
// Whether a pasted text is a whole report (it replaces what the editor holds) or a fragment (it edits
// the text in place). The page asks this on every paste into a non-empty editor.
#include <string_view>

namespace nianbao {

// True when the text carries a report title (…年度报告), two or more statutory section headings, or
// the column header of table 三. `html` reads the text as HTML (a table copied from a web page or Word).
bool is_whole_report(std::string_view utf8_text, bool html);

}  // namespace nianbao
