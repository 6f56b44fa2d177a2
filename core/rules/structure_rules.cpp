// Structure family: the six sections, the three tables, their rows, columns and labels, and the
// content Art. 50 requires of sections 一, 五 and 六. Each problem is reported once per section,
// table, row or column — never once per cell.
#include <string>
#include <string_view>
#include <vector>

#include "core/rules/agency.hpp"
#include "core/rules/applies.hpp"
#include "core/rules/describe.hpp"
#include "core/rules/prose.hpp"
#include "core/rules/run.hpp"
#include "core/template/template.hpp"
#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

std::string official_heading(const tmpl::SectionDef& def) { return def.numeral + "、" + def.title; }

Diagnostic finding(Range at) {
  Diagnostic d;
  d.at = at;
  return d;
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

// ---- sections ----

void sections(const Report& report, Findings& out) {
  const auto& defs = tmpl::sections();
  int max_order = 0;
  std::string max_heading;
  for (std::size_t i = 0; i < defs.size(); ++i) {
    const Section* s = report.section(defs[i].key);
    out.checked(NB_RULE("section-missing"));
    if (!s || !s->present) {
      // Point where the section should have been: the next heading found, else the title.
      Range at = report.title_at;
      for (std::size_t j = i + 1; j < defs.size(); ++j)
        if (const Section* next = report.section(defs[j].key); next && next->present) {
          at = next->at;
          break;
        }
      Diagnostic d = finding(at);
      d.expected = official_heading(defs[i]);
      out.add(NB_RULE("section-missing"), std::move(d),
              {{"numeral", defs[i].numeral}, {"heading", official_heading(defs[i])}});
      continue;
    }
    std::string written = s->title.empty() ? official_heading(defs[i]) : s->title;
    bool misnumbered = !s->numeral.empty() && s->numeral != defs[i].numeral;
    bool early = s->order > 0 && s->order < max_order;  // comes before a section that should follow it
    if (misnumbered || early) {
      const auto rule = NB_RULE("section-order");
      Diagnostic d = finding(s->at);
      d.expected = official_heading(defs[i]);
      d.found = written;
      Message why = format(rule,
                           misnumbered && early ? "misnumbered-early"
                           : misnumbered        ? "misnumbered"
                                                : "early",
                           {{"numeral", s->numeral}, {"expected", defs[i].numeral}, {"after", max_heading}});
      out.add(rule, std::move(d), {{"heading", written}, {"why", why.zh, why.en}});
    }
    if (s->order > max_order) {
      max_order = s->order;
      max_heading = written;
    }
    if (!s->title_exact) {
      Diagnostic d = finding(s->at);
      d.expected = official_heading(defs[i]);
      d.found = written;
      out.add(NB_RULE("section-title"), std::move(d),
              {{"heading", written}, {"official", official_heading(defs[i])}});
    }
  }
}

// ---- what sections 一, 五 and 六 must say ----

struct Topic {
  std::string name;                // as the format names it
  std::vector<std::string> words;  // any of these counts as covering it
};

void overview_areas(const Report& report, Findings& out) {
  const Section* s1 = report.section("s1");
  if (!rules::applies_2021(report) || !s1 || !s1->present) return;
  out.checked(NB_RULE("overview-area-missing"));
  // Judged by content, not by the five standard sub-headings: a section with headings of its own covers
  // an area when it speaks of it in any of the words reports use for it.
  static const std::vector<Topic> kAreas = {
      {"主动公开", {"主动公开", "发布信息", "公开信息", "公开政府信息"}},
      {"依申请公开", {"依申请", "公开申请", "申请公开", "收到申请", "受理申请", "办结申请"}},
      {"政府信息管理", {"信息管理", "管理"}},
      {"政府信息公开平台建设", {"平台", "网站", "门户", "新媒体", "公众号", "政府公报", "公开专区", "专栏"}},
      {"监督保障", {"监督", "保障", "考核", "培训", "责任追究", "社会评议"}},
  };
  std::string text = rules::section_text(*s1);
  std::vector<std::string> missing;
  for (const auto& a : kAreas)
    if (!rules::mentions_any(text, a.words)) missing.push_back(a.name);
  if (missing.empty()) return;
  Diagnostic d = finding(s1->at);
  d.found = joined(missing, "、");
  out.add(NB_RULE("overview-area-missing"), std::move(d),
          {{"missing", joined(missing, "、"), joined(missing, ", ")}});
}

void accountability(const Report& report, Findings& out) {
  if (!rules::is_people_government(report)) return;
  out.checked(NB_RULE("government-accountability-missing"));
  static const std::vector<Topic> kItems = {
      {"工作考核", {"考核"}},
      {"社会评议", {"评议"}},
      {"责任追究", {"责任追究", "追究", "追责", "问责"}},
  };
  std::string text;
  for (const TextPiece* p : rules::prose_pieces(report)) text += rules::compact_piece(*p).text + "\n";
  std::vector<std::string> missing;
  for (const auto& item : kItems)
    if (!rules::mentions_any(text, item.words)) missing.push_back(item.name);
  if (missing.empty()) return;
  const Section* s1 = report.section("s1");
  Diagnostic d = finding(s1 && s1->present ? s1->at : report.title_at);
  d.found = joined(missing, "、");
  out.add(NB_RULE("government-accountability-missing"), std::move(d),
          {{"missing", joined(missing, "、"), joined(missing, ", ")}});
}

// The section's prose without punctuation, for "only 无" tests.
// The text without punctuation, brackets and line breaks (one pass: sections can be long).
// Only bytes E3 and EF start a dropped full-width mark, so every other byte is looked at once.
std::string bare(const std::string& text) {
  static const std::string_view kWide[] = {"。", "，", "；", "：", "、", "（", "）"};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')') {
      ++i;
      continue;
    }
    bool dropped = false;
    if (c == 0xE3 || c == 0xEF)
      for (auto p : kWide)
        if (text.compare(i, p.size(), p) == 0) {
          i += p.size();
          dropped = true;
          break;
        }
    if (!dropped) out += text[i++];
  }
  return out;
}

