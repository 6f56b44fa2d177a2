#pragma once
// Which file of a batch is compared with which (the same body's report of the year before): a first
// pass reads each report's agency and year only, the core pairs them (core/batch/pairing.hpp), and a
// pairing file, when given, overrides the automatic choice file by file.
#include <string>
#include <vector>

namespace nianbao::cli {

struct Pairing {
  std::vector<std::string> previous;  // per file: the previous year's file, "" when none
  std::vector<std::string> agency;    // per file: agency as read (for the summary)
  std::vector<int> year;              // per file: report year, 0 when unknown
};

// Pairing file: one line per report, "THIS_YEAR_FILE<TAB or ,>PREVIOUS_FILE"; an empty previous or "-"
// means "compare with nothing"; blank lines and lines starting with # are ignored. Relative paths are
// taken from the current folder, else from the pairing file's folder. False (with `error`) when the
// file cannot be read or a line has no file.
bool read_pairing_file(const std::string& path, std::vector<std::pair<std::string, std::string>>& pairs,
                       std::string& error);

// `automatic`: run the first pass and pair by agency and year; `overrides` from read_pairing_file.
Pairing pair_batch(const std::vector<std::string>& files, unsigned jobs, bool automatic,
                   const std::vector<std::pair<std::string, std::string>>& overrides);

}  // namespace nianbao::cli
