#pragma once
// Renderers: a result (the JSON object of OUTPUT.md) -> text, CSV, SARIF, canonical HTML.
// They work on the JSON so the CLI, the WebAssembly API and the page render identically,
// and never decide what is wrong: that is the rules' job.
#include <string>

#include "core/json/value.hpp"

namespace nianbao {

// Human-readable report of one or more results (array of result objects).
std::string render_text(const json::Value& results, const std::string& lang);
// The CSV 整改清单: one row per diagnostic, columns of docs/csv.md, headers in `lang` (RFC 4180).
std::string render_csv(const json::Value& results, const std::string& lang = "zh");
// A part of one CSV written piece by piece (a batch printed as its files are checked): the header row only
// when `header`, and rows numbered from `first_row`; `rows` is increased by the rows written.
std::string render_csv_part(const json::Value& results, const std::string& lang, bool header,
                            long long first_row, long long* rows);
// SARIF 2.1.0 log declaring every rule of the catalogue.
json::Value render_sarif(const json::Value& results, const std::string& lang);
// The report re-drawn as the official tables and sections, problems highlighted; self-contained HTML.
// `fragment` leaves out <html>/<head> (for embedding into the page's shadow root).
std::string render_html(const json::Value& result, const std::string& lang, bool fragment = false);

// The render contract for pages that embed the rendering (docs/render-contract.md):
//   fragment     no <html>/<head>: a <div class="nianbao-report"> to place into a page
//   tables_only  only the tables 二/三/四 (captions included), no heading, prose or problem list
//   problems     the numbered problem list (ignored with tables_only)
//   style        a <style> element inside the fragment; false for pages under a Content-Security-Policy
//                without 'unsafe-inline' styles, which take render_stylesheet() as a file or a
//                constructable stylesheet instead
//   editable     number cells that have a source range carry contenteditable + data-edit-cell
//   clean        the report as it should be handed in: official labels and headings, rows of the report's
//                template only, no problem marks, notes or metadata (for copying back into Word)
struct RenderOptions {
  bool fragment = false;
  bool tables_only = false;
  bool problems = true;
  bool style = true;
  bool editable = false;
  bool clean = false;
};
std::string render_html(const json::Value& result, const std::string& lang, const RenderOptions& options);
// The CSS of the rendering (what style=true puts into a <style> element).
std::string render_stylesheet();
// The rule catalogue as JSON (id, severity, applies, family, title/description zh+en, ...).
json::Value rules_json();

}  // namespace nianbao
