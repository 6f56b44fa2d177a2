// text-self-contradiction and text-zero-disclosed: the prose against itself. The same statement
// ("主动公开政府信息 20 条" … "主动公开政府信息 16 条") with two numbers, and the implausible "0 条" of
// proactive disclosure in a report that is itself proactively disclosed.
#include <algorithm>
#include <map>
#include <vector>

#include "core/rules/text_checks.hpp"
#include "core/rules/text_support.hpp"

namespace nianbao::rules {

namespace {

// Words that change nothing in what is counted ("共", "全年", "我局"), removed before comparing.
std::string neutral(std::string s) {
  return remove_all(std::move(s), {"全年",   "本年度", "本年", "今年", "年度", "年内", "共计",   "合计",
                                   "一共",   "总共",   "共",   "我局", "我委", "我办", "我单位", "本单位",
                                   "本机关", "我区",   "我县", "我市", "我镇", "我乡", "全区",   "全县",
                                   "全市",   "全镇",   "各类", "了",   "的",   "已",   "依法",   "主要"});
}

bool plain_count(const text::ProseNumber& n) {
  return !n.approximate && !n.ordinal && !n.percent &&
         (n.unit == "件" || n.unit == "条" || n.unit == "个" || n.unit == "篇" || n.unit == "项");
}

// The enumeration marker a compact text opens with: （一） (一) 一、 一是 1. 1、 （1）; empty when none.
std::string opening_marker(const std::string& t) {
  static const std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  for (std::string_view open : {"（", "("})
    if (t.compare(0, open.size(), open) == 0) {
      std::size_t close = t.find(open == "（" ? "）" : ")", open.size());
      if (close != std::string::npos && close <= open.size() + 6)
        return t.substr(0, close + (open == "（" ? 3 : 1));
    }
  for (auto n : kNumerals)
    if (t.compare(0, n.size(), n) == 0) {
      std::size_t k = n.size();
      if (t.compare(k, 3, "是") == 0 || t.compare(k, 3, "、") == 0) return t.substr(0, k + 3);
    }
  std::size_t d = 0;
  while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
  if (d > 0 && d <= 2 && (t.compare(d, 1, ".") == 0 || t.compare(d, 3, "、") == 0))
    return t.substr(0, d + (t[d] == '.' ? 1 : 3));
  return {};
}

// The numbered item a paragraph belongs to ("（一）主动公开", "二是…"): statements under different items
// count different things even with the same words (发布信息 N 条 on the website, M 条 on new media).
// A short numbered paragraph is a sub-heading whose item runs on until the next one; a long numbered
// paragraph is an item of its own.
std::vector<std::string> paragraph_items(const ProseScan& scan) {
  std::vector<std::string> items;
  std::string heading;
  for (const auto& whole : scan.compacted) {
    const std::string& t = whole.text;
    std::string marker = opening_marker(t);
    if (marker.empty()) {
      items.push_back(heading);
      continue;
    }
    // The marker and the words up to the first punctuation: the item's name.
    std::size_t end = marker.size();
    while (end < t.size() && cp_count(t.substr(marker.size(), end - marker.size())) < 12) {
      unsigned char c = static_cast<unsigned char>(t[end]);
      if (t.compare(end, 3, "。") == 0 || t.compare(end, 3, "，") == 0 || t.compare(end, 3, "：") == 0 ||
          t.compare(end, 3, "；") == 0)
        break;
      end += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    }
    std::string item = t.substr(0, std::min(end, t.size()));
    if (cp_count(t) <= 30) heading = item;
    items.push_back(item);
  }
  return items;
}

const std::initializer_list<std::string_view> kVerbs = {"主动公开", "公开", "发布", "受理", "收到",
                                                        "办结",     "答复", "制发", "印发"};

}  // namespace

void check_self_contradiction(const Report& report, const ProseScan& scan, Findings& out) {
  struct Seen {
    const Quantity* q;
    std::size_t quote_begin;
  };
  std::map<std::string, Seen> first;
  std::map<std::string, bool> reported;
  std::vector<std::string> items = paragraph_items(scan);
  for (const auto& q : scan.quantities) {
    if (!plain_count(q.num) || q.sub_count || names_other_year(q.before, report.year)) continue;
    LeadSplit s = split_at_last(q.lead, kVerbs);
    if (!s.found || foreign_scope(s.prefix)) continue;
    // Cumulative figures (累计, 截至, 以来) and partial ones have a scope of their own.
    if (has_any(q.before, {"累计", "截至", "截止", "以来", "分别", "平均", "每"})) continue;
    // "受理申请 98 件（含上年结转 3 件）" and "受理申请 95 件" are both right: another scope, not a
    // contradiction.
    std::string sentence = sentence_around(scan, q);
    if (has_any(sentence, {"结转", "包括", "包含", "含"})) continue;
    std::string object = neutral(s.object);
    if (object.empty() || cp_count(object) > 12 || !has_any(object, {"信息", "申请", "文件"}) ||
        has_any(object, {"其中", "解读", "栏目", "专题"}))
      continue;
    // The subject must be the same words: "在政府网站主动公开…" and "通过新媒体主动公开…" count different
    // things.
    // ... and the same item: a sentence opening with its own marker ("二是…") is that item, else the
    // paragraph's.
    std::string sentence_marker = opening_marker(q.before);
    std::string item = !sentence_marker.empty() ? sentence_marker : items[q.piece];
    std::string key = item + "|" + neutral(s.prefix) + "|" + s.keyword + object + "|" + q.num.unit;
    auto it = first.find(key);
    if (it == first.end()) {
      first[key] = {&q, q.lead_at[s.pos]};
      continue;
    }
    out.checked(NB_RULE("text-self-contradiction"));
    const Quantity& a = *it->second.q;
    if (a.num.value == q.num.value || reported[key]) continue;
    reported[key] = true;
    std::string qa = quote(scan.piece_of(a), it->second.quote_begin, a.num.unit_end);
    std::string qb = quote(scan.piece_of(q), q.lead_at[s.pos], q.num.unit_end);
    Diagnostic d;
    d.at = number_range(scan, q);
    d.expected = decimal_json(a.num.value);
    d.found = decimal_json(q.num.value);
    out.add(NB_RULE("text-self-contradiction"), std::move(d),
            {{"first", qa},
             {"first_value", a.num.value.str()},
             {"later", qb},
             {"later_value", q.num.value.str()}});
  }
}

void check_zero_disclosed(const Report& report, const ProseScan& scan, Findings& out) {
  for (const auto& q : scan.quantities) {
    if (!plain_count(q.num) || q.sub_count || names_other_year(q.before, report.year)) continue;
    LeadSplit s = split_at_last(q.lead, {"主动公开", "公开", "发布"});
    if (!s.found || foreign_scope(s.prefix)) continue;
    if (has_any(s.prefix, {"申请", "不予", "部分", "予以"}) || has_any(s.object, {"申请", "其中"})) continue;
    std::string object = neutral(s.object);
    if (!(object == "政府信息" || object == "信息" || object == "各类信息" || object == "政务信息")) continue;
    // "公开信息" alone may be a sub-total; the claim the format names is about 主动公开.
    if (s.keyword != "主动公开" && s.prefix.find("主动") == std::string::npos) continue;
    out.checked(NB_RULE("text-zero-disclosed"));
    if (q.num.value != Decimal()) continue;
    std::string fragment = quote(scan.piece_of(q), q.lead_at[s.pos], q.num.unit_end);
    Diagnostic d;
    d.at = number_range(scan, q);
    d.found = 0;
    out.add(NB_RULE("text-zero-disclosed"), std::move(d), {{"quote", fragment}});
  }
}

}  // namespace nianbao::rules
