#include "core/check.hpp"

#include <algorithm>

#include "core/annotate/fingerprint.hpp"
#include "core/annotate/place.hpp"
#include "core/check_runs.hpp"
#include "core/read/canonical_text.hpp"
#include "core/read/foreign_format.hpp"
#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"
#include "core/recognise/recognise.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/previous.hpp"
#include "core/rules/run.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

Diagnostic input_problem(const char* rule, std::string zh, std::string en) {
  Diagnostic d;
  d.rule = rule;
  d.severity = Severity::Error;
  d.message_zh = std::move(zh);
  d.message_en = std::move(en);
  d.at = Range{0, 0};
  return d;
}

Diagnostic too_large(std::size_t bytes) {
  return input_problem("input-too-large",
                       "输入过大（" + std::to_string(bytes / (1024 * 1024)) +
                           " MiB），超过 16 MiB 的上限；请只粘贴年度报告本身。",
                       "The input is too large (" + std::to_string(bytes / (1024 * 1024)) +
                           " MiB); the limit is 16 MiB. Paste only the report itself.");
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
  auto foreign = foreign_format(input, res.file);
  if (input.size() > kMaxInputBytes) {
    res.diagnostics.push_back(too_large(input.size()));
    return false;
  }
  if (text::trim(input).empty()) {
    res.diagnostics.push_back(input_problem("input-unreadable", "输入为空：请粘贴或上传年度报告。",
                                            "The input is empty: paste or upload a report."));
    return false;
  }
  bool binary = utf8::control_ratio(input) > 0.01 || !utf8::valid(input);
  if (foreign && (binary || input.substr(0, 5) == "{\\rtf")) {  // .doc/.wps/…: say which and what to do
    res.diagnostics.push_back(input_problem(
        "input-unreadable",
        foreign->image
            ? "这是" + foreign->zh +
                  "（扫描件），没有文字层；本工具不做文字识别（OCR）。请使用带文字的原始 PDF 或 .docx。"
            : "这是" + foreign->zh +
                  "，本工具不读取这种格式；请在 Word 或 WPS 中打开，另存为 .docx 或 PDF 后再检查。",
        foreign->image ? "This is " + foreign->en +
                             " (a scan) without text; OCR is not done. Use the original PDF "
                             "with text, or a .docx."
                       : "This is " + foreign->en +
                             ", a format nianbao does not read; open it in Word or WPS and save "
                             "it as .docx or PDF, then check that."));
    return false;
  }
  if (binary) {
    res.diagnostics.push_back(
        input_problem("input-unreadable",
                      "输入不是可读的文字（二进制文件或编码无法识别）；请上传 .txt、.html 或 .docx 文件。",
                      "The input is not readable text (binary or an unknown encoding); upload a .txt, .html "
                      "or .docx file."));
    return false;
  }
  return true;
}

Result read_report(std::string_view input, const CheckOptions& options, bool& readable,
                   CanonicalText* canonical = nullptr) {
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
  // Text input is its own canonical text: HTML, .docx and PDF runs get one of their own.
  if (doc.layout == Layout::Html || doc.layout == Layout::Runs) {
    CanonicalText text = CanonicalText::of(doc);
    res.canonical_text = text.text();
    if (canonical) *canonical = std::move(text);
  }
  res.report = recognise(doc, input);
  if (!looks_like_a_report(res.report)) {
    res.diagnostics.push_back(input_problem(
        "input-unreadable",
        "没有找到政府信息公开工作年度报告的内容（没有标题、章节或表格）；请确认粘贴的是年度报告全文。",
        "No annual-report content was found (no title, sections or tables); check that the whole report was "
        "pasted."));
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

// Reads last year's report with the same readers and runs the cross-year rules against it.
void compare_with_previous(Result& res, const CheckOptions& options, Findings& findings) {
  CheckOptions o;
  o.kind = options.previous_kind;
  o.file_name = options.previous_name;
  bool readable = false;
  Result prev = read_report(options.previous, o, readable);
  res.previous.given = true;
  res.previous.readable = readable;
  res.previous.file = options.previous_name;
  res.previous.agency = prev.report.agency;
  res.previous.year = prev.report.year;
  if (readable)
    run_previous_rules(res.report, prev.report, findings);
  else
    findings.not_assessable(4);
}

}  // namespace

Result refuse_too_large(std::size_t input_bytes, const CheckOptions& options) {
  Result res;
  res.file = options.file_name;
  res.encoding = options.encoding;
  res.chars = input_bytes;  // as read_report() reports an input it did not decode
  res.input_kind = options.input_kind.empty() ? "text" : options.input_kind;
  res.diagnostics.push_back(too_large(input_bytes));
  return res;
}

Result extract(std::string_view input, const CheckOptions& options) {
  bool readable = false;
  return read_report(input, options, readable);
}

Result check(std::string_view input, const CheckOptions& options) {
  bool readable = false;
  CanonicalText canonical;
  Result res = read_report(input, options, readable, &canonical);
  if (readable) {
    Findings findings;
    run_all_rules(res.report, findings);
    run_publication_rule(res.report, input, options.published, findings);
    if (!options.previous.empty()) compare_with_previous(res, options, findings);
    res.checks_run = findings.checks_run();
    res.not_assessable = findings.not_assessable_count();
    for (auto& d : findings.diagnostics()) res.diagnostics.push_back(std::move(d));
  }
  sort_diagnostics(res.diagnostics);
  assign_places(res.diagnostics, res.report);
  assign_fingerprints(res.diagnostics, input);
  if (!res.canonical_text.empty())
    for (auto& d : res.diagnostics)
      if (d.at) d.text_at = canonical.locate(*d.at);
  return res;
}

}  // namespace nianbao
