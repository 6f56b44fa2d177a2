#pragma once
// The files a `nianbao check` names: files as given, folders walked recursively. Nothing is dropped
// without a word: files in folders that are not reports by their extension are listed as skipped.
#include <string>
#include <vector>

namespace nianbao::cli {

struct Inputs {
  std::vector<std::string> files;    // in argument order; a folder's files sorted by path
  std::vector<std::string> skipped;  // files inside folders left out (hidden, or not a report format)
  bool any_folder = false;
};

// True for the extensions a report comes in: .txt .text .md .htm .html .shtml .xhtml .docx .pdf .ofd.
bool report_extension(const std::string& path);

Inputs collect_inputs(const std::vector<std::string>& args);

}  // namespace nianbao::cli
