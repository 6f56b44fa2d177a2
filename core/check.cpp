#include "core/check.hpp"

#include <algorithm>

#include "core/annotate/fingerprint.hpp"
#include "core/annotate/place.hpp"
#include "core/check_runs.hpp"
#include "core/edit/text_fix.hpp"
#include "core/read/canonical_text.hpp"
#include "core/read/foreign_format.hpp"
#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"
#include "core/recognise/recognise.hpp"
#include "core/rules/catalogue.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/previous.hpp"
#include "core/rules/relation_engine.hpp"
#include "core/rules/run.hpp"
#include "core/text/encoding_problem.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

// A refusal of the whole input, worded by the catalogue (template `variant` of the rule's row).
Diagnostic input_problem(RuleRef rule, std::string_view variant, const Slots& slots = {}) {
  Message m = format(rule, variant, slots);
  Diagnostic d;
  d.rule = rule.id();
  d.severity = rule.def().severity;
  d.message_zh = std::move(m.zh);
  d.message_en = std::move(m.en);
  d.at = Range{0, 0};
  return d;
}

Diagnostic too_large(std::size_t bytes) {
  return input_problem(NB_RULE("input-too-large"), "message",
                       {{"mib", std::to_string(bytes / (1024 * 1024))}});
}

bool ends_with_ci(const std::string& s, const std::string& suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != suffix[i]) return false;
  }
  return true;
}

bool wants_html(std::string_view input, const CheckOptions& o) {
  if (o.kind == "html") return true;
  if (o.kind == "text") return false;
  if (ends_with_ci(o.file_name, ".html") || ends_with_ci(o.file_name, ".htm")) return true;
  return looks_like_html(input);
}

bool looks_like_a_report(const Report& r) {
  int sections = 0;
  for (const auto& s : r.sections) sections += s.present ? 1 : 0;
  bool tables = r.t2.present || r.t3.present || r.t4.present;
  bool title = text::contains(r.title, "年度报告") || text::contains(r.title, "年报");
  return tables || sections >= 2 || title;
}

// result.input.kind of an input refused before any reader ran: what the caller said it is.
std::string declared_kind(const CheckOptions& o) {
  if (!o.input_kind.empty()) return o.input_kind;
  if (o.kind == "docx-xml") return "docx";
  if (o.kind == "html" ||
      (o.kind == "auto" && (ends_with_ci(o.file_name, ".html") || ends_with_ci(o.file_name, ".htm"))))
    return "html";
  return "text";
}

// A batch's first pass (identity_only) wants the title, agency and year, which the title at the top of a
// report carries: long inputs are read from their head first, and in whole only when the head's title does
// not name both (the year then comes from the statistics period or the prose, anywhere in the report).
constexpr std::size_t kIdentityHeadBytes = 16 * 1024;  // HTML: a portal's navigation, then the title
constexpr std::size_t kIdentityHeadPages = 3;          // PDF runs: page furniture is told from three pages

bool named_by_title(const Report& r) {
  return !r.title.empty() && !r.agency.empty() && r.year && r.year_at.begin == r.title_at.begin &&
         r.year_at.end == r.title_at.end;
}

