#pragma once
// `nianbao check` over many files: each checked on its own (with last year's report when one is paired),
// results streamed in input order, a summary at the end (issue 12).
#include <string>
#include <vector>

namespace nianbao::cli {

struct BatchOptions {
  std::string format = "text";  // text, json, csv, sarif
  std::string lang = "zh";
  unsigned jobs = 0;       // worker threads; 0 = one per core
  bool pair = true;        // pair consecutive years of the same agency automatically
  std::string pairs_file;  // pairing file that overrides automatic pairing
  std::string published;   // publication date for publish-late (applies to every file)
  bool summary = true;     // print the summary (to stdout for text, else to stderr)
};

// Exit status: 2 if any file could not be read or was not readable as a report (the rest are still
// checked and printed), else 1 if any file has an error, else 0.
int run_batch(const std::vector<std::string>& files, const std::vector<std::string>& skipped,
              const BatchOptions& options);

}  // namespace nianbao::cli
