#pragma once
// PDF and OFD for the native CLI: there is no native PDF reader (pdf.js is the one extractor, so one
// PDF gives one answer everywhere); the runs come from the package's extractor run by Node
// (js/pdf-cli.mjs), or from a runs file written by `npx nianbao runs` (check --runs).
#include <string>

namespace nianbao::cli {

// True for a PDF (%PDF- header) or an OFD (a ZIP whose name ends in .ofd).
bool positioned_file(const std::string& bytes, const std::string& path);

// Runs `node js/pdf-cli.mjs PATH` (NIANBAO_NODE and NIANBAO_PDF_EXTRACTOR override both) and returns
// its standard output, the runs JSON; false with the reason when it cannot be run.
bool extract_runs(const std::string& path, std::string& json, std::string& error);

// Runs JSON that says why there are no runs, for the core to report (input-unreadable).
std::string unavailable_runs(const std::string& why);

}  // namespace nianbao::cli