// The first `n` bytes of UTF-8 text, shortened to end between characters.
std::string_view utf8_head(std::string_view s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Rejects what cannot be read before any reader runs; returns false when the result is final.
// `valid_utf8`: utf8::measure() of the input, taken with its length by the caller.
bool admit(std::string_view input, const CheckOptions& options, bool valid_utf8, Result& res) {
  if (input.size() > kMaxInputBytes) {
    res.diagnostics.push_back(too_large(input.size()));
    return false;
  }
  const std::string& unpack = options.unpack_error;
  if (!unpack.empty()) {
    bool known = unpack == "docx-too-large" || unpack == "docx-no-document" || unpack == "unopenable";
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), known ? unpack : "docx-damaged"));
    return false;
  }
  auto foreign = foreign_format(input, res.file);
  if (text::trim_view(input).empty()) {
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), "empty"));
    return false;
  }
  bool binary = utf8::control_ratio(input) > 0.01 || !valid_utf8;
  if (foreign && (binary || input.substr(0, 5) == "{\\rtf")) {  // .doc/.wps/…: say which and what to do
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"),
                                            foreign->image ? "foreign-image" : "foreign",
                                            {{"format", foreign->zh, foreign->en}}));
    return false;
  }
  if (binary) {
    // Bytes that are no text in the encoding tried: say where and why (control characters in
    // well-formed text are a binary file).
    auto problem = text::encoding_problem(input, options.encoding);
    if (problem)
      res.diagnostics.push_back(
          input_problem(NB_RULE("input-unreadable"), "undecodable", {{"reason", problem->zh, problem->en}}));
    else
      res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), "binary"));
    return false;
  }
  return true;
}

// `identity_only`: the title, agency and year alone (CheckOptions::identity_only, honoured by extract()).
Result read_report(std::string_view input, const CheckOptions& options, bool& readable,
                   CanonicalText* canonical = nullptr, bool identity_only = false) {
  Result res;
  res.file = options.file_name;
  res.encoding = options.encoding;
  // One pass for both the length and the validity; an input over the limit is not decoded (its bytes count).
  utf8::Measure measured{true, input.size()};
  if (input.size() <= kMaxInputBytes) measured = utf8::measure(input);
  res.chars = measured.utf16_length;
  res.input_bytes = input.size();
  res.input_valid_utf8 = measured.valid && input.size() <= kMaxInputBytes;
  res.input_kind = declared_kind(options);  // also when refused below
  readable = admit(input, options, measured.valid, res);
  if (!readable) return res;
  Document doc;
  if (options.kind == "pdf-runs" || (options.kind == "auto" && looks_like_runs_json(input))) {
    RunsVerdict v = read_runs_input(input, identity_only ? kIdentityHeadPages : kAllPages);
    res.input_kind = options.input_kind.empty() ? v.source_format : options.input_kind;
    if (v.readable && v.pages_left_out) {
      Report head = recognise_identity(v.doc);
      if (named_by_title(head)) {
        res.report = std::move(head);
        return res;
      }
      v = read_runs_input(input);
    }
    res.diagnostics = std::move(v.diagnostics);
    readable = v.readable;
    if (!readable) return res;
    doc = std::move(v.doc);
    res.boxes = std::move(doc.boxes);
  } else {
    bool docx = options.kind == "docx-xml";  // word/document.xml, unzipped by the caller
    bool html = !docx && wants_html(input, options);
    if (identity_only && html && input.size() > kIdentityHeadBytes) {
      Report head = recognise_identity(read_html(utf8_head(input, kIdentityHeadBytes)));
      if (named_by_title(head)) {
        res.input_kind = options.input_kind.empty() ? "html" : options.input_kind;
        res.report = std::move(head);
        return res;
      }
    }
    doc = docx ? read_docx_xml(input) : html ? read_html(input) : read_text(input);
    res.input_kind = !options.input_kind.empty()     ? options.input_kind
                     : docx                          ? "docx"
                     : html                          ? "html"
                     : doc.layout == Layout::Aligned ? "pdf-text"
                                                     : "text";
  }
  if (identity_only) {
    res.report = recognise_identity(doc);
    return res;
  }
  // Text input is its own canonical text: HTML, .docx and PDF runs get one of their own.
  if (doc.layout == Layout::Html || doc.layout == Layout::Runs) {
    CanonicalText text = CanonicalText::of(doc);
    res.canonical_text = text.text();
    if (canonical) *canonical = std::move(text);
  }
  res.report = recognise(doc, input);
  if (!looks_like_a_report(res.report)) {
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), "not-a-report"));
    readable = false;
  }
  return res;
}

