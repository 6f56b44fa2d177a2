#include "core/recognise/metadata.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "core/template/template.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

// The first "20xx" (or 二〇二三) followed by 年 in t; returns the year and its byte range.
std::optional<int> year_in(const std::string& t, Range& where, std::size_t base) {
  std::string f = text::fold_width(t);
  for (std::size_t i = 0; i + 4 <= f.size(); ++i) {
    if (!(f[i] == '1' || f[i] == '2') || (i > 0 && f[i - 1] >= '0' && f[i - 1] <= '9')) continue;
    bool digits = true;
    for (std::size_t k = i; k < i + 4; ++k) digits = digits && f[k] >= '0' && f[k] <= '9';
    if (!digits) continue;
    std::size_t j = i + 4;
    while (j < f.size() && f[j] == ' ') ++j;
    if (f.compare(j, 3, "年") != 0) continue;
    int y = std::stoi(f.substr(i, 4));
    if (y < 2000 || y > 2100) continue;
    // Offsets in the folded text equal those in t only when nothing was folded; good enough to point.
    where = Range{base + i, base + i + 4};
    return y;
  }
  // Chinese numerals: 二〇二三年 / 二零二三年.
  static const std::string_view kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  std::size_t i = 0;
  while (i < t.size()) {
    std::size_t start = i, k = i;
    int value = 0, count = 0;
    while (count < 4) {
      int d = -1;
      for (int n = 0; n < 10; ++n)
        if (t.compare(k, kDigits[n].size(), kDigits[n]) == 0) {
          d = n;
          k += kDigits[n].size();
          break;
        }
      if (d < 0 && t.compare(k, 3, "零") == 0) {
        d = 0;
        k += 3;
      }
      if (d < 0) break;
      value = value * 10 + d;
      ++count;
    }
    if (count == 4 && t.compare(k, 3, "年") == 0 && value >= 2000 && value <= 2100) {
      where = Range{base + start, base + k};
      return value;
    }
    utf8::next(t, i);
  }
  return std::nullopt;
}

const char* const kReportWords[] = {"政府信息公开工作年度报告", "信息公开工作年度报告", "信息公开年度报告",
                                    "年度报告"};

// The year of a report with neither a dated title nor a statistics period: paragraphs that open with
// "2022年" ("2022年，我局…", "2022年度…") are written about the report year; the year most of them open
// with is taken (a paragraph about next year's plans opens with another year, but fewer do).
void year_from_paragraphs(Report& report) {
  std::map<int, int> votes;
  std::map<int, Range> first_at;
  for (const auto& piece : report.prose) {
    std::size_t b = 0;
    while (b < piece.text.size() && (piece.text[b] == ' ' || piece.text[b] == '\t')) ++b;
    while (piece.text.compare(b, 3, "\xE3\x80\x80") == 0) b += 3;  // U+3000 indentation
    std::string head = piece.text.substr(b, 24);
    Range where;
    auto y = year_in(head, where, 0);
    // The year must open the paragraph, be followed by 年 and not be a date (2022年1月).
    if (!y || where.begin != 0) continue;
    std::string f = text::fold_width(head);
    std::size_t after = f.find("年");
    if (after == std::string::npos) continue;
    std::size_t k = after + 3;
    while (k < f.size() && f[k] == ' ') ++k;
    if (k < f.size() && f[k] >= '0' && f[k] <= '9') continue;
    if (++votes[*y] == 1) first_at[*y] = piece.range(b + where.begin, b + where.end);
  }
  int best = 0, best_votes = 0;
  for (const auto& [y, n] : votes)
    if (n > best_votes) {
      best = y;
      best_votes = n;
    }
  if (best_votes == 0) return;
  report.year = best;
  report.year_at = first_at[best];
}

}  // namespace