bool only_none(const std::string& text) {
  static const std::vector<std::string> kNone = {"无",
                                                 "暂无",
                                                 "没有",
                                                 "无其他需要报告的事项",
                                                 "暂无其他需要报告的事项",
                                                 "本年度无其他需要报告的事项",
                                                 "本机关无其他需要报告的事项",
                                                 "无其他事项"};
  if (text.size() > 200) return false;  // longer than any of the phrases, with punctuation
  std::string b = bare(text);
  for (const auto& n : kNone)
    if (b == n) return true;
  return false;
}

void problems(const Report& report, Findings& out) {
  const Section* s5 = report.section("s5");
  if (!s5 || !s5->present) return;
  out.checked(NB_RULE("problems-empty"));
  std::string text = rules::section_text(*s5);
  const char* variant = "empty";
  if (bare(text).empty() || only_none(text)) {
    variant = "empty";
  } else {
    bool has_problems = rules::mentions_any(text, {"问题", "不足", "差距", "短板", "薄弱", "欠缺"});
    bool has_improvements =
        rules::mentions_any(text, {"改进", "整改", "措施", "加强", "下一步", "提升", "完善", "推进"});
    if (has_problems && has_improvements) return;
    variant = has_problems ? "problems-only" : "improvements-only";
  }
  out.add(NB_RULE("problems-empty"), finding(s5->at), {}, variant);
}

void other_matters(const Report& report, Findings& out) {
  const Section* s6 = report.section("s6");
  if (!s6 || !s6->present) return;
  std::string text = rules::section_text(*s6);
  if (rules::applies_2021(report)) {
    out.checked(NB_RULE("fee-statement-missing"));
    if (!rules::mentions_any(text, {"信息处理费", "处理费", "收费", "收取费用"})) {
      out.add(NB_RULE("fee-statement-missing"), finding(s6->at), {});
    }
  }
  out.checked(NB_RULE("other-matters-empty"));
  if (only_none(text)) {
    Diagnostic d = finding(s6->at);
    d.found = text;
    // The report's own template: a 2019-format report is not measured against the 2021 list.
    out.add(NB_RULE("other-matters-empty"), std::move(d), {{"text", text}},
            rules::applies_2021(report) ? "message" : "2019");
  }
}

// ---- tables ----

const char* const kTableSection[] = {"s2", "s3", "s4"};

bool has_known_rows(const ReportTable& t) {
  for (const auto& r : t.rows)
    if (r.known) return true;
  return false;
}

// Rows whose absence is explained by a template finding: a 2021 report with the single 2019 row
// （六）其他处理 (doc-template-outdated) and the reverse (doc-template-anachronism).
bool explained_by_template(const Report& report, const std::string& table, const std::string& row) {
  if (table != "t3") return false;
  bool is_split = row == "r6_1" || row == "r6_2" || row == "r6_3";
  if (is_split) return report.t3.row("r6") != nullptr;
  if (row == "r6") return report.t3.row("r6_1") || report.t3.row("r6_2") || report.t3.row("r6_3");
  return false;
}

void table_presence(const Report& report, const ReportTable& t, int index, Findings& out) {
  const Section* s = report.section(kTableSection[index]);
  Range at = !t.at.empty() ? t.at : s && s->present ? s->at : report.title_at;
  const char* variant = t.present ? "image" : s && s->present ? "absent-under-heading" : "absent";
  out.add(NB_RULE("table-missing"), finding(at),
          {{"table", rules::table_zh(t.key), rules::table_en(t.key)}, {"heading", s ? s->title : ""}},
          variant);
}

