#include "core/check.hpp"

#include <algorithm>

#include "core/check_runs.hpp"
#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"
#include "core/recognise/recognise.hpp"
#include "core/rules/catalogue.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/relation_engine.hpp"
#include "core/rules/run.hpp"
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

// Rejects what cannot be read before any reader runs; returns false when the result is final.
bool admit(std::string_view input, Result& res) {
  if (input.size() > kMaxInputBytes) {
    res.diagnostics.push_back(input_problem(NB_RULE("input-too-large"), "message",
                                            {{"mib", std::to_string(input.size() / (1024 * 1024))}}));
    return false;
  }
  if (text::trim(input).empty()) {
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), "empty"));
    return false;
  }
  if (utf8::control_ratio(input) > 0.01 || !utf8::valid(input)) {
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), "binary"));
    return false;
  }
  return true;
}

Result read_report(std::string_view input, const CheckOptions& options, bool& readable) {
  Result res;
  res.file = options.file_name;
  res.encoding = options.encoding;
  res.chars = input.size() <= kMaxInputBytes ? utf8::utf16_length(input) : input.size();
  res.input_kind = options.input_kind.empty() ? "text" : options.input_kind;  // also when refused below
  readable = admit(input, res);
  if (!readable) return res;
  Document doc;
  if (options.kind == "pdf-runs" || (options.kind == "auto" && looks_like_runs_json(input))) {
    RunsVerdict v = read_runs_input(input);
    res.input_kind = options.input_kind.empty() ? v.source_format : options.input_kind;
    res.diagnostics = std::move(v.diagnostics);
    readable = v.readable;
    if (!readable) return res;
    doc = std::move(v.doc);
    res.boxes = std::move(doc.boxes);
  } else {
    bool docx = options.kind == "docx-xml";  // word/document.xml, unzipped by the caller
    bool html = !docx && wants_html(input, options);
    doc = docx ? read_docx_xml(input) : html ? read_html(input) : read_text(input);
    res.input_kind = !options.input_kind.empty()     ? options.input_kind
                     : docx                          ? "docx"
                     : html                          ? "html"
                     : doc.layout == Layout::Aligned ? "pdf-text"
                                                     : "text";
  }
  res.report = recognise(doc, input);
  if (!looks_like_a_report(res.report)) {
    res.diagnostics.push_back(input_problem(NB_RULE("input-unreadable"), "not-a-report"));
    readable = false;
  }
  return res;
}

void sort_diagnostics(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    std::size_t pa = a.at ? a.at->begin : 0, pb = b.at ? b.at->begin : 0;
    if (pa != pb) return pa < pb;
    return a.rule < b.rule;
  });
}

}  // namespace

Result extract(std::string_view input, const CheckOptions& options) {
  bool readable = false;
  return read_report(input, options, readable);
}

Result check(std::string_view input, const CheckOptions& options) {
  bool readable = false;
  Result res = read_report(input, options, readable);
  if (readable) {
    Findings findings;
    run_all_rules(res.report, findings);
    res.checks_run = findings.checks_run();
    res.not_assessable = findings.not_assessable_count();
    for (std::size_t i = 0; i < rule_count(); ++i) {
      if (int n = findings.checks_by_rule()[i]) res.checks_by_rule[rule_at(i).id] = n;
      if (int n = findings.not_assessable_by_rule()[i]) res.not_assessable_by_rule[rule_at(i).id] = n;
    }
    for (auto& d : findings.diagnostics()) res.diagnostics.push_back(std::move(d));
    res.total_fixes = rules::recompute_totals(res.report);
    res.certain_fixes = rules::certain_fixes(res.report, res.diagnostics);
  }
  sort_diagnostics(res.diagnostics);
  return res;
}

}  // namespace nianbao
