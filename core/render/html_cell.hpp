#pragma once
// The pieces every table layout is made of: value cells (<td data-cell>), row labels and marked
// headings, with the problem markers (severity, footnote links, tooltip, screen-reader text, fix).
#include <string>

#include "core/json/value.hpp"
#include "core/render/html_marks.hpp"
#include "core/render/ui_strings.hpp"

namespace nianbao::html {

struct Context {
  const ui::Strings& s;
  const Marks& marks;
  const json::Value& report;  // result.report (may be null)
  std::string template_id;    // "2019" draws the 2019 layout; anything else the 2021 one
  bool editable = false;      // value cells with a source range become editable (render contract)
  bool clean = false;         // official labels, no marks (RenderOptions::clean)
};

// What a marked element needs: extra attributes (leading space), extra classes (leading space) and
// decorations appended to its content. All empty when nothing names the key.
struct MarkParts {
  std::string attrs;
  std::string classes;
  std::string inner;
};
MarkParts mark_parts(const Context& c, const std::string& key, const std::string& extra_title = "");

// The report's cells of TABLE.ROW (an object keyed by column), or null when the report does not have the row.
const json::Value& report_row(const Context& c, const std::string& table, const std::string& row);
// The report's cell object for TABLE.ROW.COL, or null when the report does not have it.
const json::Value& report_cell(const Context& c, const std::string& table, const std::string& row,
                               const std::string& col);
// The row label as the report wrote it, or "" when unknown.
std::string report_row_label(const Context& c, const std::string& table, const std::string& row);

// <td data-cell="KEY">: the value as written, marked missing when `cell` is null.
std::string value_cell(const Context& c, const std::string& key, const json::Value& cell, int colspan = 1);

// <th scope="row" data-row="TABLE.ROW">: the report's label (official one when the report has none).
struct RowLabel {
  std::string table, row;
  std::string official;  // empty for rows not in the template
  int colspan = 1;
  bool extra = false;
};
std::string row_label_cell(const Context& c, const RowLabel& l);

// A header cell of the official form: <th> with optional spans and an English tooltip.
std::string header_cell(const std::string& text, int colspan = 1, int rowspan = 1,
                        const std::string& title = "", const std::string& cls = "");

}  // namespace nianbao::html
