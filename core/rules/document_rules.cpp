// Document family: the report year (title, statistics period, opening of section 一) and whether
// the tables follow the format of that year (30号 from the 2021 reports on, 60号 for 2019–2020).
#include <optional>
#include <string>
#include <vector>

#include "core/rules/describe.hpp"
#include "core/rules/prose.hpp"
#include "core/rules/run.hpp"

namespace nianbao {

namespace {

struct YearAt {
  int year;
  Range at;
};

// Four ASCII digits at text[i] (compact text: full-width digits already folded).
std::optional<int> digits4(const std::string& t, std::size_t i) {
  if (i + 4 > t.size()) return std::nullopt;
  int y = 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (t[k] < '0' || t[k] > '9') return std::nullopt;
    y = y * 10 + (t[k] - '0');
  }
  if (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') return std::nullopt;
  return y;
}

// A year in Chinese numerals ending at `end` ("二〇二三" before 年): four characters of 〇零一…九.
std::optional<std::pair<int, std::size_t>> hanzi_year_before(const std::string& t, std::size_t end) {
  static const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  int y = 0, mult = 1;
  std::size_t i = end;
  for (int n = 0; n < 4; ++n) {
    if (i < 3) return std::nullopt;
    std::string ch = t.substr(i - 3, 3);
    int d = -1;
    for (int k = 0; k < 10; ++k)
      if (ch == kDigits[k]) d = k;
    if (ch == "零") d = 0;
    if (d < 0) return std::nullopt;
    y += d * mult;
    mult *= 10;
    i -= 3;
  }
  return std::make_pair(y, i);
}

// The year the title names: "洪泽区人民政府2023年政府信息公开工作年度报告".
std::optional<YearAt> title_year(const Report& report) {
  TextPiece piece;
  piece.append(report.title, report.title_at);
  rules::Compact c = rules::compact_piece(piece);
  for (std::size_t p = c.text.find("年"); p != std::string::npos; p = c.text.find("年", p + 1)) {
    if (p >= 4)
      if (auto y = digits4(c.text, p - 4)) return YearAt{*y, c.range(p - 4, p + 3)};
    if (auto h = hanzi_year_before(c.text, p)) return YearAt{h->first, c.range(h->second, p + 3)};
  }
  return std::nullopt;
}

// The statistics period "Y年1月1日至Y年12月31日" (the second year may be left out).
struct Period {
  int from;
  int to;
  Range at;
};

std::optional<Period> statistics_period(const Report& report) {
  const std::string kStart = "年1月1日";
  for (const TextPiece* piece : rules::prose_pieces(report)) {
    // Compacting drops only whitespace and folds digits: a piece without 月 has no date once compacted.
    if (piece->text.find("月") == std::string::npos) continue;
    rules::Compact c = rules::compact_piece(*piece);
    for (std::size_t p = c.text.find(kStart); p != std::string::npos; p = c.text.find(kStart, p + 1)) {
      if (p < 4) continue;
      auto from = digits4(c.text, p - 4);
      if (!from) continue;
      std::size_t i = p + kStart.size();
      for (const char* skip : {"起", "开始"})
        if (c.text.compare(i, std::string(skip).size(), skip) == 0) i += std::string(skip).size();
      bool joined = false;
      for (const char* sep : {"至", "到", "——", "—", "－", "-", "～", "~"})
        if (!joined && c.text.compare(i, std::string(sep).size(), sep) == 0) {
          i += std::string(sep).size();
          joined = true;
        }
      if (!joined) continue;
      int to = *from;
      if (auto y = digits4(c.text, i); y && c.text.compare(i + 4, 3, "年") == 0) {
        to = *y;
        i += 4 + 3;
      }
      const std::string kEnd = "12月31日";
      if (c.text.compare(i, kEnd.size(), kEnd) != 0) continue;
      return Period{*from, to, c.range(p - 4, i + kEnd.size())};
    }
  }
  return std::nullopt;
}

// "2022年，我局…" opening section 一: the year the narrative speaks of.
std::optional<YearAt> narrative_year(const Report& report) {
  const Section* s1 = report.section("s1");
  if (!s1 || !s1->present || s1->paragraphs.empty()) return std::nullopt;
  rules::Compact c = rules::compact_piece(s1->paragraphs.front());
  auto y = digits4(c.text, 0);
  if (!y) return std::nullopt;
  std::size_t i = 4;
  if (c.text.compare(i, 3, "年") != 0) return std::nullopt;
  i += 3;
  if (c.text.compare(i, 3, "度") == 0) i += 3;
  for (const char* comma : {"，", ",", "是", "我", "全"})
    if (c.text.compare(i, std::string(comma).size(), comma) == 0) return YearAt{*y, c.range(0, i)};
  return std::nullopt;
}

Diagnostic year_finding(Range at) {
  Diagnostic d;
  d.at = at;
  return d;
}

void years(const Report& report, Findings& out, std::optional<int>& year) {
  auto title = title_year(report);
  auto period = statistics_period(report);
  auto narrative = narrative_year(report);
  year = title         ? std::optional<int>(title->year)
         : report.year ? report.year
         : period      ? std::optional<int>(period->from)
                       : std::nullopt;
  const auto mismatch = NB_RULE("doc-year-mismatch");
  out.checked(NB_RULE("doc-year-missing"));
  if (!year) {
    out.add(NB_RULE("doc-year-missing"), year_finding(report.title_at), {});
    return;
  }
  if (period) {
    out.checked(mismatch);
    if (period->to != period->from) {
      Diagnostic d = year_finding(period->at);
      d.expected = period->from;
      d.found = period->to;
      out.add(mismatch, std::move(d),
              {{"from", std::to_string(period->from)}, {"to", std::to_string(period->to)}}, "period");
    } else if (title && period->from != title->year) {
      Diagnostic d = year_finding(period->at);
      d.expected = title->year;
      d.found = period->from;
      out.add(mismatch, std::move(d),
              {{"title", std::to_string(title->year)}, {"period", std::to_string(period->from)}}, "title");
    }
  }
  if (narrative) {
    out.checked(mismatch);
    if (narrative->year != *year) {
      Diagnostic d = year_finding(narrative->at);
      d.expected = *year;
      d.found = narrative->year;
      out.add(mismatch, std::move(d),
              {{"narrative", std::to_string(narrative->year)}, {"year", std::to_string(*year)}}, "narrative");
    }
  }
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

void template_outdated(const Report& report, std::optional<int> year, Findings& out) {
  const auto rule = NB_RULE("doc-template-outdated");
  out.checked(rule);
  std::vector<Message> reasons;
  Range at;
  const TableRow* single_r6 = report.t3.row("r6");
  bool new_year = year && *year >= 2021;
  if (new_year && !report.template_markers_2019.empty()) {
    reasons.push_back(format(rule, "labels-2019",
                             {{"labels", joined(report.template_markers_2019, "、"),
                               joined(report.template_markers_2019, ", ")}}));
    at = report.t2.present ? report.t2.at : report.title_at;
  }
  if (new_year && report.template_id == "2019" && report.template_markers_2019.empty())
    reasons.push_back(format(rule, "tables-2019", {}));
  // Corpus 001/002: a 2021 table 三 whose （六）其他处理 is the single 2019 row.
  if (single_r6 && (new_year || report.template_id == "2021") && !report.t3.row("r6_1")) {
    reasons.push_back(format(rule, "single-r6", {}));
    at = single_r6->label_at;
  }
  if (year && *year >= 2019 && report.template_id == "pre2019") {
    reasons.push_back(format(rule, "pre2019", {}));
    at = report.title_at;
  }
  if (reasons.empty()) return;
  Diagnostic d;
  d.at = at.empty() ? report.title_at : at;
  if (single_r6 && !report.t3.row("r6_1")) {
    d.cell = "t3.r6.total";
    for (const auto& c : single_r6->cells) d.cells.push_back(rules::cell_key("t3", "r6", c.first));
  }
  Message sep = format(rule, "and", {});
  std::string zh, en;
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    zh += (i ? sep.zh : "") + reasons[i].zh;
    en += (i ? sep.en : "") + reasons[i].en;
  }
  Message subject =
      year ? format(rule, "subject-year", {{"year", std::to_string(*year)}}) : format(rule, "subject", {});
  out.add(rule, std::move(d), {{"subject", subject.zh, subject.en}, {"reasons", zh, en}});
}

void template_anachronism(const Report& report, std::optional<int> year, Findings& out) {
  if (!year || *year > 2020) return;
  const auto rule = NB_RULE("doc-template-anachronism");
  out.checked(rule);
  bool split_r6 = report.t3.row("r6_1") || report.t3.row("r6_2") || report.t3.row("r6_3");
  if (report.template_markers_2021.empty() && report.template_id != "2021" && !split_r6) return;
  Diagnostic d;
  d.at = report.t2.present ? report.t2.at : report.title_at;
  Message labels = report.template_markers_2021.empty() ? format(rule, "split-r6", {})
                                                        : Message{joined(report.template_markers_2021, "、"),
                                                                  joined(report.template_markers_2021, "、")};
  out.add(rule, std::move(d), {{"year", std::to_string(*year)}, {"labels", labels.zh, labels.en}});
}

}  // namespace

void run_document_rules(const Report& report, Findings& out) {
  std::optional<int> year;
  years(report, out, year);
  template_outdated(report, year, out);
  template_anachronism(report, year, out);
}

}  // namespace nianbao
