// The WebAssembly face of the core: strings in, strings out (JSON text, HTML, CSV, SARIF).
// A thin layer on purpose: every decision is the core's, so the native CLI and the browser give
// byte-identical JSON for identical input. The JS package (js/) JSON.parse()s what we return.
//
// Exceptions. Targets are Chromium 86+, Firefox 78+, Safari 14+, which predate the WebAssembly
// exception-handling proposal (-fwasm-exceptions needs Chrome 95 / Firefox 100 / Safari 15.2).
// The core and nlohmann::json throw (parse errors, std::bad_alloc, out_of_range from a reader bug),
// and -fno-exceptions / JSON_NOEXCEPTION would turn every such throw into abort(): a trapped module
// whose state is lost, and a browser tab that stops answering. So the module is built with
// Emscripten's JS-based exception catching (-sDISABLE_EXCEPTION_CATCHING=0): it works on every
// target, costs some size and speed (calls that may throw go through JS `invoke_*` trampolines;
// bench/ prints the figures), and lets this file catch everything. Nothing thrown in C++ reaches
// JS: check/extract turn any failure into a result with an `input-unreadable` diagnostic; the
// renderers return "" and leave the reason in lastError() for the JS wrapper to raise as a
// JS Error (their inputs are results the caller handed back, so a failure there is the caller's).
#include <emscripten/bind.h>

#include <exception>
#include <new>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "core/check.hpp"
#include "core/render/json_read.hpp"
#include "core/render/render.hpp"
#include "core/rules/catalogue.hpp"
#include "core/text/utf8.hpp"

namespace {

using nlohmann::json;

std::string g_last_error;  // reason of the last failed render/format call ("" when it succeeded)

struct Options {
  nianbao::CheckOptions check;
  std::string lang = "zh";
};

std::string string_field(const json& j, const char* key, const std::string& fallback) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

// {"kind": "auto|text|html|docx-xml", "name": "...", "lang": "zh|en", "encoding": "utf-8",
//  "input_kind": "docx"}; unknown fields are ignored (e.g. "previous" until the core uses it).
Options parse_options(const std::string& options_json) {
  Options o;
  if (options_json.empty()) return o;
  json j = json::parse(options_json, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return o;
  o.check.kind = string_field(j, "kind", o.check.kind);
  o.check.file_name = string_field(j, "name", o.check.file_name);
  o.check.encoding = string_field(j, "encoding", o.check.encoding);
  o.check.input_kind = string_field(j, "input_kind", o.check.input_kind);
  o.lang = string_field(j, "lang", o.lang) == "en" ? "en" : "zh";
  return o;
}

// The last resort when the core itself failed: a result of the usual shape saying so.
std::string failure_result(const Options& o, const std::string& why) {
  try {
    nianbao::Result r;
    r.file = o.check.file_name;
    r.encoding = o.check.encoding;
    r.input_kind = o.check.input_kind.empty() ? "text" : o.check.input_kind;
    const auto rule = NB_RULE("input-unreadable");
    nianbao::Message m = nianbao::format(rule, "internal", {{"why", why}});
    nianbao::Diagnostic d;
    d.rule = rule.id();
    d.severity = rule.def().severity;
    d.message_zh = m.zh;
    d.message_en = m.en;
    d.at = nianbao::Range{0, 0};
    r.diagnostics.push_back(d);
    return nianbao::result_to_json(r, "", o.lang).dump();
  } catch (...) {
    return R"({"file":"","input":{"kind":"text","encoding":"","chars":0},"report":null,)"
           R"("diagnostics":[{"rule":"input-unreadable","severity":"error","message":"internal error"}],)"
           R"("summary":{"errors":1,"warnings":0,"infos":0,"checks_run":0,"not_assessable":0}})";
  }
}

template <typename Run>
std::string run_check(const std::string& input, const std::string& options_json, Run run) {
  Options o;
  try {
    o = parse_options(options_json);
    nianbao::Result r = run(input, o.check);
    return nianbao::result_to_json(r, input, o.lang).dump();
  } catch (const std::bad_alloc&) {
    return failure_result(o, "out of memory");
  } catch (const std::exception& e) {
    return failure_result(o, e.what());
  } catch (...) {
    return failure_result(o, "unknown error");
  }
}

// `input` arrives as UTF-8 bytes: from a JS string (encoded by the wrapper with TextEncoder) or
// from a Uint8Array handed over as is (the bytes of a file that could not be decoded: the core
// then says input-unreadable exactly as it does for the native CLI).
std::string check(const std::string& input, const std::string& options_json) {
  return run_check(input, options_json, [](const std::string& in, const nianbao::CheckOptions& o) {
    return nianbao::check(in, o);
  });
}

// The reading half only (no rules): the result object with its report and input diagnostics.
std::string extract(const std::string& input, const std::string& options_json) {
  return run_check(input, options_json, [](const std::string& in, const nianbao::CheckOptions& o) {
    return nianbao::extract(in, o);
  });
}

template <typename Body>
std::string guarded(Body body) {
  g_last_error.clear();
  try {
    return body();
  } catch (const std::bad_alloc&) {
    g_last_error = "out of memory";
  } catch (const std::exception& e) {
    g_last_error = e.what();
    if (g_last_error.empty()) g_last_error = "error";
  } catch (...) {
    g_last_error = "unknown error";
  }
  return std::string();
}

std::string lang_of(const std::string& lang) { return lang == "en" ? "en" : "zh"; }

// The report redrawn as HTML (render_html); `fragment` leaves out <html>/<head>.
std::string render(const std::string& result_json, const std::string& lang, bool fragment) {
  return guarded(
      [&] { return nianbao::render_html(nianbao::jr::parse_foreign(result_json), lang_of(lang), fragment); });
}

// Exactly what the native CLI prints for `check --format F` over these results (an array of result
// objects): "text", "csv", "sarif" (SARIF 2.1.0, indented) and "json" (the array, indented), each
// ending as the CLI's output does, so the Node CLI on WebAssembly prints the same bytes. "json"
// also pretty-prints any JSON value (the Node CLI's `extract` and `rules`).
std::string render_format(const std::string& results_json, const std::string& format,
                          const std::string& lang) {
  return guarded([&]() -> std::string {
    json results = nianbao::jr::parse_foreign(results_json);
    if (format == "json") return results.dump(2) + "\n";
    if (format == "csv") return nianbao::render_csv(results);
    if (format == "sarif") return nianbao::render_sarif(results, lang_of(lang)).dump(2) + "\n";
    if (format == "text") return nianbao::render_text(results, lang_of(lang));
    throw std::invalid_argument("unknown format " + format + " (text, csv, sarif or json)");
  });
}

// The rule catalogue (rules_json) as JSON text.
std::string rules() {
  return guarded([] { return nianbao::rules_json().dump(); });
}

// The core's own test of well-formed UTF-8 (what the native CLI uses to decide between UTF-8 and
// GB18030), so the JS decoder takes the same branch for the same bytes.
bool is_utf8(const std::string& bytes) { return nianbao::utf8::valid(bytes); }

std::string last_error() { return g_last_error; }

std::string version() { return NIANBAO_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(nianbao) {
  emscripten::function("check", &check);
  emscripten::function("extract", &extract);
  emscripten::function("render", &render);
  emscripten::function("renderFormat", &render_format);
  emscripten::function("rules", &rules);
  emscripten::function("isUtf8", &is_utf8);
  emscripten::function("lastError", &last_error);
  emscripten::function("version", &version);
  emscripten::constant("maxInputBytes", static_cast<double>(nianbao::kMaxInputBytes));
}
