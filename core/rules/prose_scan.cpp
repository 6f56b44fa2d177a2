#include "core/rules/prose_scan.hpp"

#include <algorithm>

#include "core/text/compact.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::rules {

namespace {

// Ends a sentence: the scope of 其中 and of the subject.
bool sentence_stop(char32_t c) {
  return c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' || c == U'!' || c == U'?' ||
         c == U'\n';
}

// Ends a clause: what leads to a number is looked for inside its clause only.
bool clause_stop(char32_t c) {
  return sentence_stop(c) || c == U'，' || c == U',' || c == U'：' || c == U':' || c == U'（' || c == U'）' ||
         c == U'(' || c == U')' || c == U'【' || c == U'】';
}

struct Cp {
  std::size_t at;
  char32_t c;
};

// Bytes of context read before a number and around it in its sentence (about 100 Chinese characters),
// and after it in its clause (about 30): enough for every phrasing the rules know.
constexpr std::size_t kWindow = 300;
constexpr std::size_t kTailWindow = 90;

// The first code point boundary at or after byte i.
std::size_t boundary(const std::string& t, std::size_t i) {
  if (i >= t.size()) return t.size();
  while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
  return i;
}

}  // namespace

std::string compact(std::string_view text, std::size_t b, std::size_t e, std::vector<std::size_t>* at) {
  text::Compacted c = text::compact(text, b, e);
  if (at) at->insert(at->end(), c.at.begin(), c.at.end());
  return std::move(c.text);
}

namespace {

// compact(t, b, e, at), read from `whole` (t compacted whole) instead of compacting again. Compacting
// is per character, so when b and e stand at characters (no continuation byte: the decoding from the
// start passes there) the stretch of `whole` whose bytes come from [b, e) is the same text; other
// bounds are compacted afresh.
std::string compact_from(const std::string& t, const text::Compacted& whole, std::size_t b, std::size_t e,
                         std::vector<std::size_t>* at = nullptr) {
  if (e > t.size()) e = t.size();
  auto at_character = [&t](std::size_t x) {
    return x >= t.size() || (static_cast<unsigned char>(t[x]) & 0xC0) != 0x80;
  };
  if (b > e || !at_character(b) || !at_character(e)) return compact(t, b, e, at);
  auto lo = std::lower_bound(whole.at.begin(), whole.at.end(), b);
  auto hi = std::lower_bound(lo, whole.at.end(), e);
  if (at) at->insert(at->end(), lo, hi);
  return whole.text.substr(static_cast<std::size_t>(lo - whole.at.begin()),
                           static_cast<std::size_t>(hi - lo));
}

}  // namespace

std::string sentence_around(const ProseScan& scan, const Quantity& q) {
  const std::string& t = scan.piece_of(q).text;
  std::size_t b = std::max(q.sentence_begin, boundary(t, q.num.begin > kWindow ? q.num.begin - kWindow : 0));
  std::size_t e = std::min(q.sentence_end, boundary(t, q.num.unit_end + kWindow));
  return compact_from(t, scan.compacted[q.piece], b, e);
}

std::string quote(const TextPiece& piece, std::size_t b, std::size_t e) { return compact(piece.text, b, e); }

bool has_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (text::contains(s, w)) return true;
  return false;
}

std::string remove_all(std::string s, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    std::size_t p;
    while ((p = text::find(s, w)) != std::string::npos) s.erase(p, w.size());
  }
  return s;
}

