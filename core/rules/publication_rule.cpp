// publish-late (条例 Art. 49, FORMAT PB-01/PB-02): departments of governments at county level and above
// publish last year's report by 31 January, people's governments by 31 March. The date is the user's,
// or the 发布日期/发布时间 line a saved portal page carries; the kind of body comes from its name.
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include "core/rules/agency.hpp"
#include "core/rules/previous.hpp"
#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

struct Date {
  int y = 0, m = 0, d = 0;
  int ordinal() const { return y * 10000 + m * 100 + d; }
  std::string str() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  std::string zh() const {
    return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  }
};

bool digit(char c) { return c >= '0' && c <= '9'; }

// Reads up to `max` digits at s[i].
int number_at(std::string_view s, std::size_t& i, int max) {
  int v = 0, n = 0;
  while (i < s.size() && digit(s[i]) && n < max) v = v * 10 + (s[i++] - '0'), ++n;
  return n == 0 ? -1 : v;
}

bool skip_separator(std::string_view s, std::size_t& i) {
  for (const char* sep : {"-", "/", ".", "年", "月"})
    if (s.compare(i, std::string_view(sep).size(), sep) == 0) {
      i += std::string_view(sep).size();
      return true;
    }
  return false;
}

// "2024-01-20", "2024/1/20", "2024.1.20", "2024年1月20日" at the start of s (ASCII digits).
std::optional<Date> parse_date(std::string_view s) {
  std::size_t i = 0;
  Date d;
  if ((d.y = number_at(s, i, 4)) < 1990 || !skip_separator(s, i)) return std::nullopt;
  if ((d.m = number_at(s, i, 2)) < 1 || d.m > 12 || !skip_separator(s, i)) return std::nullopt;
  if ((d.d = number_at(s, i, 2)) < 1 || d.d > 31) return std::nullopt;
  return d;
}

struct Found {
  Date date;
  std::optional<Range> at;
};

// The first 发布日期/发布时间 line of the input: the label, then within a few tags, spaces and a colon,
// a date. Searched in the input as given, so a saved HTML page's header counts too.
std::optional<Found> date_in(std::string_view input) {
  // Every label begins with 发: the input is searched once for it, not once per label.
  std::vector<std::size_t> fa_at;
  for (std::size_t p = input.find("发"); p != std::string_view::npos; p = input.find("发", p + 1))
    fa_at.push_back(p);
  for (const char* label : {"发布日期", "发布时间", "发文日期", "发布于"}) {
    std::string_view l(label);
    for (std::size_t p : fa_at) {
      if (input.compare(p, l.size(), l) != 0) continue;
      std::size_t i = p + l.size(), limit = std::min(input.size(), i + 200);
      std::string window;  // text after the label with tags and spaces left out
      std::vector<std::size_t> src;
      bool in_tag = false;
      for (; i < limit && window.size() < 40; ++i) {
        char c = input[i];
        if (c == '<') in_tag = true;
        if (in_tag) {
          if (c == '>') in_tag = false;
          continue;
        }
        window += c;
        src.push_back(i);
      }
      std::string folded = text::fold_width(window);
      // Skip what stands between label and date: colons, spaces, &nbsp;.
      std::size_t start = 0;
      while (start < folded.size() && !digit(folded[start])) ++start;
      if (start > 24) continue;
      if (auto d = parse_date(std::string_view(folded).substr(start))) {
        std::optional<Range> at;
        if (folded.size() == window.size() && start < src.size()) at = Range{src[start], src[start] + 10};
        return Found{*d, at};
      }
    }
  }
  return std::nullopt;
}

enum class Body { Government, Department, Unknown };

bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

// Governments at county level and above publish by 31 March; their departments by 31 January.
// Art. 49 names no date for 乡镇 and 街道, so they count as unknown (both deadlines shown).
Body body_of(const Report& report) {
  std::string a = rules::agency_name(report);
  if (a.empty()) return Body::Unknown;
  if (rules::is_people_government(report))
    return has(a, "乡") || has(a, "镇") || has(a, "街道") ? Body::Unknown : Body::Government;
  for (const char* dept :
       {"局", "委员会", "委", "厅", "办公室", "办公厅", "中心", "院", "署", "管委会", "办"})
    if (has(a, dept)) return Body::Department;
  return Body::Unknown;
}

}  // namespace

void run_publication_rule(const Report& report, std::string_view input, const std::string& given,
                          Findings& out) {
  std::optional<Found> found;
  if (!given.empty()) {
    std::string g = text::fold_width(text::trim(given));
    if (auto d = parse_date(g)) found = Found{*d, std::nullopt};
  } else {
    found = date_in(input);
  }
  if (!found || !report.year) return;  // nothing to measure against: not a check at all
  const auto rule = NB_RULE("publish-late");
  out.checked(rule);
  const int y = *report.year + 1;
  const Date jan{y, 1, 31}, mar{y, 3, 31}, published = found->date;
  const Body body = body_of(report);
  if (published.ordinal() <= jan.ordinal()) return;
  if (body == Body::Government && published.ordinal() <= mar.ordinal()) return;
  Message source = format(rule, given.empty() ? "source-report" : "source-given", {});
  Diagnostic d;
  d.at = found->at ? *found->at : report.title_at;
  d.found = published.str();
  Slots slots = {{"published", published.zh(), published.str()},
                 {"source", source.zh, source.en},
                 {"jan", jan.zh(), jan.str()},
                 {"mar", mar.zh(), mar.str()}};
  if (body == Body::Government) {
    d.expected = mar.str();
    out.add(rule, std::move(d), slots, "government");
  } else if (body == Body::Department || published.ordinal() > mar.ordinal()) {
    d.expected = jan.str();
    out.add(rule, std::move(d), slots, body == Body::Department ? "department" : "both-late");
  } else {
    // PB-02: late for a department, in time for a government, and the name does not say which.
    d.expected = jan.str() + " / " + mar.str();
    Message m = format(rule, "unknown-body", slots);
    d.rule = rule.id();
    d.severity = Severity::Info;
    d.message_zh = std::move(m.zh);
    d.message_en = std::move(m.en);
    out.add(std::move(d), /*keep_severity=*/true);
  }
}

}  // namespace nianbao
