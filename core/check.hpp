#pragma once
// The one entry point of the core: text in, Result out. Pure: no I/O, no globals, no platform headers.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostic.hpp"
#include "core/model/page_box.hpp"
#include "core/model/report.hpp"

namespace nianbao {

// A report as check() read it, kept by a caller that checks another report against it next (a batch
// pairing consecutive years): CheckOptions::previous_read.
struct ReadReport {
  Report report;
  bool readable = false;  // read as a report (no input-unreadable / input-too-large)
};

struct CheckOptions {
  // "auto", "text", "html", "docx-xml" (word/document.xml of a .docx), "pdf-runs" (docs/runs.md)
  std::string kind = "auto";
  std::string file_name;           // shown in results; also hints the kind (.html/.htm)
  std::string encoding = "utf-8";  // what the caller decoded from (reported in result.input.encoding)
  std::string input_kind;          // overrides result.input.kind (e.g. "docx", "pdf-text") when set
  // Why the caller could not unpack the input ("docx-too-large", "docx-no-document", "docx-damaged"), or
  // "unopenable" when it could not open or read the file at all: the input is then refused with that
  // reason (input-unreadable), the same from every caller (native CLI, package, page).
  std::string unpack_error;
  // The same body's report of the year before, read like the input (prev-* rules); "" when none.
  std::string previous;
  std::string previous_kind = "auto";  // as `kind`, for `previous`
  std::string previous_name;           // its file name (result.previous.file)
  std::string published;               // publication date given by the user ("2024-01-20"), for publish-late
  // Last year's report already read by the caller (a batch that has just checked that file): used instead
  // of reading `previous` again, with the same findings. `previous_name` still names it.
  std::shared_ptr<const ReadReport> previous_read;
  // extract() reads only the title, agency and year (report.tables empty, no canonical text): what a batch's
  // first pass needs to pair reports by year, at a fraction of a full reading.
  bool identity_only = false;
};

// Which report a result was compared with (result.previous), when one was given.
struct PreviousUsed {
  bool given = false;
  bool readable = false;  // it could be read as a report (else the prev-* rules did not run)
  std::string file;
  std::string agency;
  std::optional<int> year;
};

// Inputs larger than this are refused with `input-too-large` before any reading.
constexpr std::size_t kMaxInputBytes = 16u * 1024u * 1024u;

struct Result {
  std::string file;
  std::string input_kind;  // "text", "html", "docx", "pdf-text"
  std::string encoding;
  std::size_t chars = 0;  // UTF-16 code units of the input
  // The input's bytes, and whether they were measured well-formed UTF-8: the result's writer then maps
  // offsets without checking the same input again (~1.5% of a check with its JSON).
  std::size_t input_bytes = 0;
  bool input_valid_utf8 = false;
  Report report;
  // The readable text of an HTML or .docx input (read/canonical_text.hpp): paragraphs and tab-separated
  // table rows; empty for text input, which is its own. Diagnostics carry their place in it (text_at).
  std::string canonical_text;
  std::vector<Diagnostic> diagnostics;  // sorted by source position, then rule
  int checks_run = 0;
  int not_assessable = 0;
  // The same counts per rule id (rules with none left out): a new rule changes only its own entry.
  std::map<std::string, int> checks_by_rule, not_assessable_by_rule;
  // Every 总计 the relations of the template determine, set to the sum of its parts (the page's 重算合计),
  // and one consistent set of the certain fixes (culprit fixes, blank totals): result.fixes in JSON.
  std::vector<Fix> total_fixes, certain_fixes;
  // The text fixes offered (core/edit/text_fix.hpp), by position: they belong to the certain set too and
  // never overlap one another or a cell of `certain_fixes`.
  std::vector<TextFix> certain_text_fixes;
  std::vector<PageBox> boxes;  // PDF/OFD input: where each run stands on its page (diagnostics[].box)
  PreviousUsed previous;
};

// Checks one report given as UTF-8 text (plain text of any layout, or HTML).
Result check(std::string_view utf8_input, const CheckOptions& options = {});

// The result for an input of `input_bytes` bytes over kMaxInputBytes (`input-too-large`), made without the
// input: a caller holding the bytes elsewhere (JS) refuses them before copying them into the core.
Result refuse_too_large(std::size_t input_bytes, const CheckOptions& options = {});

// Only the reading half: the report model (for `extract`).
Result extract(std::string_view utf8_input, const CheckOptions& options = {});

}  // namespace nianbao