void sort_diagnostics(std::vector<Diagnostic>& ds) {
  // Sorted as positions, then moved once into place: a stable_sort of the Diagnostics themselves moved every
  // one (strings, vectors) several times and was 18 KB of the WebAssembly module.
  std::vector<std::size_t> order(ds.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&ds](std::size_t i, std::size_t j) {
    const Diagnostic &a = ds[i], &b = ds[j];
    std::size_t pa = a.at ? a.at->begin : 0, pb = b.at ? b.at->begin : 0;
    if (pa != pb) return pa < pb;
    return a.rule < b.rule;
  });
  std::vector<Diagnostic> sorted;
  sorted.reserve(ds.size());
  for (std::size_t i : order) sorted.push_back(std::move(ds[i]));
  ds = std::move(sorted);
}

// Reads last year's report with the same readers and runs the cross-year rules against it.
void compare_with_previous(Result& res, const CheckOptions& options, Findings& findings) {
  std::shared_ptr<const ReadReport> prev = options.previous_read;
  if (!prev) {
    CheckOptions o;
    o.kind = options.previous_kind;
    o.file_name = options.previous_name;
    auto read = std::make_shared<ReadReport>();
    read->report = read_report(options.previous, o, read->readable).report;
    prev = std::move(read);
  }
  const bool readable = prev->readable;
  res.previous.given = true;
  res.previous.readable = readable;
  res.previous.file = options.previous_name;
  res.previous.agency = prev->report.agency;
  res.previous.year = prev->report.year;
  if (readable)
    run_previous_rules(res.report, prev->report, findings);
  else
    for (RuleRef rule : {NB_RULE("prev-carry-over"), NB_RULE("prev-valid-roll"),
                         NB_RULE("prev-duplicate-text"), NB_RULE("prev-identical-tables")})
      findings.not_assessable(rule);
}

}  // namespace

Result refuse_too_large(std::size_t input_bytes, const CheckOptions& options) {
  Result res;
  res.file = options.file_name;
  res.encoding = options.encoding;
  res.chars = input_bytes;  // as read_report() reports an input it did not decode
  res.input_kind = declared_kind(options);
  res.diagnostics.push_back(too_large(input_bytes));
  return res;
}

Result extract(std::string_view input, const CheckOptions& options) {
  bool readable = false;
  return read_report(input, options, readable, nullptr, options.identity_only);
}

Result check(std::string_view input, const CheckOptions& options) {
  bool readable = false;
  CanonicalText canonical;
  Result res = read_report(input, options, readable, &canonical);
  if (readable) {
    Findings findings;
    // The template's relations over this report, made once: the arithmetic and text rules, 重算合计 and the
    // certain fixes all read the same values (FORMAT V5).
    const rules::RelationSet relations(res.report);
    run_all_rules(res.report, relations, findings);
    run_publication_rule(res.report, input, options.published, findings);
    if (!options.previous.empty() || options.previous_read) compare_with_previous(res, options, findings);
    res.checks_run = findings.checks_run();
    res.not_assessable = findings.not_assessable_count();
    for (std::size_t i = 0; i < rule_count(); ++i) {
      if (int n = findings.checks_by_rule()[i]) res.checks_by_rule[rule_at(i).id] = n;
      if (int n = findings.not_assessable_by_rule()[i]) res.not_assessable_by_rule[rule_at(i).id] = n;
    }
    for (auto& d : findings.diagnostics()) res.diagnostics.push_back(std::move(d));
    res.total_fixes = relations.recompute_totals();
    res.certain_fixes = rules::certain_fixes(relations, res.diagnostics);
  }
  sort_diagnostics(res.diagnostics);
  // The official labels, where replacing them is safe; after sorting, so that they come in text order.
  if (readable) settle_text_fixes(res, input, canonical);
  assign_places(res.diagnostics, res.report);
  assign_fingerprints(res.diagnostics, input);
  if (!res.canonical_text.empty())
    for (auto& d : res.diagnostics)
      if (d.at) d.text_at = canonical.locate(*d.at);
  return res;
}

}  // namespace nianbao
