// The builder's balanced reports are the baseline of every mutation test: they must raise nothing.
#include <gtest/gtest.h>

#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

namespace {

std::string dump(const Findings& f) {
  std::string s;
  for (const auto& d : f.diagnostics()) s += d.rule + ": " + d.message_zh + "\n";
  return s;
}

}  // namespace

TEST(BalancedReport, Format2021RaisesNothingAndChecksEverything) {
  Findings f = run_families(balanced_2021());
  EXPECT_TRUE(f.diagnostics().empty()) << dump(f);
  EXPECT_EQ(f.not_assessable_count(), 0);
  // 7 (A1) + 7 (A2) + 25 (A3) + 3 (t4) arithmetic relations at least.
  EXPECT_GE(f.checks_run(), 42);
}

TEST(BalancedReport, Format2019RaisesNothing) {
  Findings f = run_families(balanced_2019());
  EXPECT_TRUE(f.diagnostics().empty()) << dump(f);
  EXPECT_EQ(f.not_assessable_count(), 0);
}
