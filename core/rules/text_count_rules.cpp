// text-applications, text-handled, text-outcome-count, text-carry-out, text-norm-issued: a count written in
// the prose ("受理政府信息公开申请 17 件") against the table cell that holds the same quantity.
#include "core/rules/describe.hpp"
#include "core/rules/text_checks.hpp"
#include "core/rules/text_support.hpp"
#include "core/text/normalize.hpp"

namespace nianbao::rules {

namespace {

// Counts of applications are written with any counter: 件 mostly, also 条, 个, 项, 宗, 份, 件次, 人次 (a
// sentence counting the applications received in 条 is compared exactly like one in 件); approximate
// numbers are never compared.
bool application_count(const text::ProseNumber& n) {
  static const std::string_view kCounters[] = {"件", "条", "个", "项", "宗", "份", "件次", "人次"};
  if (n.approximate || n.ordinal || n.percent) return false;
  for (auto c : kCounters)
    if (n.unit == c) return true;
  return false;
}

// Words naming one outcome of the answers (予以公开, 同意公开, 不予公开…): a count they lead to is that
// outcome's, never the count of all answers ("同意公开答复 12 件" is not "答复 12 件").
bool names_an_outcome(std::string_view prefix) {
  return has_any(prefix, {"予以公开", "同意公开", "全部公开", "部分公开", "不予公开", "不公开", "无法提供",
                          "不予处理", "其他处理", "信息不存在", "非本机关", "告知"});
}

// Compact text of the piece before the number (up to ~100 characters): what the paragraph is about.
std::string context_before(const ProseScan& scan, const Quantity& q) {
  const std::string& t = scan.piece_of(q).text;
  std::size_t b = q.num.begin > 300 ? q.num.begin - 300 : 0;
  while (b > 0 && b < t.size() && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) ++b;
  return compact(t, b, q.num.begin);
}

// The paragraph is about requests for disclosure: 申请 (or 依申请) is mentioned, and more recently than
// other kinds of cases that are also "received" and "answered" (复议, 诉讼, 信访, 建议提案, 网络问政…).
bool about_requests(const std::string& context) {
  std::size_t req = text::last_of(context, "申请");
  if (req == std::string::npos) return false;
  for (std::string_view other :
       {"复议", "诉讼", "信访", "投诉", "举报", "提案", "建议", "问政", "热线", "诉求", "留言", "来信"}) {
    std::size_t p = text::last_of(context, other);
    if (p != std::string::npos && p > req) return false;
  }
  return has_any(context, {"信息公开", "依申请", "公开申请"});
}

// Words that may sit between the verb and the number of a request count: "受理[政府信息公开申请]17件".
std::string request_object_rest(const std::string& object) {
  return remove_all(object, {"政府信息公开申请",
                             "信息公开申请",
                             "依申请公开政府信息",
                             "依申请公开信息",
                             "依申请信息公开",
                             "依申请公开",
                             "政府信息公开",
                             "公开申请",
                             "申请",
                             "各类",
                             "的",
                             "共计",
                             "总计",
                             "合计",
                             "共",
                             "了",
                             "件数",
                             "总数",
                             "数量",
                             "事项",
                             "政府信息",
                             "依"});
}

// True when the sentence says its count includes last year's carried-over requests.
bool includes_carry_in(const ProseScan& scan, const Quantity& q) {
  std::string sentence = sentence_around(scan, q);
  return has_any(sentence,
                 {"上年结转", "上年度结转", "上一年度结转", "上一年结转", "上年度转结", "上年转结"}) &&
         has_any(sentence, {"含", "包括", "加上", "合计"});
}

}  // namespace

void check_applications(const TableValues& values, const ProseScan& scan, Findings& out) {
  const Report& report = values.report();
  for (const auto& q : scan.quantities) {
    if (!application_count(q.num) || q.sub_count) continue;
    LeadSplit s = split_at_last(q.lead, {"收到", "受理", "新收", "接收", "接到", "共收"});
    if (!s.found || foreign_scope(s.prefix) || names_other_year(q.before, report.year)) continue;
    if (!request_object_rest(s.object).empty()) continue;
    if (!about_requests(context_before(scan, q))) continue;
    std::size_t quote_begin = q.lead_at[s.pos];
    Operand fresh = cell_operand(values, "t3.new.total");
    Operand carry = cell_operand(values, "t3.carry_in.total");
    Operand both = add_operands({fresh, carry},
                                cell_zh(report, "t3.new.total") + "与“二、上年结转政府信息公开申请数量”之和",
                                cell_en(report, "t3.new.total") + " plus the carried-over requests");
    both.cell = "t3.new.total";
    // Either reading is accepted: reports count "received" with or without last year's carry-over (007).
    if (includes_carry_in(scan, q) && both.value) {
      compare_statement(report, scan, q, quote_begin, NB_RULE("text-applications"), both, out,
                        {*fresh.value});
    } else {
      std::vector<Decimal> fine;
      if (both.value) fine.push_back(*both.value);
      compare_statement(report, scan, q, quote_begin, NB_RULE("text-applications"), fresh, out, fine);
    }
  }
}

void check_handled(const TableValues& values, const ProseScan& scan, Findings& out,
                   std::vector<MatchedCount>& matched) {
  const Report& report = values.report();
  for (std::size_t i = 0; i < scan.quantities.size(); ++i) {
    const Quantity& q = scan.quantities[i];
    if (!application_count(q.num) || q.sub_count) continue;
    LeadSplit s = split_at_last(q.lead, {"办结", "已办结", "答复", "办理完毕", "办理", "处理完毕", "完成答复",
                                         "作出答复", "予以答复", "处理"});
    if (!s.found || foreign_scope(s.prefix) || names_other_year(q.before, report.year)) continue;
    // "结转下年度继续办理1件" counts what is carried forward, not what was handled (text-carry-out).
    if (has_any(s.prefix, {"结转", "顺延", "继续"})) continue;
    // The sentence's structure decides the cell: a verb of answering after an outcome counts that outcome
    // (text-outcome-count compares it).
    if (names_an_outcome(s.prefix)) continue;
    // "办理相关案件 74 件" is about lawsuits, "处理决定" about penalties: only requests are compared.
    if (!request_object_rest(s.object).empty()) continue;
    if (s.keyword == "处理" && !has_any(s.object, {"申请"})) continue;
    if (!about_requests(context_before(scan, q) + s.object)) continue;
    Operand op = cell_operand(values, "t3.r7.total");
    compare_statement(report, scan, q, q.lead_at[s.pos], NB_RULE("text-handled"), op, out);
    matched.push_back({i, op.value, op.name_zh, op.name_en, op.cells});
  }
}

namespace {

struct Outcome {
  std::string_view keyword;
  int group;  // 0 = 予以公开及部分公开, 1..6 = (一)…(六)
};

const Outcome kOutcomes[] = {
    {"予以公开及部分公开", 0}, {"予以公开和部分公开", 0}, {"予以公开或部分公开", 0}, {"全部或部分公开", 0},
    {"全部公开或部分公开", 0}, {"予以公开", 1},           {"同意公开", 1},           {"全部公开", 1},
    {"部分公开", 2},           {"不予公开", 3},           {"不予以公开", 3},         {"无法提供", 4},
    {"不予处理", 5},           {"其他处理", 6},
};

Operand outcome_operand(const TableValues& values, int group) {
  switch (group) {
    case 0: {
      Operand a = cell_operand(values, "t3.r1.total"), b = cell_operand(values, "t3.r2.total");
      return add_operands({a, b}, a.name_zh + "与" + b.name_zh + "之和", a.name_en + " plus " + b.name_en);
    }
    case 1:
      return cell_operand(values, "t3.r1.total");
    case 2:
      return cell_operand(values, "t3.r2.total");
    case 3:
      return sum_operand(values, "t3", {"r3_1", "r3_2", "r3_3", "r3_4", "r3_5", "r3_6", "r3_7", "r3_8"},
                         "total", "（三）不予公开", "(3) not disclosed");
    case 4:
      return sum_operand(values, "t3", {"r4_1", "r4_2", "r4_3"}, "total", "（四）无法提供",
                         "(4) cannot be provided");
    case 5:
      return sum_operand(values, "t3", {"r5_1", "r5_2", "r5_3", "r5_4", "r5_5"}, "total", "（五）不予处理",
                         "(5) not processed");
    default:
      return other_handling_operand(values);
  }
}

}  // namespace

void check_outcomes(const TableValues& values, const ProseScan& scan, Findings& out,
                    std::vector<MatchedCount>& matched) {
  const Report& report = values.report();
  for (std::size_t i = 0; i < scan.quantities.size(); ++i) {
    const Quantity& q = scan.quantities[i];
    if (!application_count(q.num)) continue;
    LeadSplit s;
    int group = -1;
    std::size_t best_end = 0;
    for (const auto& o : kOutcomes) {
      LeadSplit t = split_at_last(q.lead, {o.keyword});
      if (!t.found) continue;
      std::size_t e = t.pos + t.keyword.size();
      if (!s.found || e > best_end || (e == best_end && t.keyword.size() > s.keyword.size())) {
        s = t;
        group = o.group;
        best_end = e;
      }
    }
    if (!s.found) continue;
    // The keyword must be the last words before the number ("予以公开的申请 5 件"), and nothing but generic
    // words may come before it: "其中县民政局予以公开 1 件" is one body's share.
    std::string rest = remove_all(s.object, {"的申请", "申请", "政府信息", "信息", "的", "类", "共计", "共",
                                             "为", "有", "件数", "数量", "答复"});
    if (!rest.empty()) continue;
    std::string prefix = remove_all(
        s.prefix, {"其中", "全年", "本年度", "本年", "今年", "年度", "共",   "累计",     "合计",   "依法",
                   "已",   "均",   "经审查", "决定", "作出", "对",   "属于", "办理结果", "结果为", "结果",
                   "的",   "我局", "我委",   "我办", "我区", "我县", "我市", "本机关",   "本单位", "我单位",
                   "全区", "全县", "全市",   "全镇", "有",   "申请", "答复", "办结"});
    if (!prefix.empty() || names_other_year(q.before, report.year)) continue;
    Operand op = outcome_operand(values, group);
    compare_statement(report, scan, q, q.lead_at[s.pos], NB_RULE("text-outcome-count"), op, out);
    matched.push_back({i, op.value, op.name_zh, op.name_en, op.cells});
  }
}

void check_carry_out(const TableValues& values, const ProseScan& scan, Findings& out) {
  const Report& report = values.report();
  for (const auto& q : scan.quantities) {
    if (!application_count(q.num) || names_other_year(q.before, report.year)) continue;
    // Last year's carry-over ("含上年度结转申请 34 件") is another quantity.
    if (has_any(q.lead, {"上年", "上一年", "去年", "往年"})) continue;
    std::size_t quote_begin = 0, quote_end = 0;
    LeadSplit s = split_at_last(q.lead, {"结转", "顺延", "转入"});
    if (s.found) {
      // "结转下年度继续办理 5 件", "结转下一年 31 件": the direction must be written.
      if (!has_any(s.object, {"下年", "下一年", "次年", "明年"}) || foreign_scope(s.prefix)) continue;
      std::string rest = remove_all(s.object, {"至",   "到",   "下一年度", "下年度",   "下一年",
                                               "下年", "次年", "明年",     "继续办理", "继续",
                                               "办理", "答复", "处理",     "的",       "政府信息公开申请",
                                               "申请", "共计", "共",       "件数",     "数量"});
      if (!rest.empty()) continue;
      quote_begin = q.lead_at[s.pos];
    } else {
      // "另有 103 件顺延到下年度答复": the number comes first.
      std::string lead =
          remove_all(q.lead, {"另有", "尚有", "还有", "仍有", "有", "共", "共计", "剩余", "余下"});
      if (!lead.empty()) continue;
      if (!(q.tail.rfind("结转", 0) == 0 || q.tail.rfind("顺延", 0) == 0 || q.tail.rfind("转入", 0) == 0))
        continue;
      std::string head = q.tail.substr(0, std::min<std::size_t>(q.tail.size(), 30));
      if (!has_any(head, {"下年", "下一年", "次年", "明年"})) continue;
      quote_begin = q.lead.empty() ? q.num.begin : q.lead_at.front();
      std::size_t end_in_tail = std::min<std::size_t>(q.tail.size(), 30);
      quote_end = end_in_tail ? q.tail_at[end_in_tail - 1] + 1 : q.num.unit_end;
      if (q.sub_count) continue;
    }
    compare_statement(report, scan, q, quote_begin, NB_RULE("text-carry-out"),
                      cell_operand(values, "t3.carry_out.total"), out, {}, quote_end);
  }
}

void check_norm_issued(const TableValues& values, const ProseScan& scan, Findings& out) {
  const Report& report = values.report();
  // Table 二 of the 2019 format counts 规范性文件 differently (本年新制作 / 新公开); only 2021 has 制发.
  if (report.template_id == "2019" || report.template_id == "pre2019") return;
  for (const auto& q : scan.quantities) {
    if (q.num.approximate || q.num.ordinal || q.num.percent || q.num.unit != "件") continue;
    LeadSplit s = split_at_last(q.lead, {"制发", "出台", "印发", "制定"});
    if (!s.found || foreign_scope(s.prefix) || names_other_year(q.before, report.year)) continue;
    if (!has_any(s.object, {"规范性文件"}) ||
        has_any(s.object, {"废止", "清理", "修订", "修改", "备案", "审查", "审核", "解读", "政策", "其中",
                           "部门", "各"}))
      continue;
    std::string rest =
        remove_all(s.object, {"行政规范性文件", "规范性文件", "的", "共计", "共", "各类", "了", "区政府",
                              "县政府", "市政府", "镇政府", "乡政府", "政府", "本机关", "我局", "本级"});
    if (!rest.empty()) continue;
    compare_statement(report, scan, q, q.lead_at[s.pos], NB_RULE("text-norm-issued"),
                      cell_operand(values, "t2.norm.issued"), out);
  }
}

}  // namespace nianbao::rules
