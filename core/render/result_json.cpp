// The result object of OUTPUT.md: report model, diagnostics and summary as JSON.
#include "core/check.hpp"
#include "core/render/location.hpp"

namespace nianbao {

namespace {

nlohmann::json cell_json(const CellValue& c, const Locator& loc) {
  nlohmann::json j;
  j["value"] = c.kind == CellKind::Number && c.value ? decimal_json(*c.value) : nlohmann::json(nullptr);
  j["raw"] = c.raw;
  if (!c.unit.empty()) j["unit"] = c.unit;
  j["at"] = loc(c.at);
  return j;
}

nlohmann::json table_json(const ReportTable& t, const Locator& loc, nlohmann::json& labels) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& row : t.rows) {
    nlohmann::json r = nlohmann::json::object();
    for (const auto& [col, cell] : row.cells)
      if (cell.present()) r[col] = cell_json(cell, loc);
    j[row.key] = r;
    labels[row.key] = row.label;
  }
  return j;
}

}  // namespace

nlohmann::json report_to_json(const Report& rep, const Locator& loc) {
  nlohmann::json r;
  r["title"] = rep.title;
  r["agency"] = rep.agency;
  r["year"] = rep.year ? nlohmann::json(*rep.year) : nlohmann::json(nullptr);
  r["template"] = rep.template_id;
  r["layout"] = rep.layout;
  nlohmann::json sections = nlohmann::json::array();
  for (const auto& s : rep.sections) {
    if (!s.present) continue;
    std::string text;
    for (const auto& p : s.paragraphs) {
      if (!text.empty()) text += "\n";
      text += p.text;
    }
    sections.push_back({{"key", s.key}, {"title", s.title}, {"at", loc(s.at)}, {"text", text}});
  }
  r["sections"] = sections;
  nlohmann::json tables = nlohmann::json::object(), labels = nlohmann::json::object();
  for (const ReportTable* t : {&rep.t2, &rep.t3, &rep.t4}) {
    if (!t->present) continue;
    nlohmann::json l = nlohmann::json::object();
    tables[t->key] = table_json(*t, loc, l);
    labels[t->key] = l;
  }
  r["tables"] = tables;
  r["row_labels"] = labels;
  return r;
}

nlohmann::json diagnostic_to_json(const Diagnostic& d, const Locator& loc, const std::string& lang) {
  nlohmann::json j;
  j["rule"] = d.rule;
  j["severity"] = severity_name(d.severity);
  j["message"] = lang == "en" ? d.message_en : d.message_zh;
  if (!d.cell.empty()) j["cell"] = d.cell;
  if (!d.cells.empty()) j["cells"] = d.cells;
  if (d.at) j["at"] = loc(*d.at);
  if (auto box = d.at ? loc.box(*d.at) : std::nullopt) j["box"] = *box;  // PDF/OFD: place on the page
  if (!d.expected.is_null()) j["expected"] = d.expected;
  if (!d.found.is_null()) j["found"] = d.found;
  if (d.fix) j["fix"] = {{"cell", d.fix->cell}, {"value", decimal_json(d.fix->value)}};
  return j;
}

nlohmann::json result_to_json(const Result& res, std::string_view input, const std::string& lang) {
  Locator loc(input, &res.boxes);
  nlohmann::json j;
  j["file"] = res.file;
  j["input"] = {{"kind", res.input_kind}, {"encoding", res.encoding}, {"chars", res.chars}};
  j["report"] = report_to_json(res.report, loc);
  nlohmann::json diags = nlohmann::json::array();
  int errors = 0, warnings = 0, infos = 0;
  for (const auto& d : res.diagnostics) {
    diags.push_back(diagnostic_to_json(d, loc, lang));
    (d.severity == Severity::Error ? errors : d.severity == Severity::Warning ? warnings : infos)++;
  }
  j["diagnostics"] = diags;
  // The page applies these without knowing rule ids: every total recomputed, and every certain fix.
  auto fixes = [](const std::vector<Fix>& list) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& f : list) a.push_back({{"cell", f.cell}, {"value", decimal_json(f.value)}});
    return a;
  };
  j["fixes"] = {{"totals", fixes(res.total_fixes)}, {"certain", fixes(res.certain_fixes)}};
  j["summary"] = {{"errors", errors},
                  {"warnings", warnings},
                  {"infos", infos},
                  {"checks_run", res.checks_run},
                  {"not_assessable", res.not_assessable}};
  return j;
}

}  // namespace nianbao