void find_title_and_year(const Document& doc, std::size_t first_section_row, Report& report) {
  std::size_t limit = std::min(first_section_row, doc.rows.size());
  // The title: the first short line with 年度报告 before section 一; lines just before it that are
  // short and carry no sentence punctuation are the first part of a title split over lines.
  for (std::size_t r = 0; r < limit; ++r) {
    const Row& row = doc.rows[r];
    if (row.cells.empty()) continue;
    const Cell& c = row.cells[0];
    std::string t = text::collapse_space(c.text);
    if (t.empty() || t.size() > 200) continue;
    std::string n = text::normalize_label(t);
    bool has = false;
    for (const char* w : kReportWords) has = has || text::contains(n, w);
    if (!has || text::contains(t, "。") || text::contains(t, "根据")) continue;
    Range at = c.at;
    std::string title = t;
    for (std::size_t back = r, steps = 0; back > 0 && steps < 2; ++steps) {
      const Row& prev = doc.rows[back - 1];
      if (prev.cells.empty() || prev.cells[0].text.empty()) break;
      std::string p = text::collapse_space(prev.cells[0].text);
      if (p.size() > 60 || text::contains(p, "。") || text::contains(p, "，")) break;
      title = p + title;
      at = span(prev.cells[0].at, at);
      --back;
    }
    while (!title.empty() && (title[0] == '#' || title[0] == ' ')) title.erase(0, 1);
    report.title = title;
    report.title_at = at;
    break;
  }
  Range where;
  if (!report.title.empty()) {
    if (auto y = year_in(report.title, where, 0)) {
      report.year = y;
      report.year_at = report.title_at;
      // Agency: the title without the year and the report words ("洪泽区人民政府2023年…" -> 洪泽区人民政府).
      std::string n = text::collapse_space(report.title);
      std::string agency;
      std::size_t pos = n.find(std::to_string(*y));
      agency = pos != std::string::npos ? n.substr(0, pos) : std::string();
      if (agency.empty()) {
        std::size_t year_word = n.find("年");
        if (year_word != std::string::npos) {
          std::string rest = n.substr(year_word + 3);
          for (const char* w : kReportWords) {
            std::size_t p = rest.find(w);
            if (p != std::string::npos) {
              rest = rest.substr(0, p);
              break;
            }
          }
          agency = rest;
        }
      }
      report.agency = text::trim(agency);
    }
  }
  if (!report.year) {
    // The statistics period sentence: "统计期限自2023年1月1日起至2023年12月31日止".
    for (const auto& piece : report.prose) {
      std::size_t p = piece.text.find("1月1日");
      if (p == std::string::npos) p = piece.text.find("1 月 1 日");
      if (p == std::string::npos) continue;
      std::size_t from = p > 24 ? p - 24 : 0;
      while (from > 0 && (static_cast<unsigned char>(piece.text[from]) & 0xC0) == 0x80) --from;
      if (auto y = year_in(piece.text.substr(from, p - from), where, 0)) {
        report.year = y;
        report.year_at = piece.range(from + where.begin, from + where.end);
        break;
      }
    }
  }
  if (!report.year) year_from_paragraphs(report);
}

void detect_template(const Document& doc, Report& report) {
  // Normalised once: the markers are compared with every table cell of the report.
  static const auto normalized = [](const std::vector<tmpl::Marker>& markers) {
    std::vector<std::pair<std::string, const tmpl::Marker*>> out;
    for (const auto& m : markers) out.push_back({text::normalize_label(m.text), &m});
    return out;
  };
  static const auto m2019 = normalized(tmpl::markers_2019()), m2021 = normalized(tmpl::markers_2021());
  // A cell shorter than every marker holds none (most cells are numbers): its comparisons are skipped.
  static const std::size_t shortest = [] {
    std::size_t n = std::string::npos;
    for (const auto* markers : {&m2019, &m2021})
      for (const auto& m : *markers) n = std::min(n, m.first.size());
    return n;
  }();
  for (const auto& row : doc.rows) {
    if (row.paragraph) continue;
    for (const auto& c : row.cells) {
      // Folding only shortens valid UTF-8, so a cell already shorter than every marker is not normalised.
      if (c.text.empty() || (c.text.size() < shortest && utf8::valid(c.text))) continue;
      std::string n = text::normalize_label(c.text);
      if (n.size() < shortest) continue;
      for (const auto& [mn, m] : m2019)
        if (m->whole_cell ? n == mn : text::contains(n, mn)) report.template_markers_2019.push_back(m->text);
      for (const auto& [mn, m] : m2021)
        if (m->whole_cell ? n == mn : text::contains(n, mn)) report.template_markers_2021.push_back(m->text);
    }
  }
  // One such heading alone is also an accepted synonym of a 2019+ heading; two make a pattern.
  static const std::vector<std::string> pre2019_markers = [] {
    std::vector<std::string> out;
    for (const auto& m : tmpl::markers_pre2019()) out.push_back(text::normalize_label(m));
    return out;
  }();
  std::vector<bool> seen(pre2019_markers.size(), false);
  for (const auto& piece : report.prose) {
    if (piece.text.size() > 300) continue;  // headings are short
    std::string n = text::normalize_label(piece.text);
    for (std::size_t k = 0; k < seen.size(); ++k) seen[k] = seen[k] || text::contains(n, pre2019_markers[k]);
  }
  int pre2019_headings = 0;
  for (bool b : seen) pre2019_headings += b ? 1 : 0;
  bool pre2019 = pre2019_headings >= 2;
  std::size_t n19 = report.template_markers_2019.size(), n21 = report.template_markers_2021.size();
  if (n21 > n19)
    report.template_id = "2021";
  else if (n19 > n21)
    report.template_id = "2019";
  else if (report.year && *report.year >= 2021)
    report.template_id = "2021";
  else if (report.year && *report.year >= 2019)
    report.template_id = "2019";
  else if (report.year && *report.year < 2019)
    report.template_id = "pre2019";
  else if (pre2019)
    report.template_id = "pre2019";
  else if (n21 > 0)
    report.template_id = "2021";
  if (pre2019 && n19 == 0 && n21 == 0) report.template_id = "pre2019";
}

}  // namespace nianbao
