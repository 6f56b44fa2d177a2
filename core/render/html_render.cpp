// The canonical report as HTML: heading and meta data, the six sections in official order with the
// tables 二/三/四 in theirs, then the problem list. Layout only: what is wrong comes from the result.
#include <string>

#include "core/render/html_cell.hpp"
#include "core/render/html_escape.hpp"
#include "core/render/html_marks.hpp"
#include "core/render/html_problems.hpp"
#include "core/render/html_style.hpp"
#include "core/render/html_tables.hpp"
#include "core/render/json_read.hpp"
#include "core/render/render.hpp"
#include "core/render/ui_strings.hpp"
#include "core/template/template.hpp"

namespace nianbao {

namespace {

using html::escape;

std::string paragraphs(const std::string& text) {
  std::string out;
  std::size_t b = 0;
  while (b <= text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    std::string line = text.substr(b, e - b);
    if (line.find_first_not_of(" \t\r") != std::string::npos) out += "<p>" + escape(line) + "</p>";
    b = e + 1;
  }
  return out;
}

std::string section_html(const html::Context& c, const std::string& key, const json::Value* sec,
                         const std::string& official) {
  html::MarkParts p = html::mark_parts(c, key);
  std::string title = sec && !c.clean ? jr::str(*sec, "title") : "";
  std::string out = "<section class=\"nb-section" + std::string(sec ? "" : " nb-section-missing") +
                    "\" data-section=\"" + escape(key) + "\"><h2 class=\"" + p.classes + "\"" + p.attrs +
                    " lang=\"zh-CN\">" + escape(title.empty() ? official : title);
  if (!sec && !c.clean)
    out += " <span class=\"nb-missing-note\" lang=\"" + escape(c.s.lang_tag) + "\">" +
           escape(c.s.missing_section) + "</span>";
  out += p.inner + "</h2>";
  if (sec) out += "<div class=\"nb-text\" lang=\"zh-CN\">" + paragraphs(jr::str(*sec, "text")) + "</div>";
  if (key == "s2") out += html::table2(c);
  if (key == "s3") out += html::table3(c);
  if (key == "s4") out += html::table4(c);
  return out + "</section>";
}

std::string body(const json::Value& result, const html::Context& c, bool problems = true) {
  const auto& report = c.report;
  std::string title = jr::str(report, "title");
  std::string out = "<header><h1 lang=\"zh-CN\">" + escape(title.empty() ? c.s.untitled : title) + "</h1>";
  if (c.clean)
    out += "</header>";
  else
    out += "<dl class=\"nb-meta\">";
  auto meta = [&](const std::string& k, const std::string& v) {
    if (!v.empty()) out += "<div><dt>" + escape(k) + "</dt><dd>" + escape(v) + "</dd></div>";
  };
  if (!c.clean) {
    meta(c.s.file, jr::str(result, "file"));
    meta(c.s.agency, jr::str(report, "agency"));
    meta(c.s.year, jr::str(report, "year"));
    meta(c.s.format, ui::template_name(c.s, jr::str(report, "template")));
    out += "</dl><p class=\"nb-legend\">" + escape(c.s.legend) + "</p></header>";
  }

  const auto& sections = jr::at(report, "sections");
  auto find = [&](const std::string& key) -> const json::Value* {
    if (sections.is_array())
      for (const auto& s : sections)
        if (jr::str(s, "key") == key) return &s;
    return nullptr;
  };
  for (const auto& def : tmpl::sections())
    out += section_html(c, def.key, find(def.key), def.numeral + "、" + def.title);
  // Sections the template does not know (should a reader ever report one) still show, after 六.
  if (sections.is_array() && !c.clean)
    for (const auto& s : sections) {
      std::string key = jr::str(s, "key");
      bool known = false;
      for (const auto& def : tmpl::sections()) known = known || def.key == key;
      if (!known) out += section_html(c, key, &s, key);
    }
  return problems ? out + html::problem_list(result, c.s) : out;
}

}  // namespace

std::string render_stylesheet() { return html::stylesheet(); }

std::string render_html(const json::Value& result, const std::string& lang, bool fragment) {
  RenderOptions o;
  o.fragment = fragment;
  return render_html(result, lang, o);
}

std::string render_html(const json::Value& result, const std::string& lang, const RenderOptions& o) {
  const ui::Strings& s = ui::strings(lang);
  const auto& report = jr::at(result, "report");
  html::Marks marks(jr::at(result, "diagnostics"));
  html::Context c{
      s,      marks, report, jr::str(report, "template") == "2019" ? "2019" : "2021", o.editable && !o.clean,
      o.clean};

  std::string open = "<div class=\"nianbao-report" + std::string(o.tables_only ? " nb-tables-only" : "") +
                     "\" lang=\"" + escape(s.lang_tag) + "\" data-template=\"" + escape(c.template_id) +
                     "\">";
  if (o.fragment) {
    std::string style = o.style ? std::string("<style>") + html::stylesheet() + "</style>" : "";
    if (o.tables_only) return open + style + html::table2(c) + html::table3(c) + html::table4(c) + "</div>";
    return open + style + body(result, c, o.problems && !o.clean) + "</div>";
  }

  std::string title = jr::str(report, "title");
  return "<!DOCTYPE html>\n<html lang=\"" + escape(s.lang_tag) +
         "\"><head><meta charset=\"utf-8\">"
         // Nothing in this page may run or load: the report text is escaped, and this is the second lock.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
         "'unsafe-inline'\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
         escape(title.empty() ? s.doc_title : title) + "</title><style>" + html::stylesheet() +
         "body{margin:0}</style></head><body>" + open + body(result, c, o.problems && !o.clean) +
         "</div></body></html>\n";
}

}  // namespace nianbao