bool ends_with(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

std::size_t cp_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool names_other_year(std::string_view s, std::optional<int> year) {
  if (!year) return false;
  for (std::size_t i = 0; i + 4 < s.size() + 1; ++i) {
    bool digits = i + 4 <= s.size();
    for (std::size_t k = 0; digits && k < 4; ++k) digits = s[i + k] >= '0' && s[i + k] <= '9';
    if (!digits) continue;
    if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue;
    if (s.substr(i + 4, 3) != "年") continue;
    int y = std::stoi(std::string(s.substr(i, 4)));
    if (y >= 1990 && y <= 2100 && y != *year) return true;
  }
  return false;
}

const std::vector<TextPiece>& report_prose(const Report& report, std::vector<TextPiece>& storage) {
  if (!report.prose.empty()) return report.prose;
  storage.clear();
  for (const auto& s : report.sections)
    for (const auto& p : s.paragraphs) storage.push_back(p);
  return storage;
}

ProseScan scan_prose(const std::vector<TextPiece>& pieces) {
  ProseScan scan;
  scan.pieces = &pieces;
  for (std::size_t pi = 0; pi < pieces.size(); ++pi) {
    const std::string& t = pieces[pi].text;
    scan.compacted.push_back(text::compact(t, 0, t.size()));
    auto numbers = text::scan_numbers(t);
    if (numbers.empty()) continue;  // the clause and sentence bounds below serve the numbers alone
    std::vector<Cp> cps;
    for (std::size_t i = 0; i < t.size();) {
      std::size_t at = i;
      cps.push_back({at, utf8::next(t, i)});
    }
    // One pass each way: for every code point, where its clause and sentence start and end.
    std::size_t m = cps.size();
    std::vector<std::size_t> clause_start(m + 1), sentence_start(m + 1), clause_stop_at(m + 1),
        sentence_stop_at(m + 1);
    std::size_t cs = 0, ss = 0;
    for (std::size_t k = 0; k < m; ++k) {
      clause_start[k] = cs;
      sentence_start[k] = ss;
      std::size_t after = k + 1 < m ? cps[k + 1].at : t.size();
      if (clause_stop(cps[k].c)) cs = after;
      if (sentence_stop(cps[k].c)) ss = cs = after;
    }
    clause_start[m] = cs;
    sentence_start[m] = ss;
    std::size_t ce = t.size(), se = t.size();
    clause_stop_at[m] = sentence_stop_at[m] = t.size();
    for (std::size_t k = m; k-- > 0;) {
      if (sentence_stop(cps[k].c))
        se = ce = cps[k].at;
      else if (clause_stop(cps[k].c))
        ce = cps[k].at;
      clause_stop_at[k] = ce;
      sentence_stop_at[k] = se;
    }
    auto index_of = [&](std::size_t byte) {
      std::size_t lo = 0, hi = m;
      while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (cps[mid].at < byte)
          lo = mid + 1;
        else
          hi = mid;
      }
      return lo;  // first code point at or after `byte`
    };
    std::size_t prev_end = 0;  // end of the previous number's unit: a lead never reaches past it
    std::string prev_unit;
    for (const auto& n : numbers) {
      Quantity q;
      q.piece = pi;
      q.num = n;
      std::size_t kb = index_of(n.begin), ke = index_of(n.unit_end);
      q.lead_begin = clause_start[kb] > prev_end ? clause_start[kb] : prev_end;
      q.sentence_begin = sentence_start[kb];
      q.clause_end = clause_stop_at[ke];
      q.sentence_end = sentence_stop_at[ke];
      const text::Compacted& whole = scan.compacted[pi];
      q.lead = compact_from(t, whole, q.lead_begin, n.begin, &q.lead_at);
      // Leading list separators belong to the enumeration, not to the words: "、部分公开 3 件".
      while (q.lead.rfind("、", 0) == 0) {
        q.lead.erase(0, 3);
        q.lead_at.erase(q.lead_at.begin(), q.lead_at.begin() + 3);
      }
      // "2023年度我局…": the 度 of 年度 belongs to the year just cut off, not to the words of the lead.
      if (q.lead_begin == prev_end && prev_unit == "年" && q.lead.rfind("度", 0) == 0) {
        q.lead.erase(0, 3);
        q.lead_at.erase(q.lead_at.begin(), q.lead_at.begin() + 3);
      }
      // Tail and sentence are read within a window: a page-long "sentence" without punctuation must not
      // make the scan quadratic (inputs go up to 16 MiB).
      q.tail = compact_from(t, whole, n.unit_end,
                            std::min(q.clause_end, boundary(t, n.unit_end + kTailWindow)), &q.tail_at);
      q.before = compact_from(
          t, whole, std::max(q.sentence_begin, boundary(t, n.begin > kWindow ? n.begin - kWindow : 0)),
          n.begin);
      q.sub_count = q.before.find("其中") != std::string::npos;
      scan.quantities.push_back(std::move(q));
      prev_end = n.unit_end;
      prev_unit = n.unit;
    }
  }
  return scan;
}

}  // namespace nianbao::rules

namespace nianbao::rules {

LeadSplit split_at_last(const std::string& lead, std::initializer_list<std::string_view> keywords) {
  LeadSplit s;
  std::size_t best_end = 0;
  for (auto k : keywords) {
    std::size_t p = text::last_of(lead, k);
    if (p == std::string::npos) continue;
    std::size_t e = p + k.size();
    // The keyword that ends last; of two ending together the longer ("予以公开及部分公开", not "部分公开").
    if (!s.found || e > best_end || (e == best_end && k.size() > s.keyword.size())) {
      s.found = true;
      s.pos = p;
      s.keyword = std::string(k);
      best_end = e;
    }
  }
  if (s.found) {
    s.prefix = lead.substr(0, s.pos);
    s.object = lead.substr(s.pos + s.keyword.size());
  }
  return s;
}

bool foreign_scope(std::string_view prefix) {
  return has_any(prefix, {"督促",   "指导", "协调", "帮助", "部门", "乡镇",   "街道", "各",   "分别",
                          "其中",   "季度", "半年", "月份", "上年", "上一年", "去年", "同比", "较",
                          "比上年", "环比", "增加", "减少", "增长", "下降",   "上升", "未",   "没有",
                          "按时",   "按期", "逾期", "超期", "当场", "当日",   "现场"});
}

}  // namespace nianbao::rules
