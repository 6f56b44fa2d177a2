#include "core/render/html_cell.hpp"

#include "core/render/html_escape.hpp"
#include "core/render/json_read.hpp"

namespace nianbao::html {

namespace {

const char* icon(const std::string& severity) {
  // Shapes differ as well as colours, so the marker survives grey-scale printing and colour blindness.
  if (severity == "error") return "✖";
  if (severity == "warning") return "▲";
  return "ℹ";
}

std::string span_attr(const char* name, int n) {
  return n > 1 ? std::string(" ") + name + "=\"" + std::to_string(n) + "\"" : std::string();
}

}  // namespace

MarkParts mark_parts(const Context& c, const std::string& key, const std::string& extra_title) {
  MarkParts p;
  if (c.clean) return p;
  const Mark* m = c.marks.find(key);
  std::string title;
  if (m) {
    for (std::size_t i = 0; i < m->messages.size(); ++i) {
      if (!title.empty()) title += "\n";
      title += std::to_string(m->problems[i]) + ". " + m->messages[i];
    }
    if (!m->fix.empty()) title += "\n" + c.s.should_be + m->fix;
  }
  if (!extra_title.empty()) title += (title.empty() ? "" : "\n") + extra_title;
  if (!title.empty()) p.attrs += " title=\"" + escape(title) + "\"";
  if (!m) return p;

  if (!m->severity.empty()) p.attrs += " data-severity=\"" + escape(m->severity) + "\"";
  if (!m->fix.empty()) p.attrs += " data-fix=\"" + escape(m->fix) + "\"";
  if (!m->related.empty()) {
    std::string r;
    for (const auto& id : m->related) r += (r.empty() ? "" : " ") + id;
    p.attrs += " data-related=\"" + escape(r) + "\"";
  }
  p.classes += " nb-marked nb-sev-" + (m->severity.empty() ? std::string("info") : m->severity);
  p.classes += m->primary ? " nb-primary" : " nb-related";

  if (m->primary)
    p.inner += std::string("<span class=\"nb-icon\" aria-hidden=\"true\">") + icon(m->severity) + "</span>";
  p.inner += "<sup class=\"nb-refs\">";
  for (std::size_t i = 0; i < m->problems.size(); ++i) {
    std::string n = std::to_string(m->problems[i]);
    p.inner += (i ? "," : "") + std::string("<a href=\"#nb-diag-") + n + "\" aria-label=\"" +
               escape(c.s.see_problem + n) + "\">" + n + "</a>";
  }
  p.inner += "</sup>";
  if (!m->fix.empty()) p.inner += "<span class=\"nb-fix\">" + escape(c.s.should_be + m->fix) + "</span>";
  // Screen readers get the verdict and the messages with the cell, not only a bare number.
  std::string sr = ui::severity_word(c.s, m->severity) + ": ";
  for (std::size_t i = 0; i < m->messages.size(); ++i) sr += (i ? "; " : "") + m->messages[i];
  if (!m->fix.empty()) sr += "; " + c.s.should_be + m->fix;
  p.inner += "<span class=\"nb-sr\">" + escape(sr) + "</span>";
  return p;
}

const json::Value& report_row(const Context& c, const std::string& table, const std::string& row) {
  return jr::at(jr::at(jr::at(c.report, "tables"), table), row);
}

const json::Value& report_cell(const Context& c, const std::string& table, const std::string& row,
                               const std::string& col) {
  return jr::at(report_row(c, table, row), col);
}

std::string report_row_label(const Context& c, const std::string& table, const std::string& row) {
  return jr::str(jr::at(jr::at(c.report, "row_labels"), table), row);
}

std::string value_cell(const Context& c, const std::string& key, const json::Value& cell, int colspan) {
  const bool missing = !cell.is_object();
  // Editable only where the value can be written back: the cell has a place in the source text.
  const bool editable = c.editable && !missing && jr::at(jr::at(cell, "at"), "offset").is_number();
  MarkParts p = mark_parts(c, key);
  // A report has some 200 value cells: each is built in one string, appended piece by piece, rather than
  // as a chain of temporaries (a page re-renders them on every edit).
  std::string k = escape(key);
  std::string out;
  out.reserve(160 + 3 * k.size() + p.attrs.size() + p.classes.size() + p.inner.size());
  out += "<td data-cell=\"";
  out += k;
  out += "\" id=\"nb-cell-";
  out += k;
  out += "\" class=\"nb-v";
  if (missing) out += " nb-missing";
  if (editable) out += " nb-has-editable";
  out += p.classes;
  out += '"';
  if (colspan > 1) out += span_attr("colspan", colspan);
  if (missing) out += " data-missing=\"true\"";
  out += p.attrs;
  out += '>';
  if (missing) {
    if (!c.clean) {
      out += "<span class=\"nb-sr\">";
      append_escaped(out, c.s.missing_cell);
      out += "</span>";
    }
  } else {
    std::string shown = jr::str(cell, "raw");
    if (shown.empty()) shown = jr::scalar(jr::at(cell, "value"));
    if (editable) {
      out +=
          "<span class=\"nb-raw nb-editable\" contenteditable=\"true\" role=\"textbox\" tabindex=\"0\" "
          "spellcheck=\"false\" data-edit-cell=\"";
      out += k;
      out += "\" aria-label=\"";
      append_escaped(out, c.s.cell);
      out += ' ';
      out += k;
      out += "\">";
    } else {
      out += "<span class=\"nb-raw\">";
    }
    append_escaped(out, shown);
    out += "</span>";
  }
  out += p.inner;
  out += "</td>";
  return out;
}

std::string row_label_cell(const Context& c, const RowLabel& l) {
  std::string written = report_row_label(c, l.table, l.row);
  std::string shown = written.empty() || (c.clean && !l.official.empty()) ? l.official : written;
  if (shown.empty()) shown = l.row;  // an extra row whose label was lost: its key at least
  std::string note;
  if (!l.official.empty() && !written.empty() && written != l.official)
    note = c.s.official_label + l.official;
  if (l.extra) note += (note.empty() ? "" : "\n") + c.s.extra_row;
  const std::string key = l.table + "." + l.row;
  MarkParts p = mark_parts(c, key, note);
  std::string out = "<th scope=\"row\" data-row=\"" + escape(key) + "\" class=\"nb-label" +
                    (l.extra ? " nb-extra" : "") + (written.empty() && !l.extra ? " nb-label-official" : "") +
                    p.classes + "\"" + span_attr("colspan", l.colspan) + p.attrs + ">" + escape(shown);
  if (l.extra && !c.clean)
    out += " <span class=\"nb-extra-note\">" +
           escape(c.s.lang_tag == "en" ? " (" + c.s.extra_row + ")" : "（" + c.s.extra_row + "）") +
           "</span>";
  return out + p.inner + "</th>";
}

std::string header_cell(const std::string& text, int colspan, int rowspan, const std::string& title,
                        const std::string& cls) {
  return std::string("<th scope=\"") + (colspan > 1 ? "colgroup" : "col") + "\"" +
         span_attr("colspan", colspan) + span_attr("rowspan", rowspan) +
         (cls.empty() ? "" : " class=\"" + escape(cls) + "\"") +
         (title.empty() ? "" : " title=\"" + escape(title) + "\"") + ">" + escape(text) + "</th>";
}

}  // namespace nianbao::html
