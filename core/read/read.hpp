#pragma once
// Readers: input text -> Document. One per input family; they know nothing of annual reports.
#include <string_view>

#include "core/model/document.hpp"

namespace nianbao {

Document read_text(std::string_view utf8);  // read/text_reader.cpp: tabs, pipes, one cell per line, PDF text
Document read_html(std::string_view utf8);  // read/html_reader.cpp: tolerant HTML tables and paragraphs
// read/docx_reader.cpp: word/document.xml of a .docx (WordprocessingML); same grid semantics as HTML
// (layout Html), ranges point into the XML.
Document read_docx_xml(std::string_view document_xml);
// read/runs_reader.cpp: positioned text runs of a PDF or OFD page (docs/runs.md, parsed by
// read/runs_json.cpp) -> rows and cells; ranges point at the runs' text inside the JSON.
struct RunsInput;
Document read_runs(const RunsInput& runs);

// True when the input looks like HTML markup rather than text (read/detect_kind.cpp).
bool looks_like_html(std::string_view utf8);

}  // namespace nianbao
