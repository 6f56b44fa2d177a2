// Arithmetic (勾稽关系) of tables 三 and 四, FORMAT §2.5 A1–A6: every relation is evaluated with exact
// decimals, blanks and placeholders as 0. A relation with a Text or Missing operand is not assessable
// (counted, never an error). Failing relations get a fix only under the rule of culprit.hpp.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/rules/culprit.hpp"
#include "core/rules/describe.hpp"
#include "core/rules/relation_values.hpp"
#include "core/rules/run.hpp"
#include "core/rules/table2_rules.hpp"

namespace nianbao {

namespace {

using rules::cell_key;

const std::vector<std::string> kApplicants = {"np", "biz", "research", "ngo", "legal", "other"};
const std::vector<std::string> kT3Cols = {"np", "biz", "research", "ngo", "legal", "other", "total"};
const std::vector<std::string> kT4Groups = {"rv", "ld", "lr"};
const std::vector<std::string> kT4Parts = {"keep", "fix", "other", "pending"};

// One relation to evaluate: Σ terms = 0, the cell its message is about, and how to word a failure.
struct Check {
  std::string rule;
  rules::LinearRelation relation;
  std::string subject;  // the cell whose expected value the message states
  // Writes message_zh/en given the subject's expected and found values.
  std::function<void(Diagnostic&, Decimal expected, Decimal found)> word;
};

std::vector<std::string> result_rows(const Report& report) { return rules::t3_result_rows(report); }

// Rows of table 三 whose 总计 = sum of the applicant columns (A3): template rows and extra rows.
std::vector<std::string> data_rows(const Report& report) {
  std::vector<std::string> rows = {"new", "carry_in"};
  for (const auto& r : result_rows(report)) rows.push_back(r);
  rows.push_back("r7");
  rows.push_back("carry_out");
  std::set<std::string> seen(rows.begin(), rows.end());
  for (const auto& r : report.t3.rows)
    if (!seen.count(r.key) && !r.cells.empty()) rows.push_back(r.key);
  return rows;
}

class Arithmetic {
 public:
  Arithmetic(const Report& report, Findings& out) : report_(report), out_(out) {}

  void run() {
    find_blank_totals();
    add_t3_checks();
    add_t4_checks();
    evaluate();
    report_blank_totals();
  }

 private:
  // FORMAT V5: a blank part is 0, a blank 总计 stands for the sum of its parts (relation_values.hpp).
  std::optional<Decimal> value(const std::string& key) const { return rules::relation_value(report_, key); }
  Decimal v(const std::string& key) const { return value(key).value_or(Decimal()); }
  std::string sum_text(const std::vector<std::string>& keys) const {
    Decimal s;
    for (const auto& k : keys) s += v(k);
    return rules::num(s);
  }

  // 总计 cells left blank while what they total is not zero (FORMAT V5, D12): reported, each with the
  // sum of its parts as the certain fix; every other relation takes that sum in its place.
  void find_blank_totals() {
    if (!report_.t3.present) return;
    for (const auto& row : data_rows(report_))
      if (report_.t3.row(row)) out_.checked();
    if (report_.t3.row("r7"))
      for (std::size_t i = 0; i < kApplicants.size(); ++i) out_.checked();
    blank_totals_ = rules::t3_blank_totals(report_);
  }

  void report_blank_totals() {
    for (const auto& b : blank_totals_) {
      Diagnostic d;
      d.rule = "t3-total-blank";
      d.cell = b.cell;
      d.cells = {b.cell};
      d.at = rules::cell_range(report_, d.cell);
      d.expected = decimal_json(b.parts_sum);
      d.fix = Fix{b.cell, b.parts_sum};
      d.message_zh = rules::cell_zh(report_, b.cell) + "为空，而其组成数字之和为 " + rules::num(b.parts_sum) +
                     "：请填写总计 " + rules::num(b.parts_sum) + "（其他勾稽关系按此和核对）";
      d.message_en = rules::cell_en(report_, b.cell) + " is blank although its parts sum to " +
                     rules::num(b.parts_sum) + ": fill in " + rules::num(b.parts_sum) +
                     " (the other relations are checked with that sum)";
      out_.add(std::move(d));
    }
  }

