// docs/rules/ is generated from the rule table; this fails when someone changes the table and
// forgets to run tools/gen-rule-docs, so the documentation never drifts from the code.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "core/render/render.hpp"
#include "tests/support/test_support.hpp"

TEST(RuleDocs, DocsRulesMatchTheRuleTable) {
  if (std::system("python3 --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not available";
  std::string json_path = ::testing::TempDir() + "nianbao-rules.json";
  {
    std::ofstream out(json_path);
    out << nianbao::rules_json().dump(2);
  }
  std::string src = nianbao::testing::source_dir();
  std::string cmd =
      "python3 '" + src + "/tools/gen-rule-docs' --check --json '" + json_path + "' '" + src + "/docs/rules'";
  int status = std::system(cmd.c_str());
  std::remove(json_path.c_str());
  EXPECT_EQ(status, 0) << "docs/rules/ is out of date: run tools/gen-rule-docs --cli build/nianbao";
}
