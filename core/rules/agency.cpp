#include "core/rules/agency.hpp"

#include "core/text/normalize.hpp"

namespace nianbao::rules {

namespace {

bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

// Cuts the title at the first ASCII digit or Chinese numeral year ("2023年", "二〇二三年").
std::string before_year(const std::string& title) {
  for (std::size_t i = 0; i < title.size(); ++i) {
    if (title[i] >= '0' && title[i] <= '9') return title.substr(0, i);
    if (title.compare(i, 3, "二〇") == 0 || title.compare(i, 3, "二零") == 0) return title.substr(0, i);
  }
  return title;
}

}  // namespace

std::string agency_name(const Report& report) {
  if (!report.agency.empty()) return text::trim(report.agency);
  return text::trim(before_year(report.title));
}

bool is_people_government(const Report& report) {
  std::string a = agency_name(report);
  // Its offices (办公室/办公厅) and departments (局、委、…) report for themselves, not as the government.
  for (const char* dept : {"办公室", "办公厅", "局", "委员会", "委", "厅", "中心", "管委会", "管理委员会"})
    if (has(a, dept)) return false;
  return has(a, "人民政府") || has(a, "街道办事处") || (has(a, "政府") && (has(a, "乡") || has(a, "镇")));
}

bool below_rule_making_level(const Report& report) {
  std::string a = agency_name(report);
  if (a.empty()) return false;
  // 自治区 and 自治州 governments can make 规章: take them out before looking for 区 and 州-level words.
  std::string s = a;
  for (const char* big : {"自治区", "自治州", "特别行政区"}) {
    std::size_t p;
    while ((p = s.find(big)) != std::string::npos) s.erase(p, std::string(big).size());
  }
  for (const char* low : {"县", "区", "乡", "镇", "街道", "旗"})
    if (has(s, low)) return true;
  return false;
}

}  // namespace nianbao::rules