  void add_t3_checks() {
    const std::vector<std::string> results = result_rows(report_);
    // A1, the printed rule of table 三, per column.
    for (const auto& c : kT3Cols) {
      Check k;
      k.rule = "t3-balance";
      std::string n = cell_key("t3", "new", c), ci = cell_key("t3", "carry_in", c),
                  r7 = cell_key("t3", "r7", c), co = cell_key("t3", "carry_out", c);
      k.relation.terms = {{n, 1}, {ci, 1}, {r7, -1}, {co, -1}};
      k.subject = co;
      // The two sides of the printed rule are what the clerk compares: expected is the first two
      // items' sum, found the last two's (a value "expected" for one cell could even be negative).
      k.word = [this, c, n, ci, r7, co](Diagnostic& d, Decimal, Decimal) {
        Decimal lhs = v(n) + v(ci), rhs = v(r7) + v(co);
        d.expected = decimal_json(lhs);
        d.found = decimal_json(rhs);
        d.message_zh = "表三“" + rules::column_zh(report_, "t3", c) + "”列：第一项加第二项之和 " +
                       rules::num(lhs) + "（本年新收 " + rules::num(v(n)) + " + 上年结转 " +
                       rules::num(v(ci)) + "），不等于第三项加第四项之和 " + rules::num(rhs) +
                       "（办理结果总计 " + rules::num(v(r7)) + " + 结转下年度 " + rules::num(v(co)) + "）";
        d.message_en = "Table 3, column \"" + rules::column_en(report_, "t3", c) +
                       "\": new + carried in = " + rules::num(lhs) +
                       ", but results total + carried forward = " + rules::num(rhs) +
                       " (the rule printed in the table requires them equal)";
      };
      checks_.push_back(std::move(k));
    }
    // A2: （七）总计 = sum of the result rows, per column.
    for (const auto& c : kT3Cols) {
      Check k;
      k.rule = "t3-results-total";
      k.subject = cell_key("t3", "r7", c);
      k.relation.terms = {{k.subject, 1}};
      for (const auto& r : results) k.relation.terms.push_back({cell_key("t3", r, c), -1});
      std::string subject = k.subject;
      k.word = [this, subject](Diagnostic& d, Decimal expected, Decimal found) {
        d.message_zh = rules::cell_zh(report_, subject) + "：应为各项办理结果之和 " + rules::num(expected) +
                       "，实为 " + rules::num(found);
        d.message_en = rules::cell_en(report_, subject) + ": should be the sum of the results, " +
                       rules::num(expected) + ", found " + rules::num(found);
      };
      checks_.push_back(std::move(k));
    }
    // A3: 总计 = sum of the six applicant columns, per data row (extra rows included).
    for (const auto& r : data_rows(report_)) {
      Check k;
      k.rule = "t3-row-total";
      k.subject = cell_key("t3", r, "total");
      k.relation.terms = {{k.subject, 1}};
      for (const auto& c : kApplicants) k.relation.terms.push_back({cell_key("t3", r, c), -1});
      k.word = [this, r](Diagnostic& d, Decimal expected, Decimal found) {
        d.message_zh = rules::row_ref_zh(report_, "t3", r) + "：总计应为各类申请人之和 " +
                       rules::num(expected) + "，实为 " + rules::num(found);
        d.message_en = rules::row_ref_en(report_, "t3", r) +
                       ": the total should be the sum of the applicant columns, " + rules::num(expected) +
                       ", found " + rules::num(found);
      };
      checks_.push_back(std::move(k));
    }
  }

  // A4–A6: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (总计 includes the pending cases).
  void add_t4_checks() {
    for (const auto& g : kT4Groups) {
      Check k;
      k.rule = "t4-total";
      k.subject = cell_key("t4", g, "total");
      k.relation.terms = {{k.subject, 1}};
      for (const auto& p : kT4Parts) k.relation.terms.push_back({cell_key("t4", g, p), -1});
      k.word = [this, g](Diagnostic& d, Decimal expected, Decimal found) {
        d.message_zh = rules::row_ref_zh(report_, "t4", g) +
                       "：总计应为结果维持、结果纠正、其他结果、尚未审结之和 " + rules::num(expected) +
                       "，实为 " + rules::num(found);
        d.message_en =
            "Table 4, " + rules::row_en(report_, "t4", g) +
            ": the total should be upheld + corrected + other + pending = " + rules::num(expected) +
            ", found " + rules::num(found);
      };
      checks_.push_back(std::move(k));
    }
  }

  // Not assessable: an operand that is text or missing.
  bool assessable(const Check& k) const {
    for (const auto& t : k.relation.terms)
      if (!value(t.first)) return false;
    return true;
  }

  void evaluate() {
    std::vector<const Check*> live;
    std::vector<rules::LinearRelation> relations;
    std::map<std::string, Decimal> values;
    for (const auto& k : checks_) {
      if (!assessable(k)) {
        out_.not_assessable();
        continue;
      }
      out_.checked();
      live.push_back(&k);
      relations.push_back(k.relation);
      for (const auto& t : k.relation.terms) values[t.first] = v(t.first);
    }
    std::vector<std::optional<Fix>> fixes = rules::infer_fixes(relations, values);
    for (std::size_t i = 0; i < live.size(); ++i) {
      Decimal residual = relations[i].residual(values);
      if (residual == Decimal()) continue;
      const Check& k = *live[i];
      Decimal found = values[k.subject];
      // Changing the subject by δ changes the residual by k·δ (k = ±1): it holds at found − k·residual.
      Decimal expected = k.relation.coefficient(k.subject) > 0 ? found - residual : found + residual;
      Diagnostic d;
      d.rule = k.rule;
      d.cell = k.subject;
      for (const auto& t : k.relation.terms) d.cells.push_back(t.first);
      d.at = rules::cell_range(report_, k.subject);
      d.expected = decimal_json(expected);
      d.found = decimal_json(found);
      k.word(d, expected, found);
      if (fixes[i]) {
        const Fix& f = *fixes[i];
        Decimal now = values[f.cell];
        d.message_zh += "；可能是此格填错：" + rules::cell_zh(report_, f.cell) + "应为 " +
                        rules::num(f.value) + "（现为 " + rules::num(now) + "），改后相关勾稽关系均成立";
        d.message_en += "; likely mistake: " + rules::cell_en(report_, f.cell) + " should be " +
                        rules::num(f.value) + " (now " + rules::num(now) +
                        "), which makes every failing relation hold";
        d.fix = f;
      }
      out_.add(std::move(d));
    }
  }

  const Report& report_;
  Findings& out_;
  std::vector<Check> checks_;
  std::vector<rules::BlankTotal> blank_totals_;
};

}  // namespace

void run_arithmetic_rules(const Report& report, Findings& out) {
  Arithmetic(report, out).run();
  run_table2_rules(report, out);
}

}  // namespace nianbao
