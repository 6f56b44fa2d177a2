// Adding a rule touches at most three hand-edited files: tests/rules/demo_rule.patch adds a whole rule
// (catalogue row, check function, test) and must still apply to the tree as it is; the patched rule file
// must compile. Generated files (docs/rules/, golden files) are not part of it: they follow by tool.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <sstream>

#include "tests/support/test_support.hpp"

namespace {

std::set<std::string> touched_files(const std::string& patch) {
  std::set<std::string> files;
  std::istringstream in(patch);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("diff --git a/", 0) == 0) files.insert(line.substr(13, line.find(' ', 13) - 13));
  return files;
}

int run(const std::string& command) { return std::system(command.c_str()); }

}  // namespace

TEST(DemoRulePatch, AddingARuleNeedsAtMostThreeHandEditedFiles) {
  std::string src = nianbao::testing::source_dir();
  std::string patch = nianbao::testing::read_file(src + "/tests/rules/demo_rule.patch");
  ASSERT_FALSE(patch.empty());
  std::set<std::string> files = touched_files(patch);
  EXPECT_LE(files.size(), 3u);
  for (const auto& f : files) {
    EXPECT_NE(f.rfind("docs/", 0), 0u) << f << " is generated";
    EXPECT_NE(f.rfind("tests/golden/", 0), 0u) << f << " is generated";
  }
}

TEST(DemoRulePatch, AppliesToTheCurrentTreeAndItsRuleFileCompiles) {
  if (run("git --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "git not available";
  std::string src = nianbao::testing::source_dir();
  std::string tmp = ::testing::TempDir() + "nianbao-demo-rule";
  ASSERT_EQ(run("rm -rf '" + tmp + "' && mkdir -p '" + tmp + "' && cp -r '" + src + "/core' '" + src +
                "/tests' '" + tmp + "/'"),
            0);
  EXPECT_EQ(run("cd '" + tmp + "' && git apply '" + src + "/tests/rules/demo_rule.patch'"), 0)
      << "tests/rules/demo_rule.patch no longer applies: regenerate it from the current tree";
  // A syntax-only compile of the patched rule file: the new NB_RULE id resolves against the new row.
  std::string cxx = NIANBAO_CXX;
  EXPECT_EQ(run("'" + cxx + "' -std=c++17 -fsyntax-only -Wall -Wextra -Werror -I '" + tmp + "' '" + tmp +
                "/core/rules/structure_rules.cpp'"),
            0);
  run("rm -rf '" + tmp + "'");
}