void rows_and_columns(const Report& report, const ReportTable& t, Findings& out) {
  const tmpl::TableDef& def = rules::template_of(report, t.key);
  for (const auto& row : def.rows) {
    if (row.key.empty()) continue;  // group headings carry no numbers
    out.checked(NB_RULE("row-missing"));
    if (t.row(row.key) || explained_by_template(report, t.key, row.key)) continue;
    Diagnostic d = finding(t.at);
    for (const auto& c : row.columns) d.cells.push_back(rules::cell_key(t.key, row.key, c));
    d.expected = row.label;
    out.add(NB_RULE("row-missing"), std::move(d),
            {{"table", rules::table_zh(t.key), rules::table_en(t.key)},
             {"row", rules::row_zh(report, t.key, row.key)},
             {"official", row.label},
             {"official_en", row.label_en}});
  }
  for (const auto& col : t.missing_columns) {
    out.checked(NB_RULE("column-missing"));
    Diagnostic d = finding(t.at);
    std::string name = rules::column_zh(report, t.key, col);
    for (const auto& r : def.rows)
      for (const auto& c : r.columns)
        if (c == col) d.cells.push_back(rules::cell_key(t.key, r.key, c));
    d.expected = name;
    bool collapsed = t.key == "t3" && col != "np" && col != "total";
    out.add(NB_RULE("column-missing"), std::move(d),
            {{"table", rules::table_zh(t.key), rules::table_en(t.key)},
             {"column", name},
             {"column_en", rules::column_en(report, t.key, col)}},
            collapsed ? "collapsed" : "message");
  }
  for (const auto& r : t.rows) {
    out.checked(NB_RULE("label-unknown"));
    // A 2021 table 三 with the single 2019 row （六）其他处理 is doc-template-outdated's finding.
    bool single_r6 = t.key == "t3" && r.key == "r6" && !t.row("r6_1") && !t.row("r6_2") && !t.row("r6_3");
    if (!r.known && !single_r6) {
      Diagnostic d = finding(r.label_at.empty() ? t.at : r.label_at);
      for (const auto& c : r.cells) d.cells.push_back(rules::cell_key(t.key, r.key, c.first));
      d.found = r.label;
      out.add(NB_RULE("label-unknown"), std::move(d),
              {{"table", rules::table_zh(t.key), rules::table_en(t.key)}, {"label", r.label}}, "row");
    } else if (r.known && !r.label_exact) {
      const tmpl::RowDef* official = tmpl::find_row(def, r.key);
      Diagnostic d = finding(r.label_at.empty() ? t.at : r.label_at);
      d.found = r.label;
      if (official) d.expected = official->label;
      out.add(NB_RULE("label-nonstandard"), std::move(d),
              {{"table", rules::table_zh(t.key), rules::table_en(t.key)},
               {"label", r.label},
               {"official", official ? official->label : r.key}});
    }
  }
  for (const auto& entry : t.column_labels) {
    if (tmpl::find_column(def, entry.first)) continue;
    out.checked(NB_RULE("label-unknown"));
    Diagnostic d = finding(t.at);
    d.found = entry.second;
    out.add(NB_RULE("label-unknown"), std::move(d),
            {{"table", rules::table_zh(t.key), rules::table_en(t.key)}, {"label", entry.second}}, "column");
  }
}

void tables(const Report& report, Findings& out) {
  const ReportTable* all[] = {&report.t2, &report.t3, &report.t4};
  for (int i = 0; i < 3; ++i) {
    const ReportTable& t = *all[i];
    out.checked(NB_RULE("table-missing"));
    if (!t.present || !has_known_rows(t)) {
      table_presence(report, t, i, out);
      continue;
    }
    rows_and_columns(report, t, out);
    out.checked(NB_RULE("rows-aligned-by-order"));
    if (t.rows_aligned_by_order > 0) {
      Diagnostic d = finding(t.aligned_at.empty() ? t.at : t.aligned_at);
      out.add(NB_RULE("rows-aligned-by-order"), std::move(d),
              {{"table", rules::table_zh(t.key), rules::table_en(t.key)},
               {"count", std::to_string(t.rows_aligned_by_order)}});
    }
    if (t.key == "t3") {
      out.checked(NB_RULE("template-note-missing"));
      if (!t.has_rule_note) {
        Diagnostic d = finding(t.at);
        d.expected = tmpl::kT3RuleNote;
        out.add(NB_RULE("template-note-missing"), std::move(d), {{"note", tmpl::kT3RuleNote}});
      }
    }
  }
}

}  // namespace

void run_structure_rules(const Report& report, Findings& out) {
  sections(report, out);
  overview_areas(report, out);
  accountability(report, out);
  problems(report, out);
  other_matters(report, out);
  tables(report, out);
}

}  // namespace nianbao
