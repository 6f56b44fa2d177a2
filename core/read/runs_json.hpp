#pragma once
// The positioned-runs JSON of docs/runs.md, parsed with the byte range of every run's text kept, so
// cells read from runs point back into the JSON the core was given. Knows nothing of annual reports.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/range.hpp"

namespace nianbao {

struct Run {
  std::string text;
  Range at;                           // the text's characters inside the JSON string (between the quotes)
  double x = 0, y = 0, w = 0, h = 0;  // box in points, origin top-left of the displayed page
  double size = 0;                    // font size in points (0: unknown, h is used)
  int rot = 0;                        // direction of writing, degrees clockwise: 0, 90, 180, 270
};

struct RuleLine {  // a ruling line or thin filled rectangle (table borders), same coordinates
  double x = 0, y = 0, w = 0, h = 0;
};

struct RunsPage {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  int images = 0;  // images drawn on the page (a page of images and no text is a scan)
  std::vector<Run> runs;
  std::vector<RuleLine> lines;
  // The thin vertical ones of `lines` (width <= 2.5) with a finite centre, sorted by centre x: a table's
  // column rules, looked up by x range for every pair of neighbouring runs (runs_layout.cpp). Built by
  // index_vertical_rules() once a page is read; a linear scan per lookup cost a third of reading a PDF.
  std::vector<RuleLine> vertical_rules;
};

// Fills page.vertical_rules from page.lines.
void index_vertical_rules(RunsPage& page);

struct RunsInput {
  bool ok = false;
  std::string problem;  // why the JSON could not be read (when !ok)
  std::string failure;  // the extractor's own verdict: "encrypted", "broken", "" when it read the file
  std::string failure_detail;
  std::string source_format;  // "pdf", "ofd" (informational)
  std::vector<RunsPage> pages;
  bool pages_left_out = false;  // the document has more pages than max_pages (read, not kept)
};

// Limits that keep hostile input bounded: runs over all pages, nesting depth.
constexpr std::size_t kMaxRuns = 400000;

// max_pages: keep only the first pages (the later ones are still read and validated, not kept).
RunsInput parse_runs_json(std::string_view json, std::size_t max_pages = static_cast<std::size_t>(-1));

// True when the input is runs JSON (its first key names the format), not a report's text.
bool looks_like_runs_json(std::string_view input);

}  // namespace nianbao
