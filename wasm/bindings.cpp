// The WebAssembly face of the core: strings in, strings out (JSON text, HTML, CSV, SARIF); the results of
// check, extract and checkRendered leave as views of their UTF-8 (see g_result).
// A thin layer on purpose: every decision is the core's, so the native CLI and the browser give
// byte-identical JSON for identical input. The JS package (js/) JSON.parse()s what we return.
//
// Errors are values. The module is built without C++ exceptions (-fno-exceptions): the targets are
// Chromium 86+, Firefox 78+, Safari 14+, which predate WebAssembly exception handling
// (-fwasm-exceptions needs Chrome 95 / Firefox 100 / Safari 15.2), and Emscripten's JS-based catching
// routes every call that may throw through JS `invoke_*` trampolines (~30% slower, larger). The core
// throws nothing itself, and reads JSON (options, results handed back) with its own json::parse, whose
// errors are values (a discarded value) and whose accessors never throw. So: check/extract always
// return a result (input problems are diagnostics), and the renderers return "" with the reason in
// lastError() for the JS wrapper to raise as a JS Error (their inputs are results the caller handed
// back). What remains fatal is a bug or running out of memory: the runtime aborts and the JS wrapper
// sees a RuntimeError, as it would for a trap.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "core/annotate/review_marks.hpp"
#include "core/batch/pairing.hpp"
#include "core/check.hpp"
#include "core/edit/cell_write.hpp"
#include "core/edit/paste_kind.hpp"
#include "core/json/value.hpp"
#include "core/json/writer.hpp"
#include "core/render/json_read.hpp"
#include "core/render/render.hpp"
#include "core/render/result_json.hpp"
#include "core/text/utf8.hpp"
#include "core/version.hpp"

