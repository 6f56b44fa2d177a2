// text-self-contradiction and text-zero-disclosed: the prose against itself. The same statement
// ("主动公开政府信息 20 条" … "主动公开政府信息 16 条") with two numbers, and the implausible "0 条" of
// proactive disclosure in a report that is itself proactively disclosed.
#include <map>

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
    std::string key = neutral(s.prefix) + "|" + s.keyword + object + "|" + q.num.unit;
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
