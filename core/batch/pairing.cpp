#include "core/batch/pairing.hpp"

#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

void erase_all(std::string& s, std::string_view part) {
  for (std::size_t p; (p = s.find(part)) != std::string::npos;) s.erase(p, part.size());
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
}

bool chinese_digit(char32_t c) {
  return c == U'〇' || c == U'零' || c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五' ||
         c == U'六' || c == U'七' || c == U'八' || c == U'九';
}

bool arabic_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Drops bracketed notes ((河南), 【2023】), whitespace, ASCII punctuation and year numbers (2023,
// 二〇二三 followed by 年): what is left is the name.
std::string strip_noise(std::string_view s) {
  std::string out;
  int depth = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t at = i;
    char32_t c = utf8::next(s, i);
    if (c == U'(' || c == U'（' || c == U'[' || c == U'【' || c == U'〔' || c == U'<' || c == U'《') {
      ++depth;
      continue;
    }
    if (c == U')' || c == U'）' || c == U']' || c == U'】' || c == U'〕' || c == U'>' || c == U'》') {
      if (depth > 0) --depth;
      continue;
    }
    if (depth > 0) continue;
    if (arabic_digit(c)) {  // a year (2023) is dropped; other numbers are part of the name (第2分局)
      std::string digits;
      for (std::size_t j = at; j < s.size();) {
        std::size_t next = j;
        char32_t d = utf8::next(s, next);
        if (!arabic_digit(d)) break;
        digits += static_cast<char>(d >= U'０' ? '0' + (d - U'０') : static_cast<char>(d));
        j = i = next;
      }
      if (digits.size() != 4) out += digits;
      continue;
    }
    if (chinese_digit(c)) {  // 二〇二三年: a year written in numerals (but not the 二 of a name)
      std::size_t j = at, n = 0;
      char32_t d = 0;
      while (j < s.size() && chinese_digit(d = utf8::next(s, j))) ++n;
      std::size_t k = at;
      for (std::size_t m = 0; m < n; ++m) utf8::next(s, k);
      if (n == 4 && s.substr(k, 3) == "年") {
        i = k;
        continue;
      }
    }
    if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    if (c == U'　' || c == U'·' || c == U'•' || c == U'、' || c == U'：' || c == U'“' || c == U'”') continue;
    utf8::append(out, c);
  }
  return out;
}

// The name ends where the report's own title words begin.
void cut_title_words(std::string& s) {
  for (const char* tail : {"政府信息公开工作年度报告", "政府信息公开年度报告", "政府信息公开工作报告",
                           "信息公开工作年度报告", "年度报告", "工作报告", "年报"}) {
    std::size_t p = s.find(tail);
    if (p != std::string::npos) s.erase(p);
  }
  // "洪泽区人民政府年政府信息…": the 年 left behind by a removed year number.
  while (s.size() >= 3 && s.compare(s.size() - 3, 3, "年") == 0) s.erase(s.size() - 3);
  if (s.size() >= 6 && s.compare(s.size() - 6, 6, "年度") == 0) s.erase(s.size() - 6);
}

bool ends_with(std::string_view s, std::string_view t) {
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}
bool starts_with(std::string_view s, std::string_view t) { return s.compare(0, t.size(), t) == 0; }

// A place name's last character (上海市, 淮安市, 洪泽区, 宿迁, 江苏省…).
bool ends_with_place(std::string_view s) {
  for (const char* p : {"省", "市", "区", "县", "州", "盟", "旗", "镇", "乡"})
    if (ends_with(s, p)) return true;
  return false;
}
bool starts_with_level(std::string_view s) {
  for (const char* p : {"省", "市", "区", "县", "州", "自治区", "自治州", "盟", "旗"})
    if (starts_with(s, p)) return true;
  return false;
}

}  // namespace

std::string agency_key(std::string_view agency, std::string_view title) {
  std::string s = strip_noise(text::trim(agency).empty() ? title : agency);
  cut_title_words(s);
  replace_all(s, "人民政府", "政府");
  erase_all(s, "中华人民共和国");
  return s;
}

bool same_agency(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  std::string_view longer = a.size() > b.size() ? a : b, shorter = a.size() > b.size() ? b : a;
  if (!ends_with(longer, shorter)) return false;
  if (utf8::utf16_length(shorter) < 3) return false;  // "政府" alone names nobody
  std::string_view place = longer.substr(0, longer.size() - shorter.size());
  // 上海市 + 政府办公厅, or 上海 + 市政府办公厅: what was left out is a whole place name.
  return ends_with_place(place) || starts_with_level(shorter);
}

std::vector<std::optional<std::size_t>> pair_previous_years(const std::vector<PairingEntry>& entries) {
  std::vector<std::optional<std::size_t>> out(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const PairingEntry& e = entries[i];
    if (!e.year || e.key.empty()) continue;
    std::vector<std::size_t> exact, near;
    for (std::size_t j = 0; j < entries.size(); ++j) {
      const PairingEntry& p = entries[j];
      if (j == i || !p.year || *p.year + 1 != *e.year) continue;
      if (p.key == e.key)
        exact.push_back(j);
      else if (same_agency(p.key, e.key))
        near.push_back(j);
    }
    if (exact.size() == 1)
      out[i] = exact[0];
    else if (exact.empty() && near.size() == 1)
      out[i] = near[0];
  }
  return out;
}

}  // namespace nianbao
