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
};

RunsVerdict read_runs_input(std::string_view json);

}  // namespace nianbao