namespace {

using nianbao::json::Value;

std::string g_last_error;  // reason of the last failed render/format call ("" when it succeeded)

struct Options {
  nianbao::CheckOptions check;
  std::string lang = "zh";
  Value render = Value::object();  // checkRendered: the render contract's options
};

std::string string_field(const Value& j, const char* key, const std::string& fallback) {
  const Value& v = j[key];
  return v.is_string() ? v.str() : fallback;
}

// {"kind": "auto|text|html|docx-xml", "name": "...", "lang": "zh|en", "encoding": "utf-8",
//  "input_kind": "docx", "unpack_error", "previous", "previous_kind", "previous_name", "published"}; unknown
//  fields are ignored.
Options parse_options(const std::string& options_json) {
  Options o;
  if (options_json.empty()) return o;
  Value j = nianbao::json::parse(options_json);
  if (!j.is_object()) return o;
  o.check.kind = string_field(j, "kind", o.check.kind);
  o.check.file_name = string_field(j, "name", o.check.file_name);
  o.check.encoding = string_field(j, "encoding", o.check.encoding);
  o.check.input_kind = string_field(j, "input_kind", o.check.input_kind);
  o.check.unpack_error = string_field(j, "unpack_error", o.check.unpack_error);
  o.lang = string_field(j, "lang", o.lang) == "en" ? "en" : "zh";
  // Last year's report (text, HTML or word/document.xml) for the prev-* rules; a publication date.
  o.check.previous = string_field(j, "previous", "");
  o.check.previous_kind = string_field(j, "previous_kind", o.check.previous_kind);
  o.check.previous_name = string_field(j, "previous_name", "");
  o.check.published = string_field(j, "published", "");
  // extract: the title, agency and year alone (a batch's first pass, js/batch.mjs)
  o.check.identity_only = j["identify"].as_bool();
  if (j["render"].is_object()) o.render = j["render"];
  return o;
}

// checkRendered's answer (check_rendered below): a result and its rendering.
struct CheckedAndRendered {
  std::string result;  // JSON text of the result object (OUTPUT.md)
  std::string html;    // render_html of that result with options.render
};

// check() and extract() alike: the options read, the core run, its result written as JSON.
template <typename Run>
std::string run_check(const std::string& input, const std::string& options_json, Run run) {
  Options o = parse_options(options_json);
  nianbao::Result r = run(input, o.check);
  return nianbao::result_json(r, input, o.lang);
}

// `input` arrives as UTF-8 bytes: from a JS string (encoded by the wrapper with TextEncoder) or
// from a Uint8Array handed over as is (the bytes of a file that could not be decoded: the core
// then says input-unreadable exactly as it does for the native CLI).
std::string check(const std::string& input, const std::string& options_json) {
  return run_check(input, options_json, [](const std::string& in, const nianbao::CheckOptions& o) {
    return nianbao::check(in, o);
  });
}

// The result check() gives for an input of `size` bytes over maxInputBytes, without the input: the JS
// wrapper refuses a too large input before copying it into WebAssembly memory.
std::string check_too_large(double size, const std::string& options_json) {
  Options o = parse_options(options_json);
  return nianbao::result_json(nianbao::refuse_too_large(static_cast<std::size_t>(size), o.check), "", o.lang);
}

// The reading half only (no rules): the result object with its report and input diagnostics.
std::string extract(const std::string& input, const std::string& options_json) {
  return run_check(input, options_json, [](const std::string& in, const nianbao::CheckOptions& o) {
    return nianbao::extract(in, o);
  });
}

// Results leave as Uint8Array views of their UTF-8 into memory that stays valid until the next call: the
// JS wrapper decodes them at once with TextDecoder. Returned as std::string, Embind would walk every byte in
// JS looking for NULs, then again to decode: ~6% of a check's time in Node for a typical report.
std::string g_result;
CheckedAndRendered g_rendered;  // checkRendered's two texts

emscripten::val utf8_view(const std::string& s) {
  return emscripten::val(
      emscripten::typed_memory_view(s.size(), reinterpret_cast<const unsigned char*>(s.data())));
}

emscripten::val check_view(const std::string& input, const std::string& options_json) {
  g_result = check(input, options_json);
  return utf8_view(g_result);
}

emscripten::val extract_view(const std::string& input, const std::string& options_json) {
  g_result = extract(input, options_json);
  return utf8_view(g_result);
}

// A result (or array of results) handed back by the caller, parsed without exceptions; sets lastError()
// and returns a discarded value when it is not JSON.
Value parse_results(const std::string& text) {
  std::string error;
  Value j = nianbao::jr::parse_foreign(text, error);  // lone surrogates repaired, depth bounded
  if (j.is_discarded()) g_last_error = error;
  return j;
}

std::string lang_of(const std::string& lang) { return lang == "en" ? "en" : "zh"; }

// The report redrawn as HTML (render_html); `fragment` leaves out <html>/<head>.
std::string render(const std::string& result_json, const std::string& lang, bool fragment) {
  g_last_error.clear();
  Value result = parse_results(result_json);
  if (result.is_discarded()) return std::string();
  return nianbao::render_html(result, lang_of(lang), fragment);
}

// Exactly what the native CLI prints for `check --format F` over these results (an array of result
// objects): "text", "csv", "sarif" (SARIF 2.1.0, indented) and "json" (the array, indented), each
// ending as the CLI's output does, so the Node CLI on WebAssembly prints the same bytes. "json"
// also pretty-prints any JSON value (the Node CLI's `extract` and `rules`).
std::string render_format(const std::string& results_json, const std::string& format,
                          const std::string& lang) {
  g_last_error.clear();
  if (format != "json" && format != "csv" && format != "sarif" && format != "text") {
    g_last_error = "unknown format " + format + " (text, csv, sarif or json)";
    return std::string();
  }
  Value results = parse_results(results_json);
  if (results.is_discarded()) return std::string();
  if (format == "json") return results.dump(2) + "\n";
  if (format == "csv") return nianbao::render_csv(results, lang_of(lang));
  if (format == "sarif") return nianbao::render_sarif(results, lang_of(lang)).dump(2) + "\n";
  return nianbao::render_text(results, lang_of(lang));
}

// The options of the render contract (render.hpp RenderOptions, docs/render-contract.md):
// {"lang", "fragment", "tables_only", "problems", "style", "editable", "clean"}.
nianbao::RenderOptions render_options(const Value& o) {
  auto flag = [&o](const char* key, bool fallback) {
    const Value& v = o[key];
    return v.is_boolean() ? v.as_bool() : fallback;
  };
  nianbao::RenderOptions r;
  r.fragment = flag("fragment", r.fragment);
  r.tables_only = flag("tables_only", r.tables_only);
  r.problems = flag("problems", r.problems);
  r.style = flag("style", r.style);
  r.editable = flag("editable", r.editable);
  r.clean = flag("clean", r.clean);
  return r;
}

// render with the options of the render contract.
std::string render_with(const std::string& result_json, const std::string& options_json) {
  g_last_error.clear();
  Value o = nianbao::json::parse(options_json);
  if (!o.is_object()) o = Value::object();
  Value result = parse_results(result_json);
  if (result.is_discarded()) return std::string();
  return nianbao::render_html(result, lang_of(string_field(o, "lang", "zh")), render_options(o));
}

// The page's one call per check: the result (JSON text, byte-identical to check()) and its rendering
// under the render contract, so a result crosses the JS/WebAssembly wall once instead of going out,
// back in for rendering and out again. `options_json` is check()'s options plus "render": {...}.
CheckedAndRendered check_rendered(const std::string& input, const std::string& options_json) {
  g_last_error.clear();
  Options o = parse_options(options_json);
  const Value& ro = o.render;
  nianbao::Result r = nianbao::check(input, o.check);
  CheckedAndRendered out{nianbao::result_json(r, input, o.lang), std::string()};
  // The rendering reads the result as every caller of render() does: from its JSON (one parse, here).
  Value result = nianbao::json::parse(out.result);
  if (!result.is_discarded())
    out.html = nianbao::render_html(result, lang_of(string_field(ro, "lang", o.lang)), render_options(ro));
  return out;
}

// checkRendered's answer as two Uint8Array views of UTF-8 ({result, html}), as check_view's.
emscripten::val check_rendered_views(const std::string& input, const std::string& options_json) {
  g_rendered = check_rendered(input, options_json);
  emscripten::val out = emscripten::val::object();
  out.set("result", utf8_view(g_rendered.result));
  out.set("html", utf8_view(g_rendered.html));
  return out;
}

std::string stylesheet() { return nianbao::render_stylesheet(); }

// The page's paste decision (core/edit/paste_kind.hpp): a whole report replaces, a fragment edits.
bool is_whole_report(const std::string& text, bool html) { return nianbao::is_whole_report(text, html); }

// What to write into a cell's source range (core/edit/cell_write.hpp), as {"text", "kind"}.
std::string cell_write(const std::string& before, const std::string& current, const std::string& after,
                       const std::string& value, bool html) {
  g_last_error.clear();
  nianbao::CellWrite w = nianbao::cell_write(before, current, after, value, html);
  return Value::object({{"text", w.text}, {"kind", w.kind}}).dump();
}

// The rule catalogue (rules_json) as JSON text.
std::string rules() { return nianbao::rules_json().dump(); }

// The core's own test of well-formed UTF-8 (what the native CLI uses to decide between UTF-8 and
// GB18030), so the JS decoder takes the same branch for the same bytes.
bool is_utf8(const std::string& bytes) { return nianbao::utf8::valid(bytes); }

// Pairs a batch's reports with their previous year's (core/batch/pairing.hpp): [{agency, title, year}]
// in, an array of the same length out, each the index of the previous year's report or null.
std::string pair_reports(const std::string& entries_json) {
  g_last_error.clear();
  Value in = nianbao::json::parse(entries_json);
  if (in.is_discarded() || !in.is_array()) {
    g_last_error = "pairReports: not a JSON array of {agency, title, year}";
    return std::string();
  }
  std::vector<nianbao::PairingEntry> entries;
  for (const auto& e : in) {
    nianbao::PairingEntry p;
    if (e.is_object()) {
      p.key = nianbao::agency_key(string_field(e, "agency", ""), string_field(e, "title", ""));
      if (e["year"].is_number_integer()) p.year = static_cast<int>(e["year"].as_int());
    }
    entries.push_back(p);
  }
  Value out = Value::array();
  for (const auto& i : nianbao::pair_previous_years(entries)) out.push_back(i ? Value(*i) : Value());
  return out.dump();
}

// Review marks (core/annotate/review_marks.hpp, docs/review-marks.md) applied to results: the results
// with diagnostics[].review set, or "" with lastError() when `marks_text` is not a marks file.
std::string apply_review_marks(const std::string& results_json, const std::string& marks_text) {
  g_last_error.clear();
  Value results = parse_results(results_json);
  if (results.is_discarded()) return std::string();
  Value marks = nianbao::json::parse(marks_text);
  std::string why;
  if (!nianbao::apply_review_marks(results, marks, why)) {
    g_last_error = why;
    return std::string();
  }
  return results.dump();
}

// Errors that carry no review mark: what fails a check run (the CLIs' exit status).
int open_errors(const std::string& results_json) {
  g_last_error.clear();
  Value results = parse_results(results_json);
  return results.is_discarded() ? 0 : nianbao::open_errors(results);
}

std::string last_error() { return g_last_error; }

std::string version() { return nianbao::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(nianbao) {
  emscripten::function("check", &check_view);
  emscripten::function("checkRendered", &check_rendered_views);
  emscripten::function("extract", &extract_view);
  emscripten::function("checkTooLarge", &check_too_large);
  emscripten::function("render", &render);
  emscripten::function("renderFormat", &render_format);
  emscripten::function("rules", &rules);
  emscripten::function("renderWith", &render_with);
  emscripten::function("stylesheet", &stylesheet);
  emscripten::function("isWholeReport", &is_whole_report);
  emscripten::function("cellWrite", &cell_write);
  emscripten::function("isUtf8", &is_utf8);
  emscripten::function("pairReports", &pair_reports);
  emscripten::function("applyReviewMarks", &apply_review_marks);
  emscripten::function("openErrors", &open_errors);
  emscripten::function("lastError", &last_error);
  emscripten::function("version", &version);
  emscripten::constant("maxInputBytes", static_cast<double>(nianbao::kMaxInputBytes));
}
