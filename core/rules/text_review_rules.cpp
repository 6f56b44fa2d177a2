// text-review-litigation: what the prose says about 行政复议 and 行政诉讼 against table 四 —
// counts ("行政复议 351 件，其中结果维持 72 件…"), "none" (未发生…行政复议、行政诉讼) while the table has
// cases, and "all upheld" (均获维持, 零败诉) while the table has corrected or pending cases.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "core/rules/describe.hpp"
#include "core/rules/text_checks.hpp"
#include "core/rules/text_support.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::rules {

namespace {

constexpr RuleRef kRule = NB_RULE("text-review-litigation");

bool case_count(const text::ProseNumber& n) {
  return !n.approximate && !n.ordinal && !n.percent &&
         (n.unit == "件" || n.unit == "宗" || n.unit == "起" || n.unit == "个");
}

// Groups of table 四 a statement is about: rv (复议), ld (直接起诉), lr (复议后起诉).
using Groups = std::vector<std::string>;

Operand group_operand(const TableValues& values, const Groups& groups, const std::string& col) {
  if (groups.size() == 1) return cell_operand(values, cell_key("t4", groups[0], col));
  std::vector<Operand> parts;
  std::string zh, en;
  for (const auto& g : groups) {
    parts.push_back(cell_operand(values, cell_key("t4", g, col)));
    zh += (zh.empty() ? "" : "与") + parts.back().name_zh;
    en += (en.empty() ? "" : " plus ") + parts.back().name_en;
  }
  Operand op = add_operands(parts, zh + (groups.size() > 1 ? "之和" : ""), en);
  op.cell = cell_key("t4", groups[0], col);
  return op;
}

// Which groups a keyword names.
Groups groups_of(std::string_view keyword) {
  if (keyword == "复议后起诉") return {"lr"};
  if (keyword == "直接起诉" || keyword == "未经复议直接起诉") return {"ld"};
  if (keyword == "行政复议" || keyword == "复议") return {"rv"};
  return {"ld", "lr"};  // 行政诉讼, 诉讼, 起诉
}

struct Owner {
  std::size_t piece, sentence_begin;
  Groups groups;
};

void check_counts(const TableValues& values, const ProseScan& scan, Findings& out) {
  const Report& report = values.report();
  std::vector<Owner> owners;  // totals stated, whose 其中 parts follow in the same sentence
  for (const auto& q : scan.quantities) {
    if (!case_count(q.num) || names_other_year(q.before, report.year)) continue;
    if (!q.sub_count) {
      LeadSplit s = split_at_last(
          q.lead, {"复议后起诉", "直接起诉", "未经复议直接起诉", "行政复议", "行政诉讼", "复议", "诉讼"});
      if (!s.found || foreign_scope(s.prefix)) continue;
      if (has_any(s.prefix, {"败诉", "胜诉", "纠错", "纠正", "维持", "降低", "出庭", "代理", "指导", "培训"}))
        continue;
      std::string rest =
          remove_all(s.object, {"案件", "申请", "的", "共计", "共", "类", "件数", "数量", "事项"});
      if (!rest.empty()) continue;
      Groups groups = groups_of(s.keyword);
      // "行政复议、行政诉讼案件共 3 件" is the sum of both.
      bool review = has_any(s.prefix, {"复议"}) && groups != Groups{"rv"};
      bool lawsuit = has_any(s.prefix, {"诉讼", "起诉"}) && groups == Groups{"rv"};
      if (review || lawsuit) groups = {"rv", "ld", "lr"};
      owners.push_back({q.piece, q.sentence_begin, groups});
      compare_statement(report, scan, q, q.lead_at[s.pos], kRule, group_operand(values, groups, "total"),
                        out);
      continue;
    }
    // A part after 其中: only right after a total of table 四 in the same sentence.
    const Owner* owner = nullptr;
    for (const auto& o : owners)
      if (o.piece == q.piece && o.sentence_begin == q.sentence_begin) owner = &o;
    if (!owner || owner->groups.size() == 3) continue;
    std::string what = remove_all(q.lead, {"其中", "结果为", "结果", "被", "的", "共"});
    std::string col;
    if (what == "维持")
      col = "keep";
    else if (what == "纠正")
      col = "fix";
    else if (what == "其他" || what == "其他结果")
      col = "other";
    else if (what == "尚未审结" || what == "未审结" || what == "正在审理" || what == "审理中")
      col = "pending";
    if (col.empty() || q.lead.empty()) continue;
    compare_statement(report, scan, q, q.lead_at.front(), kRule, group_operand(values, owner->groups, col),
                      out);
  }
}

// The cases table 四 holds for a group: its total, or the sum of its parts when that is larger (a total
// printed as 0 beside non-zero parts still means there were cases).
std::optional<Decimal> cases_of(const Report& report, const std::string& group,
                                std::vector<std::string>& cells) {
  std::optional<Decimal> total;
  Decimal parts;
  bool any = false;
  for (const char* col : {"total", "keep", "fix", "other", "pending"}) {
    std::string key = cell_key("t4", group, col);
    const CellValue* c = find_cell(report, key);
    if (!c || !c->arithmetic()) continue;
    any = true;
    if (std::string(col) == "total") {
      total = c->arithmetic();
      cells.push_back(key);
    } else {
      parts += *c->arithmetic();
    }
  }
  if (!any) return std::nullopt;
  if (total && *total >= parts) return total;
  return parts;
}

struct Clause {
  std::size_t piece, begin, end;  // bytes
  std::string_view text;          // compact: a stretch of the piece's compact text (ProseScan::compacted)
  const std::size_t* at;          // the piece's byte of each byte of text
};

// Clauses of every piece, split at ，。；！？ and line ends (not at 、, which lists things in one claim).
// Compacting is per character, so a clause's compact text is the stretch of its piece's compact text
// between the clause's bounds. Only clauses that name one of `words` are kept, and a piece whose compact
// text names none of them is not split at all (a clause's text is a stretch of it).
std::vector<Clause> clauses_of(const ProseScan& scan, bool sentences,
                               std::initializer_list<std::string_view> words) {
  std::vector<Clause> out;
  const std::vector<TextPiece>& pieces = *scan.pieces;
  for (std::size_t pi = 0; pi < pieces.size(); ++pi) {
    const std::string& t = pieces[pi].text;
    const text::Compacted& whole = scan.compacted[pi];
    if (!has_any(whole.text, words)) continue;
    auto index_of = [&whole](std::size_t byte) {  // first compact byte from `byte` of the piece on
      return static_cast<std::size_t>(std::lower_bound(whole.at.begin(), whole.at.end(), byte) -
                                      whole.at.begin());
    };
    std::size_t start = 0, i = 0;
    while (true) {
      bool at_end = i >= t.size();
      std::size_t at = i;
      char32_t c = at_end ? U'\n' : utf8::next(t, i);
      bool stop = c == U'。' || c == U'；' || c == U';' || c == U'！' || c == U'？' || c == U'\n';
      if (!sentences) stop = stop || c == U'，' || c == U',' || c == U'：' || c == U':';
      if (stop) {
        std::size_t b = index_of(start), e = index_of(at);
        std::string_view text = e > b ? std::string_view(whole.text).substr(b, e - b) : std::string_view();
        if (has_any(text, words)) out.push_back({pi, start, at, text, whole.at.data() + b});
        start = i;
      }
      if (at_end) break;
    }
  }
  return out;
}

std::size_t find_after(std::string_view s, std::string_view w, std::size_t from) {
  return from > s.size() ? std::string::npos : text::find(s, w, from);
}

void check_none(const TableValues& values, const ProseScan& scan, Findings& out) {
  const Report& report = values.report();
  // Every statement below names 复议 or 诉讼 after its negation: most clauses name neither.
  for (const auto& cl : clauses_of(scan, false, {"复议", "诉讼"})) {
    std::string_view s = cl.text;
    if (has_any(s, {"纠错", "败诉", "纠正", "撤销", "维持", "胜诉", "降低", "减少", "避免", "防止", "风险",
                    "率"}))
      continue;
    for (std::string_view neg :
         {"未发生", "没有发生", "未出现", "未产生", "未收到", "没有收到", "未有", "无"}) {
      std::size_t n = text::find(s, neg);
      if (n == std::string::npos) continue;
      std::size_t from = n + neg.size();
      std::size_t rv = find_after(s, "复议", from), lit = find_after(s, "诉讼", from);
      std::size_t first = std::min(rv, lit);
      if (first == std::string::npos || cp_count(s.substr(from, first - from)) > 20) continue;
      // 无 is a prefix of many words (无法, 无正当理由): only 无 + words about the cases may come before
      // them.
      if (neg == "无") {
        std::string between(s.substr(from, first - from));
        between = remove_all(between, {"政府信息公开", "因", "涉及", "相关", "引起的", "引发的", "申请", "的",
                                       "方面", "被", "提起", "发生", "产生", "行政", "任何"});
        if (!between.empty()) continue;
      }
      Groups groups;
      std::size_t r = find_after(s, "复议", from);
      bool review = r != std::string::npos && s.compare(r, 15, "复议后起诉") != 0;
      if (review) groups.push_back("rv");
      if (lit != std::string::npos || text::find(s, "起诉", from) != std::string::npos) {
        groups.push_back("ld");
        groups.push_back("lr");
      }
      Decimal cases;
      bool assessable = true;
      std::vector<std::string> cells;
      for (const auto& g : groups) {
        auto c = cases_of(report, g, cells);
        if (!c)
          assessable = false;
        else
          cases += *c;
      }
      if (!assessable || groups.empty()) {
        out.not_assessable(kRule);
        break;
      }
      out.checked(kRule);
      if (cases == Decimal()) break;
      std::size_t end = std::max(rv == std::string::npos ? 0 : rv, lit == std::string::npos ? 0 : lit) + 6;
      if (end > s.size()) end = s.size();
      const TextPiece& piece = (*scan.pieces)[cl.piece];
      std::size_t b = cl.at[n], e = cl.at[end - 1] + 1;
      std::string fragment = quote(piece, b, e);
      Diagnostic d;
      d.cell = cells.empty() ? "" : cells.front();
      d.cells = cells;
      d.at = piece.range(b, e);
      d.expected = decimal_json(cases);
      d.found = 0;
      bool lawsuits = groups.size() > 1 || !review;
      out.add(kRule, std::move(d), {{"quote", fragment}, {"cases", cases.str()}},
              review && lawsuits ? "none-both"
              : review           ? "none-review"
                                 : "none-lawsuit");
      break;
    }
  }
}

void check_all_upheld(const TableValues& values, const ProseScan& scan, Findings& out) {
  const Report& report = values.report();
  struct Claim {
    std::string_view words;
    bool pending_counts;  // 均维持 / 全部胜诉 also exclude undecided cases; 零败诉 only excludes losses
    bool lawsuits_only;  // 败诉 / 胜诉 are words of lawsuits
  };
  static const Claim kClaims[] = {
      {"均获维持", true, false},    {"均被维持", true, false},   {"均予以维持", true, false},
      {"均维持", true, false},      {"全部维持", true, false},   {"全部获得维持", true, false},
      {"全部胜诉", true, true},     {"均胜诉", true, true},      {"零败诉", false, true},
      {"无败诉", false, true},      {"未发生败诉", false, true}, {"没有败诉", false, true},
      {"均未被纠错", false, false}, {"未被纠错", false, false},  {"零纠错", false, false},
  };
  // Every claim names 维持, 胜诉, 败诉 or 纠错: most sentences name none of them.
  for (const auto& sen : clauses_of(scan, true, {"维持", "胜诉", "败诉", "纠错"})) {
    std::string_view s = sen.text;
    for (const auto& claim : kClaims) {
      std::size_t p = text::find(s, claim.words);
      if (p == std::string::npos) continue;
      std::string before(s.substr(0, p));
      Groups groups;
      bool review = text::contains(before, "复议");
      bool lawsuit = has_any(before, {"诉讼", "起诉"}) || claim.lawsuits_only;
      if (review && !claim.lawsuits_only) groups.push_back("rv");
      if (lawsuit) {
        groups.push_back("ld");
        groups.push_back("lr");
      }
      if (groups.empty()) break;
      // "已审结的 3 件均获维持" says nothing of the cases still pending.
      bool pending_counts = claim.pending_counts && !has_any(before, {"审结", "已结", "办结"});
      Decimal bad;
      bool assessable = true;
      std::vector<std::string> cells;
      std::string first_bad;
      for (const auto& g : groups) {
        for (const char* col : {"fix", "pending"}) {
          if (std::string(col) == "pending" && !pending_counts) continue;
          std::string key = cell_key("t4", g, col);
          const CellValue* c = find_cell(report, key);
          if (!c || !c->arithmetic()) {
            assessable = false;
            continue;
          }
          cells.push_back(key);
          if (*c->arithmetic() > Decimal()) {
            bad += *c->arithmetic();
            if (first_bad.empty()) first_bad = key;
          }
        }
      }
      if (!assessable) {
        out.not_assessable(kRule);
        break;
      }
      out.checked(kRule);
      if (bad == Decimal()) break;
      const TextPiece& piece = (*scan.pieces)[sen.piece];
      std::size_t b = sen.at[p], e = sen.at[p + claim.words.size() - 1] + 1;
      std::size_t qb = sen.at[before.rfind("，") == std::string::npos ? 0 : before.rfind("，") + 3];
      std::string fragment = quote(piece, qb, e);
      Diagnostic d;
      d.cell = first_bad;
      d.cells = cells;
      d.at = piece.range(b, e);
      d.expected = decimal_json(bad);
      d.found = 0;
      out.add(kRule, std::move(d), {{"quote", fragment}, {"cases", bad.str()}},
              pending_counts ? "upheld-pending" : "upheld");
      break;
    }
  }
}

}  // namespace

void check_review_litigation(const TableValues& values, const ProseScan& scan, Findings& out) {
  check_counts(values, scan, out);
  check_none(values, scan, out);
  check_all_upheld(values, scan, out);
}

}  // namespace nianbao::rules
