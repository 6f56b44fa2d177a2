#include "tests/support/report_builder.hpp"

#include <map>
#include <stdexcept>

#include "core/template/template.hpp"
#include "core/text/cell_number.hpp"

namespace nianbao::testing {

namespace {

// Fake source offsets: each cell and label gets a distinct 10-byte range.
std::size_t g_next_offset = 1000;
Range fresh_range() {
  Range r{g_next_offset, g_next_offset + 10};
  g_next_offset += 20;
  return r;
}

CellValue parsed(const std::string& raw) {
  text::ParsedCell p = text::parse_cell(raw);
  CellValue c;
  c.kind = p.kind;
  c.value = p.value;
  c.raw = p.raw;
  c.unit = p.unit;
  c.problem = p.problem;
  c.at = fresh_range();
  return c;
}

TableRow make_row(const tmpl::RowDef& def, const std::map<std::string, std::string>& values) {
  TableRow r;
  r.key = def.key;
  r.label = def.label;
  r.label_at = fresh_range();
  for (const auto& col : def.columns) {
    auto it = values.find(col);
    r.cells[col] = parsed(it == values.end() ? "0" : it->second);
  }
  return r;
}

void fill_table(ReportTable& t, const tmpl::TableDef& def,
                const std::map<std::string, std::map<std::string, std::string>>& v) {
  t.key = def.key;
  t.present = true;
  t.at = fresh_range();
  for (const auto& row : def.rows) {
    if (row.key.empty()) continue;
    auto it = v.find(row.key);
    t.rows.push_back(make_row(row, it == v.end() ? std::map<std::string, std::string>{} : it->second));
  }
}

const std::vector<std::string> kApplicants = {"np", "biz", "research", "ngo", "legal", "other"};

// Table 三 from the result rows and carry-over: r7, new and every 总计 are derived, so it balances.
void fill_t3(Report& report, const std::string& template_id) {
  std::map<std::string, std::map<std::string, long long>> n;
  n["r1"] = {{"np", 5}, {"biz", 1}, {"legal", 1}};
  n["r2"] = {{"np", 2}};
  n["r3_6"] = {{"np", 1}};
  n["r4_1"] = {{"np", 3}, {"biz", 1}};
  n["r4_2"] = {{"np", 1}};
  n["r5_2"] = {{"np", 1}};
  if (template_id == "2019") {
    n["r6"] = {{"np", 1}, {"other", 1}};
  } else {
    n["r6_1"] = {{"np", 1}};
    n["r6_3"] = {{"other", 1}};
  }
  n["carry_in"] = {{"np", 1}};
  n["carry_out"] = {{"np", 2}, {"biz", 1}};
  const tmpl::TableDef& def = tmpl::table("t3", template_id);
  for (const auto& row : def.rows) {
    if (row.key.empty() || row.key == "new" || row.key == "carry_in" || row.key == "r7" ||
        row.key == "carry_out")
      continue;
    for (const auto& c : kApplicants) n["r7"][c] += n[row.key][c];
  }
  for (const auto& c : kApplicants) n["new"][c] = n["r7"][c] + n["carry_out"][c] - n["carry_in"][c];
  std::map<std::string, std::map<std::string, std::string>> text;
  for (auto& row : n) {
    long long total = 0;
    for (const auto& c : kApplicants) {
      total += row.second[c];
      text[row.first][c] = std::to_string(row.second[c]);
    }
    text[row.first]["total"] = std::to_string(total);
  }
  fill_table(report.t3, def, text);
  report.t3.has_rule_note = true;
}

void fill_t4(Report& report) {
  fill_table(report.t4, tmpl::table("t4", report.template_id),
             {{"rv", {{"keep", "2"}, {"fix", "1"}, {"pending", "1"}, {"total", "4"}}},
              {"ld", {{"keep", "1"}, {"total", "1"}}}});
}

void fill_sections(Report& report, int year, bool y2021) {
  std::string y = std::to_string(year);
  std::map<std::string, std::vector<std::string>> text = {
      {"s1",
       {y + "年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。",
        "（一）主动公开。全年主动公开政府信息 326 条。", "（二）依申请公开。依法办理政府信息公开申请。",
        "（三）政府信息管理。落实公开属性源头认定。", "（四）政府信息公开平台建设。优化门户网站专栏。",
        "（五）监督保障。开展政务公开培训，将政务公开纳入年度考核。"}},
      {"s2", {}},
      {"s3", {}},
      {"s4", {}},
      {"s5",
       {"（一）存在的主要问题：公开内容的深度还有不足。",
        "（二）改进情况：下一步将加强培训，提升公开质量。"}},
      {"s6",
       {y2021 ? "本年度未收取信息处理费。" : "本年度无需要特别说明的情况，政务公开工作要点已全部落实。"}},
  };
  report.sections.clear();
  int order = 0;
  for (const auto& def : tmpl::sections()) {
    Section s;
    s.key = def.key;
    s.present = true;
    s.title = def.numeral + "、" + def.title;
    s.at = fresh_range();
    s.order = ++order;
    s.numeral = def.numeral;
    s.title_exact = true;
    for (const auto& p : text[def.key]) {
      TextPiece piece;
      piece.append(p, fresh_range());
      s.paragraphs.push_back(piece);
    }
    report.sections.push_back(s);
  }
}

Report base(int year, const std::string& template_id) {
  Report r;
  r.template_id = template_id;
  r.year = year;
  set_agency(r, "示例市生态环境局", year);
  fill_sections(r, year, template_id == "2021");
  rebuild_prose(r);
  return r;
}

}  // namespace

void set_agency(Report& report, const std::string& agency, int year) {
  report.agency = agency;
  report.title = agency + std::to_string(year) + "年政府信息公开工作年度报告";
  report.title_at = Range{0, report.title.size()};
  report.year = year;
}

void rebuild_prose(Report& report) {
  report.prose.clear();
  TextPiece title;
  title.append(report.title, report.title_at);
  report.prose.push_back(title);
  if (report.year) {
    std::string y = std::to_string(*report.year);
    TextPiece pre;
    pre.append("本报告所列数据的统计期限自" + y + "年1月1日至" + y + "年12月31日。", Range{200, 300});
    report.prose.push_back(pre);
  }
  for (const auto& s : report.sections)
    for (const auto& p : s.paragraphs) report.prose.push_back(p);
}

Report balanced_2021() {
  Report r = base(2023, "2021");
  r.template_markers_2021 = {"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
                             "本年收费金额"};
  fill_table(r.t2, tmpl::table("t2", "2021"),
             {{"norm", {{"issued", "3"}, {"repealed", "1"}, {"valid", "20"}}},
              {"license", {{"decisions", "120"}}},
              {"penalty", {{"decisions", "35"}}},
              {"coercion", {{"decisions", "2"}}},
              {"fee", {{"amount", "1.25"}}}});
  fill_t3(r, "2021");
  fill_t4(r);
  return r;
}

Report balanced_2019() {
  Report r = base(2020, "2019");
  r.template_markers_2019 = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量"};
  fill_table(r.t2, tmpl::table("t2", "2019"),
             {{"norm", {{"made", "3"}, {"published", "3"}, {"total_public", "20"}}},
              {"license", {{"prev_items", "40"}, {"change", "-2"}, {"decisions", "120"}}},
              {"fee", {{"prev_items", "3"}, {"change", "0"}}},
              {"procurement", {{"items", "2"}, {"amount", "35.5"}}}});
  fill_t3(r, "2019");
  fill_t4(r);
  return r;
}

TableRow* row(Report& report, const std::string& table, const std::string& key) {
  ReportTable* t = table == "t2" ? &report.t2 : table == "t3" ? &report.t3 : &report.t4;
  for (auto& r : t->rows)
    if (r.key == key) return &r;
  return nullptr;
}

CellValue& cell(Report& report, const std::string& key) {
  std::size_t a = key.find('.'), b = key.find('.', a + 1);
  TableRow* r = row(report, key.substr(0, a), key.substr(a + 1, b - a - 1));
  if (!r) throw std::runtime_error("no row for " + key);
  return r->cells[key.substr(b + 1)];
}

const CellValue& cell(const Report& report, const std::string& key) {
  return cell(const_cast<Report&>(report), key);
}

void set(Report& report, const std::string& key, const std::string& raw) {
  CellValue& c = cell(report, key);
  Range at = c.at.empty() ? fresh_range() : c.at;
  c = parsed(raw);
  c.at = at;
}

void set_number(Report& report, const std::string& key, long long value) {
  set(report, key, std::to_string(value));
}

void remove_row(Report& report, const std::string& table, const std::string& key) {
  ReportTable* t = table == "t2" ? &report.t2 : table == "t3" ? &report.t3 : &report.t4;
  for (auto it = t->rows.begin(); it != t->rows.end(); ++it)
    if (it->key == key) {
      t->rows.erase(it);
      return;
    }
}

TableRow& add_extra_row(Report& report, const std::string& table, const std::string& key,
                        const std::string& label) {
  ReportTable* t = table == "t2" ? &report.t2 : table == "t3" ? &report.t3 : &report.t4;
  TableRow r;
  r.key = key;
  r.label = label;
  r.label_at = fresh_range();
  r.known = false;
  r.label_exact = false;
  t->rows.push_back(r);
  return t->rows.back();
}

void use_single_r6(Report& report) {
  std::map<std::string, long long> sum;
  for (const char* k : {"r6_1", "r6_2", "r6_3"}) {
    TableRow* r = row(report, "t3", k);
    for (const auto& c : r->cells) sum[c.first] += c.second.value->integer_part();
  }
  std::size_t at = 0;
  for (std::size_t i = 0; i < report.t3.rows.size(); ++i)
    if (report.t3.rows[i].key == "r6_1") at = i;
  for (const char* k : {"r6_1", "r6_2", "r6_3"}) remove_row(report, "t3", k);
  TableRow r;
  r.key = "r6";
  r.label = "（六）其他处理";
  r.label_at = fresh_range();
  r.known = false;
  for (const auto& s : sum) r.cells[s.first] = parsed(std::to_string(s.second));
  report.t3.rows.insert(report.t3.rows.begin() + static_cast<long>(at), r);
}

void set_section_text(Report& report, const std::string& section,
                      const std::vector<std::string>& paragraphs) {
  for (auto& s : report.sections)
    if (s.key == section) {
      s.paragraphs.clear();
      for (const auto& p : paragraphs) {
        TextPiece piece;
        piece.append(p, fresh_range());
        s.paragraphs.push_back(piece);
      }
    }
  rebuild_prose(report);
}

}  // namespace nianbao::testing
