#include "core/text/prose_numbers.hpp"

#include <cctype>

#include "core/text/chinese_numerals.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::text {

namespace {

// Code point at i without advancing; 0 at the end.
char32_t peek(std::string_view s, std::size_t i, std::size_t* len = nullptr) {
  if (i >= s.size()) {
    if (len) *len = 0;
    return 0;
  }
  std::size_t j = i;
  char32_t c = utf8::next(s, j);
  if (len) *len = j - i;
  return c;
}

// Code point ending just before i; 0 at the start.
char32_t peek_back(std::string_view s, std::size_t i, std::size_t* start = nullptr) {
  if (i == 0) return 0;
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  if (start) *start = j;
  std::size_t k = j;
  return utf8::next(s, k);
}

int ascii_digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  while (i < s.size() && is_space(peek(s, i, &len))) i += len;
  return i;
}

bool starts_at(std::string_view s, std::size_t i, std::string_view w) { return s.substr(i, w.size()) == w; }

// Units a count or measure may carry; the longest match wins.
const std::string_view kUnits[] = {"件次", "人次", "万元", "件", "条", "个", "次", "项", "宗", "篇", "期",
                                   "份",   "场",   "家",   "人", "元", "年", "月", "日", "号", "天", "处",
                                   "批",   "部",   "类",   "名", "所", "户", "余", "多", "%",  "％", "‰"};

// Reads an ASCII/full-width number at i: digits, thousands commas, one decimal point. Returns its end.
std::size_t read_digits(std::string_view s, std::size_t i, std::string& ascii) {
  std::size_t len = 0;
  bool point = false;
  while (i < s.size()) {
    char32_t c = peek(s, i, &len);
    int d = ascii_digit(c);
    if (d >= 0) {
      ascii += static_cast<char>('0' + d);
      i += len;
      continue;
    }
    if (c == U',' && !ascii.empty() && !point) {
      // A thousands separator only when exactly three digits follow (1,234 but not "1,2 件").
      std::size_t j = i + 1, n = 0, l2 = 0;
      while (j < s.size() && ascii_digit(peek(s, j, &l2)) >= 0 && n < 4) {
        j += l2;
        ++n;
      }
      if (n == 3) {
        i += 1;
        continue;
      }
      break;
    }
    if ((c == U'.' || c == U'．') && !point && !ascii.empty()) {
      std::size_t l2 = 0;
      if (ascii_digit(peek(s, i + len, &l2)) >= 0) {
        ascii += '.';
        point = true;
        i += len;
        continue;
      }
    }
    break;
  }
  return i;
}

// Approximation words written before a number.
bool approximate_before(std::string_view s, std::size_t begin) {
  static const std::string_view kBefore[] = {"约",   "近", "超过",   "逾",   "将近", "大约",
                                             "多达", "超", "达到近", "不足", "不到"};
  std::size_t i = begin;
  // Skip spaces back.
  std::size_t st = 0;
  while (i > 0 && is_space(peek_back(s, i, &st))) i = st;
  for (auto w : kBefore)
    if (i >= w.size() && s.substr(i - w.size(), w.size()) == w) return true;
  return false;
}

// After the numeral: optional 余/多/万, the unit, then 左右/以上. Fills the number's unit fields.
void read_unit(std::string_view s, ProseNumber& n, bool digits) {
  std::size_t i = skip_spaces(s, n.end);
  if (starts_at(s, i, "余") || starts_at(s, i, "多")) {
    n.approximate = true;
    i = skip_spaces(s, i + 3);
  }
  if (digits && starts_at(s, i, "万") && !starts_at(s, i, "万元")) {
    n.value = n.value.times(10000);
    i = skip_spaces(s, i + 3);
    if (starts_at(s, i, "余") || starts_at(s, i, "多")) {
      n.approximate = true;
      i = skip_spaces(s, i + 3);
    }
  }
  for (auto u : kUnits) {
    if (u == "余" || u == "多") continue;
    if (starts_at(s, i, u)) {
      n.unit = (u == "％") ? std::string("%") : std::string(u);
      n.unit_end = i + u.size();
      if (n.unit == "%") n.percent = true;
      std::size_t j = skip_spaces(s, n.unit_end);
      if (starts_at(s, j, "左右") || starts_at(s, j, "以上") || starts_at(s, j, "余")) n.approximate = true;
      return;
    }
  }
  n.unit_end = n.end;
}

