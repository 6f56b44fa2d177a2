// Structure family: the six sections, the three tables, their rows, columns and labels, and the
// content Art. 50 requires of sections 一, 五 and 六. Each problem is reported once per section,
// table, row or column — never once per cell.
#include <string>
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

Diagnostic finding(const char* rule, Range at) {
  Diagnostic d;
  d.rule = rule;
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
    out.checked();
    if (!s || !s->present) {
      // Point where the section should have been: the next heading found, else the title.
      Range at = report.title_at;
      for (std::size_t j = i + 1; j < defs.size(); ++j)
        if (const Section* next = report.section(defs[j].key); next && next->present) {
          at = next->at;
          break;
        }
      Diagnostic d = finding("section-missing", at);
      d.expected = official_heading(defs[i]);
      d.message_zh = "缺少第" + defs[i].numeral + "部分“" + official_heading(defs[i]) + "”";
      d.message_en = "Section " + defs[i].numeral + " \"" + official_heading(defs[i]) + "\" is missing";
      out.add(std::move(d));
      continue;
    }
    std::string written = s->title.empty() ? official_heading(defs[i]) : s->title;
    bool misnumbered = !s->numeral.empty() && s->numeral != defs[i].numeral;
    bool early = s->order > 0 && s->order < max_order;  // comes before a section that should follow it
    if (misnumbered || early) {
      Diagnostic d = finding("section-order", s->at);
      d.expected = official_heading(defs[i]);
      d.found = written;
      std::string why_zh = misnumbered ? "编号为“" + s->numeral + "”，应为“" + defs[i].numeral + "”" : "";
      std::string why_en = misnumbered ? "numbered " + s->numeral + " instead of " + defs[i].numeral : "";
      if (early) {
        why_zh += std::string(why_zh.empty() ? "" : "，且") + "排在“" + max_heading + "”之后";
        why_en += std::string(why_en.empty() ? "" : ", and ") + "placed after \"" + max_heading + "\"";
      }
      d.message_zh = "标题“" + written + "”" + why_zh + "；六个部分应按一至六的顺序排列";
      d.message_en = "Heading \"" + written + "\" is " + why_en + "; the six sections go in order 一 to 六";
      out.add(std::move(d));
    }
    if (s->order > max_order) {
      max_order = s->order;
      max_heading = written;
    }
    if (!s->title_exact) {
      Diagnostic d = finding("section-title", s->at);
      d.expected = official_heading(defs[i]);
      d.found = written;
      d.message_zh =
          "标题“" + written + "”与格式规定的“" + official_heading(defs[i]) + "”措辞不同（已按同义标题识别）";
      d.message_en = "Heading \"" + written + "\" differs from the official \"" + official_heading(defs[i]) +
                     "\" (accepted as a synonym)";
      out.add(std::move(d));
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
  out.checked();
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
  Diagnostic d = finding("overview-area-missing", s1->at);
  d.found = joined(missing, "、");
  d.message_zh = "“总体情况”未涉及：" + joined(missing, "、") +
                 "（格式要求从主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五方面概述）";
  d.message_en = "Section 一 (overview) does not cover: " + joined(missing, ", ") +
                 " (the format asks for five areas: proactive disclosure, disclosure on request, information "
                 "management, platforms, supervision)";
  out.add(std::move(d));
}

void accountability(const Report& report, Findings& out) {
  if (!rules::is_people_government(report)) return;
  out.checked();
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
  Diagnostic d = finding("government-accountability-missing", s1 && s1->present ? s1->at : report.title_at);
  d.found = joined(missing, "、");
  d.message_zh =
      "人民政府的年度报告应说明工作考核、社会评议和责任追究结果情况（条例第五十条），本报告未提及：" +
      joined(missing, "、");
  d.message_en =
      "A people's government report must state the results of assessment, public evaluation and "
      "accountability (Art. 50); not mentioned: " +
      joined(missing, ", ");
  out.add(std::move(d));
}

// The section's prose without punctuation, for "only 无" tests.
// The text without punctuation, brackets and line breaks (one pass: sections can be long).
std::string bare(const std::string& text) {
  static const std::vector<std::string> kDrop = {"。", "，", "；", "：", "、", ".", ",",
                                                 ";",  ":",  "\n", "（", "）", "(", ")"};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool dropped = false;
    for (const auto& p : kDrop)
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
  out.checked();
  std::string text = rules::section_text(*s5);
  std::string zh, en;
  if (bare(text).empty() || only_none(text)) {
    zh = "“存在的主要问题及改进情况”为空或只写“无”";
    en = "Section 五 (problems and improvements) is empty or only says 无";
  } else {
    bool has_problems = rules::mentions_any(text, {"问题", "不足", "差距", "短板", "薄弱", "欠缺"});
    bool has_improvements =
        rules::mentions_any(text, {"改进", "整改", "措施", "加强", "下一步", "提升", "完善", "推进"});
    if (has_problems && has_improvements) return;
    zh = std::string("“存在的主要问题及改进情况”只写了") +
         (has_problems ? "问题，未写改进情况" : "改进措施，未写存在的问题");
    en = std::string("Section 五 states ") +
         (has_problems ? "problems but no improvements" : "improvements but no problems");
  }
  Diagnostic d = finding("problems-empty", s5->at);
  d.message_zh = zh + "；条例第五十条要求说明存在的主要问题及改进情况";
  d.message_en = en + "; Art. 50 asks for both the main problems and how they are being addressed";
  out.add(std::move(d));
}

void other_matters(const Report& report, Findings& out) {
  const Section* s6 = report.section("s6");
  if (!s6 || !s6->present) return;
  std::string text = rules::section_text(*s6);
  if (rules::applies_2021(report)) {
    out.checked();
    if (!rules::mentions_any(text, {"信息处理费", "处理费", "收费", "收取费用"})) {
      Diagnostic d = finding("fee-statement-missing", s6->at);
      d.message_zh =
          "“其他需要报告的事项”未说明信息处理费收取情况（未收取也应写明，如“本年度未收取信息处理费”）";
      d.message_en =
          "Section 六 says nothing about the information processing fee (信息处理费); state it even when "
          "none "
          "was charged";
      out.add(std::move(d));
    }
  }
  out.checked();
  if (only_none(text)) {
    Diagnostic d = finding("other-matters-empty", s6->at);
    d.found = text;
    // The report's own template: a 2019-format report is not measured against the 2021 list.
    if (rules::applies_2021(report)) {
      d.message_zh = "“其他需要报告的事项”只写了“" + text +
                     "”；2021 年格式要求在此说明信息处理费、政务公开工作要点落实、"
                     "建议提案办理结果公开和政务公开工作创新情况";
      d.message_en = "Section 六 only says \"" + text +
                     "\"; the 2021 format expects the fee, the yearly work points, "
                     "proposals and innovation here";
    } else {
      d.message_zh =
          "“其他需要报告的事项”只写了“" + text + "”；请说明本年度其他需要报告的事项，确无可写时说明情况";
      d.message_en =
          "Section 六 only says \"" + text + "\"; report the year's other matters, or say why there are none";
    }
    out.add(std::move(d));
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
  Diagnostic d = finding("table-missing", at);
  std::string zh = rules::table_zh(t.key);
  if (t.present) {
    d.message_zh = zh + "只有标题，没有可读的表格行（可能以图片发布）";
    d.message_en = rules::table_en(t.key) + " has no readable rows (published as an image?)";
  } else {
    d.message_zh =
        "未找到" + zh + (s && s->present ? "（“" + s->title + "”下没有表格，可能以图片发布）" : "");
    d.message_en = rules::table_en(t.key) + " was not found" +
                   (s && s->present ? " under its heading (published as an image?)" : "");
  }
  out.add(std::move(d));
}

void rows_and_columns(const Report& report, const ReportTable& t, Findings& out) {
  const tmpl::TableDef& def = rules::template_of(report, t.key);
  for (const auto& row : def.rows) {
    if (row.key.empty()) continue;  // group headings carry no numbers
    out.checked();
    if (t.row(row.key) || explained_by_template(report, t.key, row.key)) continue;
    Diagnostic d = finding("row-missing", t.at);
    for (const auto& c : row.columns) d.cells.push_back(rules::cell_key(t.key, row.key, c));
    d.expected = row.label;
    std::string name = rules::row_zh(report, t.key, row.key);
    d.message_zh = rules::table_zh(t.key) + "缺少“" + name + "”行";
    d.message_en = rules::table_en(t.key) + " lacks the row \"" + row.label + "\" (" + row.label_en + ")";
    out.add(std::move(d));
  }
  for (const auto& col : t.missing_columns) {
    out.checked();
    Diagnostic d = finding("column-missing", t.at);
    std::string name = rules::column_zh(report, t.key, col);
    for (const auto& r : def.rows)
      for (const auto& c : r.columns)
        if (c == col) d.cells.push_back(rules::cell_key(t.key, r.key, c));
    d.expected = name;
    d.message_zh = rules::table_zh(t.key) + "缺少“" + name + "”列" +
                   (t.key == "t3" && col != "np" && col != "total"
                        ? "（法人或其他组织应分为商业企业、科研机构、社会公益组织、法律服务机构、其他五列）"
                        : "");
    d.message_en = rules::table_en(t.key) + " lacks the column \"" + name + "\" (" +
                   rules::column_en(report, t.key, col) + ")";
    out.add(std::move(d));
  }
  for (const auto& r : t.rows) {
    out.checked();
    // A 2021 table 三 with the single 2019 row （六）其他处理 is doc-template-outdated's finding.
    bool single_r6 = t.key == "t3" && r.key == "r6" && !t.row("r6_1") && !t.row("r6_2") && !t.row("r6_3");
    if (!r.known && !single_r6) {
      Diagnostic d = finding("label-unknown", r.label_at.empty() ? t.at : r.label_at);
      for (const auto& c : r.cells) d.cells.push_back(rules::cell_key(t.key, r.key, c.first));
      d.found = r.label;
      d.message_zh = rules::table_zh(t.key) + "中的“" + r.label +
                     "”行不是格式规定的行（其数字未计入勾稽关系的各项之和）";
      d.message_en = rules::table_en(t.key) + " has a row \"" + r.label +
                     "\" that the format does not have (its numbers are not part of the official sums)";
      out.add(std::move(d));
    } else if (r.known && !r.label_exact) {
      const tmpl::RowDef* official = tmpl::find_row(def, r.key);
      Diagnostic d = finding("label-nonstandard", r.label_at.empty() ? t.at : r.label_at);
      d.found = r.label;
      if (official) d.expected = official->label;
      std::string want = official ? official->label : r.key;
      d.message_zh = rules::table_zh(t.key) + "“" + r.label + "”行的名称与格式规定的“" + want +
                     "”不一致（已按该行识别）";
      d.message_en = rules::table_en(t.key) + " row \"" + r.label + "\" differs from the official label \"" +
                     want + "\" (read as that row)";
      out.add(std::move(d));
    }
  }
  for (const auto& entry : t.column_labels) {
    if (tmpl::find_column(def, entry.first)) continue;
    out.checked();
    Diagnostic d = finding("label-unknown", t.at);
    d.found = entry.second;
    d.message_zh = rules::table_zh(t.key) + "中的“" + entry.second + "”列不是格式规定的列";
    d.message_en =
        rules::table_en(t.key) + " has a column \"" + entry.second + "\" that the format does not have";
    out.add(std::move(d));
  }
}

void tables(const Report& report, Findings& out) {
  const ReportTable* all[] = {&report.t2, &report.t3, &report.t4};
  for (int i = 0; i < 3; ++i) {
    const ReportTable& t = *all[i];
    out.checked();
    if (!t.present || !has_known_rows(t)) {
      table_presence(report, t, i, out);
      continue;
    }
    rows_and_columns(report, t, out);
    if (t.key == "t3") {
      out.checked();
      if (!t.has_rule_note) {
        Diagnostic d = finding("template-note-missing", t.at);
        d.expected = tmpl::kT3RuleNote;
        d.message_zh =
            std::string("表三表头缺少格式印有的勾稽关系说明") + tmpl::kT3RuleNote + "（可能未使用正式模板）";
        d.message_en =
            "The header of Table 3 lacks the printed rule note (本列数据的勾稽关系为…): the official "
            "template may not have been used";
        out.add(std::move(d));
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
