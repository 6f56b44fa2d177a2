// The text rules on the real reports of ../shared/corpus (skipped when it is absent): the narrative
// numbers index.json lists as hand-checked must not be reported, and 002's "受理…17件" must be.
#include <gtest/gtest.h>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace {

std::vector<nianbao::Diagnostic> text_findings(const std::string& file) {
  auto dir = nianbao::testing::corpus_dir();
  std::string input = nianbao::testing::read_file(*dir + "/" + file);
  nianbao::CheckOptions o;
  o.file_name = file;
  std::vector<nianbao::Diagnostic> out;
  for (const auto& d : nianbao::check(input, o).diagnostics)
    if (d.rule.rfind("text-", 0) == 0 && d.rule != "text-term") out.push_back(d);
  return out;
}

}  // namespace

TEST(TextCorpus, ReportsTheNarrativeCountOf002) {
  if (!nianbao::testing::corpus_dir()) GTEST_SKIP() << "corpus not present";
  auto d = text_findings("reports/002.txt");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].rule, "text-applications");
  EXPECT_EQ(d[0].expected, 95);
  EXPECT_EQ(d[0].found, 17);
}

TEST(TextCorpus, SilentWhereTheNarrativeAgrees) {
  if (!nianbao::testing::corpus_dir()) GTEST_SKIP() << "corpus not present";
  // 003: 受理3119, 答复3050, 顺延103, 复议351 = 72/64/178/37, 诉讼46; 007: 749 = new + carried over.
  for (const char* f : {"seed-fengquan-2023.txt", "reports/001.txt", "reports/003.txt", "reports/007.txt",
                        "reports/008.html"}) {
    auto d = text_findings(f);
    EXPECT_TRUE(d.empty()) << f << ": " << (d.empty() ? "" : d[0].rule + " " + d[0].message_zh);
  }
}
