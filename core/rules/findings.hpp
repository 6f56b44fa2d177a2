#pragma once
// What rules write into: diagnostics plus the counts of the summary (checks run, not assessable), kept
// per rule so that a new rule changes only its own counts (golden files compare them rule by rule).
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostic.hpp"
#include "core/rules/catalogue.hpp"

namespace nianbao {

class Findings {
 public:
  Findings() : checks_(rule_count(), 0), not_assessable_(rule_count(), 0) {}

  // Adds a finding of `rule`: id and severity from its catalogue row, the message formatted from the
  // row's template `message` with `slots`.
  // `d` is taken by rvalue reference, not by value: a caller may read d's fields in the slot arguments
  // of the same call (argument order is unspecified; by value, clang would move d out first).
  void add(RuleRef rule, Diagnostic&& d, const Slots& slots, std::string_view message = "message");
  // Same, with a message the rule assembled from its own templates (a list of reasons, say).
  void add_message(RuleRef rule, Diagnostic&& d, Message message);
  // A finding whose id is text (code not yet moved to the catalogue's typed ids); severity from the row.
  void add(Diagnostic d, bool keep_severity = false);

  void checked(RuleRef rule, int n = 1) { count(checks_, rule, n); }
  void not_assessable(RuleRef rule, int n = 1) { count(not_assessable_, rule, n); }

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  int checks_run() const { return sum(checks_); }
  int not_assessable_count() const { return sum(not_assessable_); }
  // Per rule, by catalogue position.
  const std::vector<int>& checks_by_rule() const { return checks_; }
  const std::vector<int>& not_assessable_by_rule() const { return not_assessable_; }

 private:
  static void count(std::vector<int>& v, RuleRef rule, int n) {
    if (rule.index < v.size()) v[rule.index] += n;
  }
  static int sum(const std::vector<int>& v) {
    int s = 0;
    for (int x : v) s += x;
    return s;
  }
  std::vector<Diagnostic> diagnostics_;
  std::vector<int> checks_, not_assessable_;
};

}  // namespace nianbao
