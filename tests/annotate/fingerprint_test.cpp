// Fingerprints name a finding across re-checks and edits elsewhere; they change when the finding's own
// value changes; identical findings are told apart; native and WebAssembly compute the same (pure integers).
#include <gtest/gtest.h>

#include <set>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

std::string example() { return testing::read_file(testing::source_dir() + "/web/example-report.txt"); }

const Diagnostic* on_cell(const Result& r, const std::string& cell) {
  for (const auto& d : r.diagnostics)
    if (d.cell == cell) return &d;
  return nullptr;
}

TEST(Fingerprint, EveryFindingHasOneAndTheyDiffer) {
  Result r = check(example());
  ASSERT_FALSE(r.diagnostics.empty());
  std::set<std::string> seen;
  for (const auto& d : r.diagnostics) {
    EXPECT_EQ(d.fingerprint.size(), 16u) << d.rule;
    EXPECT_TRUE(seen.insert(d.fingerprint).second) << "duplicate fingerprint for " << d.rule;
  }
}

TEST(Fingerprint, SurvivesRecheckAndEditsElsewhere) {
  std::string text = example();
  Result a = check(text);
  const Diagnostic* t4 = on_cell(a, "t4.rv.total");
  ASSERT_NE(t4, nullptr);
  // An edit elsewhere: a sentence added at the top shifts every offset; the t3.r1 row is fixed (7 -> 6).
  std::string edited = "（本报告为测试稿）\n" + text;
  Result b = check(edited);
  const Diagnostic* t4b = on_cell(b, "t4.rv.total");
  ASSERT_NE(t4b, nullptr);
  EXPECT_EQ(t4->fingerprint, t4b->fingerprint);
  EXPECT_EQ(check(text).diagnostics.front().fingerprint, a.diagnostics.front().fingerprint);
}

TEST(Fingerprint, ChangesWhenTheFindingsOwnValueChanges) {
  std::string text = example();
  Result a = check(text);
  const Diagnostic* t4 = on_cell(a, "t4.rv.total");
  ASSERT_NE(t4, nullptr);
  ASSERT_TRUE(t4->at.has_value());
  std::string edited = text.substr(0, t4->at->begin) + "9" + text.substr(t4->at->end);
  Result b = check(edited);
  const Diagnostic* t4b = on_cell(b, "t4.rv.total");
  ASSERT_NE(t4b, nullptr);
  EXPECT_NE(t4->fingerprint, t4b->fingerprint);
}

}  // namespace
}  // namespace nianbao
