#pragma once
// check() for positioned runs (a PDF or OFD read by an extractor, docs/runs.md): the runs reader plus
// the verdicts that belong to such files (a scan without a text layer, an encrypted or broken file).
#include <string_view>

#include "core/model/diagnostic.hpp"
#include "core/model/document.hpp"

namespace nianbao {

struct RunsVerdict {
  bool readable = false;
  Document doc;
  std::string source_format;            // "pdf", "ofd"
  std::vector<Diagnostic> diagnostics;  // input-unreadable when !readable
  bool pages_left_out = false;          // doc holds only the first max_pages pages
};

// max_pages: lay out only the first pages (a batch's first pass wants the title, on page one); the
// verdicts above (scan, no text) still look at every page.
constexpr std::size_t kAllPages = static_cast<std::size_t>(-1);
RunsVerdict read_runs_input(std::string_view json, std::size_t max_pages = kAllPages);

}  // namespace nianbao
