// The result object of OUTPUT.md written straight to text. Every object's keys are written in sorted
// order (what nlohmann::json, a std::map, printed before this writer existed: outputs did not change).
#include "core/render/result_json.hpp"

#include <algorithm>
#include <vector>

#include "core/render/location.hpp"
#include "core/version.hpp"

namespace nianbao {

namespace {

void write_cell(JsonWriter& w, const CellValue& c, const Locator& loc) {
  w.begin_object().key("at");
  loc.write(w, c.at);
  w.field("raw", c.raw);
  if (!c.unit.empty()) w.field("unit", c.unit);
  w.key("value");
  if (c.kind == CellKind::Number && c.value)
    w.number(*c.value);
  else
    w.null();
  w.end_object();
}

// The rows of a table by key, sorted; of rows sharing a key the last one (as a map assignment keeps).
std::vector<const TableRow*> rows_by_key(const ReportTable& t) {
  std::vector<const TableRow*> rows;
  rows.reserve(t.rows.size());
  for (const auto& r : t.rows) rows.push_back(&r);
  std::stable_sort(rows.begin(), rows.end(),
                   [](const TableRow* a, const TableRow* b) { return a->key < b->key; });
  std::vector<const TableRow*> out;
  out.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (i + 1 == rows.size() || rows[i + 1]->key != rows[i]->key) out.push_back(rows[i]);
  return out;
}

void write_report(JsonWriter& w, const Report& rep, const Locator& loc) {
  const ReportTable* tables[] = {&rep.t2, &rep.t3, &rep.t4};  // keys t2 < t3 < t4
  std::vector<const TableRow*> rows[3];
  for (int i = 0; i < 3; ++i)
    if (tables[i]->present) rows[i] = rows_by_key(*tables[i]);

  w.begin_object();
  w.field("agency", rep.agency);
  w.field("layout", rep.layout);
  w.key("row_labels").begin_object();
  for (int i = 0; i < 3; ++i) {
    if (!tables[i]->present) continue;
    w.key(tables[i]->key).begin_object();
    for (const TableRow* r : rows[i]) w.field(r->key, r->label);
    w.end_object();
  }
  w.end_object();
  w.key("sections").begin_array();
  std::string text;
  for (const auto& s : rep.sections) {
    if (!s.present) continue;
    text.clear();
    for (const auto& p : s.paragraphs) {
      if (!text.empty()) text += '\n';
      text += p.text;
    }
    w.begin_object().key("at");
    loc.write(w, s.at);
    w.field("key", s.key).field("text", text).field("title", s.title).end_object();
  }
  w.end_array();
  w.key("tables").begin_object();
  for (int i = 0; i < 3; ++i) {
    if (!tables[i]->present) continue;
    w.key(tables[i]->key).begin_object();
    for (const TableRow* r : rows[i]) {
      w.key(r->key).begin_object();
      for (const auto& [col, cell] : r->cells) {
        if (!cell.present()) continue;
        w.key(col);
        write_cell(w, cell, loc);
      }
      w.end_object();
    }
    w.end_object();
  }
  w.end_object();
  w.field("template", rep.template_id);
  w.field("title", rep.title);
  w.key("year");
  if (rep.year)
    w.integer(*rep.year);
  else
    w.null();
  w.end_object();
}

// A text fix: {"at", "text"} in the input, or {"text", "text_at"} in canonical_text (docs/output.md).
void write_text_fix(JsonWriter& w, const TextFix& f, const Locator& loc, const Locator& text_loc) {
  w.begin_object();
  if (!f.in_canonical_text) loc.write(w.key("at"), f.at);
  w.field("text", f.text);
  if (f.in_canonical_text) text_loc.write(w.key("text_at"), f.at);
  w.end_object();
}

void write_diagnostic(JsonWriter& w, const Diagnostic& d, const Locator& loc, const Locator& text_loc,
                      const std::string& lang) {
  w.begin_object();
  if (d.at) {
    w.key("at");
    loc.write(w, *d.at);
    loc.write_box(w, *d.at);  // PDF/OFD: "box", the place on the printed page
  }
  if (!d.cell.empty()) w.field("cell", d.cell);
  if (!d.cells.empty()) {
    w.key("cells").begin_array();
    for (const auto& c : d.cells) w.string(c);
    w.end_array();
  }
  if (!d.expected.is_null()) write_scalar(w.key("expected"), d.expected);
  if (!d.fingerprint.empty()) w.field("fingerprint", d.fingerprint);  // review marks (core/annotate/)
  if (d.fix) {
    w.key("fix").begin_object().field("cell", d.fix->cell).key("value").number(d.fix->value).end_object();
  } else if (d.text_fix) {
    write_text_fix(w.key("fix"), *d.text_fix, loc, text_loc);
  }
  if (!d.found.is_null()) write_scalar(w.key("found"), d.found);
  w.field("message", lang == "en" ? d.message_en : d.message_zh);
  if (!d.previous_passage.empty()) {  // prev-duplicate-text: both passages side by side
    w.key("passages")
        .begin_object()
        .field("last_year", d.previous_passage)
        .field("this_year", d.passage)
        .end_object();
  }
  if (!d.place_zh.empty()) {  // the place in the report's own words
    w.key("place").begin_object().field("en", d.place_en).field("zh", d.place_zh).end_object();
  }
  w.field("rule", d.rule);
  w.field("severity", severity_name(d.severity));
  if (d.text_at) {
    w.key("text_at");
    text_loc.write(w, *d.text_at);  // the same place in canonical_text (HTML, .docx, PDF input)
  }
  w.end_object();
}

}  // namespace

void write_result_json(JsonWriter& w, const Result& res, std::string_view input, const std::string& lang,
                       bool null_previous) {
  // The input check() measured (the same size) is not validated again; any other is.
  Locator loc(input, &res.boxes, res.input_valid_utf8 && input.size() == res.input_bytes);
  Locator text_loc(res.canonical_text);
  int errors = 0, warnings = 0, infos = 0;
  w.begin_object();
  if (!res.canonical_text.empty()) w.field("canonical_text", res.canonical_text);
  w.key("diagnostics").begin_array();
  for (const auto& d : res.diagnostics) {
    write_diagnostic(w, d, loc, text_loc, lang);
    (d.severity == Severity::Error ? errors : d.severity == Severity::Warning ? warnings : infos)++;
  }
  w.end_array();
  w.field("file", res.file);
  // The page applies these without knowing rule ids: every total recomputed, and every certain fix.
  auto cell_fixes = [&w](const std::vector<Fix>& list) {
    for (const auto& f : list)
      w.begin_object().field("cell", f.cell).key("value").number(f.value).end_object();
  };
  w.key("fixes").begin_object();
  w.key("certain").begin_array();
  cell_fixes(res.certain_fixes);
  for (const auto& f : res.certain_text_fixes) write_text_fix(w, f, loc, text_loc);  // official labels
  w.end_array();
  w.key("totals").begin_array();
  cell_fixes(res.total_fixes);
  w.end_array();
  w.end_object();
  w.key("input")
      .begin_object()
      .field_int("chars", static_cast<std::int64_t>(res.chars))
      .field("encoding", res.encoding)
      .field("kind", res.input_kind)
      .end_object();
  if (res.previous.given) {  // the report this one was compared with (--previous, batch pairing)
    w.key("previous")
        .begin_object()
        .field("agency", res.previous.agency)
        .field("file", res.previous.file)
        .key("readable")
        .boolean(res.previous.readable)
        .key("year");
    if (res.previous.year)
      w.integer(*res.previous.year);
    else
      w.null();
    w.end_object();
  } else if (null_previous) {
    w.key("previous").null();
  }
  w.key("report");
  write_report(w, res.report, loc);
  w.key("summary")
      .begin_object()
      .field_int("checks_run", res.checks_run)
      .field_int("errors", errors)
      .field_int("infos", infos)
      .field_int("not_assessable", res.not_assessable)
      .field_int("warnings", warnings)
      .end_object();
  w.key("tool").begin_object().field("name", kToolName).field("version", version()).end_object();
  w.end_object();
}

std::string result_json(const Result& res, std::string_view input, const std::string& lang, int indent) {
  std::string out;
  out.reserve(4096 + input.size() * 2);
  JsonWriter w(out, indent);
  write_result_json(w, res, input, lang);
  w.flush();
  return out;
}

json::Value result_to_json(const Result& res, std::string_view input, const std::string& lang) {
  return json::parse(result_json(res, input, lang));
}

}  // namespace nianbao