bool preceded_by_di(std::string_view s, std::size_t begin) {
  std::size_t i = begin, st = 0;
  while (i > 0 && is_space(peek_back(s, i, &st))) i = st;
  return i >= 3 && s.substr(i - 3, 3) == "第";
}

}  // namespace

std::vector<ProseNumber> scan_numbers(std::string_view s) {
  std::vector<ProseNumber> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    char32_t c = peek(s, i, &len);
    // 百分之九十, 百分之97.5 (compared only at a 百: this loop runs once per character of the prose)
    if (c == U'百' && starts_at(s, i, "百分之")) {
      std::size_t j = i + 9;
      ProseNumber n;
      n.begin = i;
      n.percent = true;
      n.unit = "%";
      std::string ascii;
      std::size_t e = read_digits(s, j, ascii);
      if (!ascii.empty()) {
        if (auto d = Decimal::parse(ascii)) n.value = *d;
        n.end = n.unit_end = e;
        out.push_back(n);
        i = e;
        continue;
      }
      std::size_t k = j, l2 = 0;
      while (k < s.size() && is_chinese_numeral_char(peek(s, k, &l2))) k += l2;
      if (k > j) {
        if (auto v = parse_chinese_integer(s.substr(j, k - j))) {
          Decimal value = Decimal::from_int(*v);
          // 百分之九十五点五: digits after 点 are read one by one.
          if (starts_at(s, k, "点")) {
            std::size_t m = k + 3;
            std::int64_t scale = Decimal::kScale / 10;
            while (m < s.size() && scale > 0) {
              char32_t dc = peek(s, m, &l2);
              auto dv = parse_chinese_integer(s.substr(m, l2));
              if (!is_chinese_numeral_char(dc) || !dv || *dv > 9) break;
              value += Decimal::from_micros(*dv * scale);
              scale /= 10;
              m += l2;
            }
            if (m > k + 3) k = m;
          }
          n.value = value;
          n.chinese = true;
          n.end = n.unit_end = k;
          out.push_back(n);
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    if (ascii_digit(c) >= 0) {
      ProseNumber n;
      n.begin = i;
      std::string ascii;
      n.end = read_digits(s, i, ascii);
      auto d = Decimal::parse(ascii);
      // Digits glued to Latin letters or other digits' punctuation (phones, e-mails, codes) are no counts.
      char32_t before = peek_back(s, i);
      bool glued = (before < 0x80 && (std::isalnum(static_cast<int>(before)) || before == U'-' ||
                                      before == U'.' || before == U'@' || before == U'/')) ||
                   (before >= 0x80 && ascii_digit(before) >= 0);
      if (d && !glued) {
        n.value = *d;
        n.ordinal = preceded_by_di(s, i);
        n.approximate = approximate_before(s, i);
        read_unit(s, n, true);
        out.push_back(n);
      }
      i = n.end > i ? n.end : i + len;
      continue;
    }
    if (is_chinese_numeral_char(c) && !(c == U'万' || c == U'亿')) {
      std::size_t k = i, l2 = 0;
      while (k < s.size() && is_chinese_numeral_char(peek(s, k, &l2))) k += l2;
      // A numeral counts only with a unit right after it: 一是, 三审三校, 三安全一稳定 are words.
      ProseNumber n;
      n.begin = i;
      n.end = k;
      auto v = parse_chinese_integer(s.substr(i, k - i));
      if (v) {
        n.value = Decimal::from_int(*v);
        n.chinese = true;
        n.ordinal = preceded_by_di(s, i);
        n.approximate = approximate_before(s, i);
        read_unit(s, n, false);
        // "下一年", "一年来", "三月": words of time, not numbers, except written-out years (二〇二三年).
        bool time_word = (n.unit == "年" && *v < 1000) || n.unit == "月" || n.unit == "日" || n.unit == "天";
        if (!n.unit.empty() && n.unit != "%" && !time_word) out.push_back(n);
      }
      i = k;
      continue;
    }
    i += len ? len : 1;
  }
  return out;
}

std::optional<DecimalAt> read_decimal(std::string_view text, std::size_t i) {
  std::string ascii;
  std::size_t end = read_digits(text, i, ascii);
  if (ascii.empty()) return std::nullopt;
  auto d = Decimal::parse(ascii);
  if (!d) return std::nullopt;
  return DecimalAt{*d, end};
}

}  // namespace nianbao::text
