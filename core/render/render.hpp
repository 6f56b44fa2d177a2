#pragma once
// Renderers: a result (the JSON object of OUTPUT.md) -> text, CSV, SARIF, canonical HTML.
// They work on the JSON so the CLI, the WebAssembly API and the page render identically,
// and never decide what is wrong: that is the rules' job.
#include <nlohmann/json.hpp>
#include <string>

namespace nianbao {

// Human-readable report of one or more results (array of result objects).
std::string render_text(const nlohmann::json& results, const std::string& lang);
// One row per diagnostic: file,rule,severity,cell,line,column,expected,found,message (RFC 4180).
std::string render_csv(const nlohmann::json& results);
// SARIF 2.1.0 log declaring every rule of the catalogue.
nlohmann::json render_sarif(const nlohmann::json& results, const std::string& lang);
// The report re-drawn as the official tables and sections, problems highlighted; self-contained HTML.
// `fragment` leaves out <html>/<head> (for embedding into the page's shadow root).
std::string render_html(const nlohmann::json& result, const std::string& lang, bool fragment = false);
// The rule catalogue as JSON (id, severity, applies, family, title/description zh+en, ...).
nlohmann::json rules_json();

}  // namespace nianbao
