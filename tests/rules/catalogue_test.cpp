// The rule table against RULES.md: every id registered once, with the spec's severity and scope,
// and documented well enough to generate its page.
#include "core/rules/catalogue.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "tests/support/test_support.hpp"

using namespace nianbao;

namespace {

struct SpecRule {
  std::string id, severity, applies;
};

std::vector<SpecRule> spec_rules() {
  std::ifstream in(nianbao::testing::source_dir() + "/../shared/spec/RULES.md");
  std::vector<SpecRule> out;
  std::string line;
  std::regex row(R"(^\| `([a-z0-9-]+)` \| (error|warning|info) \| (all|2021|2019) \|)");
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, row)) out.push_back({m[1], m[2], m[3]});
  }
  return out;
}

}  // namespace

TEST(RuleCatalogue, EveryRuleOfTheSpecIsRegisteredWithItsSeverityAndScope) {
  std::vector<SpecRule> spec = spec_rules();
  if (spec.empty()) GTEST_SKIP() << "RULES.md not found beside the project";
  EXPECT_GE(spec.size(), 50u);
  for (const auto& s : spec) {
    const RuleInfo* r = find_rule(s.id);
    ASSERT_NE(r, nullptr) << s.id;
    EXPECT_STREQ(severity_name(r->severity), s.severity.c_str()) << s.id;
    EXPECT_EQ(r->applies, s.applies) << s.id;
  }
}

TEST(RuleCatalogue, IdsAreUnique) {
  std::set<std::string> seen;
  for (const auto& r : rule_catalogue()) EXPECT_TRUE(seen.insert(r.id).second) << r.id;
}

TEST(RuleCatalogue, ImplementedRulesOfTheseFamiliesAreFullyDocumented) {
  const std::set<std::string> families = {"document", "structure", "cells", "arithmetic"};
  int n = 0;
  for (const auto& r : rule_catalogue()) {
    if (!families.count(r.family) || r.id.rfind("input-", 0) == 0) continue;
    ++n;
    EXPECT_FALSE(r.title_zh.empty() || r.title_en.empty()) << r.id;
    EXPECT_FALSE(r.description_zh.empty() || r.description_en.empty()) << r.id;
    EXPECT_FALSE(r.example_fail.empty() || r.example_pass.empty()) << r.id;
    EXPECT_FALSE(r.fix_zh.empty() || r.fix_en.empty()) << r.id;
    EXPECT_TRUE(r.implemented) << r.id;
  }
  EXPECT_EQ(n, 33);
}

TEST(RuleCatalogue, ReservedIdsAreListedButNotImplemented) {
  for (const char* id : {"doc-foreign-place"}) {
    const RuleInfo* r = find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_FALSE(r->implemented) << id;
  }
}

TEST(RuleCatalogue, CrossYearAndPublicationRulesAreImplementedAndDocumented) {
  for (const char* id : {"prev-carry-over", "prev-valid-roll", "prev-duplicate-text", "prev-identical-tables",
                         "publish-late"}) {
    const RuleInfo* r = find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_TRUE(r->implemented) << id;
    EXPECT_FALSE(r->example_fail.empty() || r->example_pass.empty() || r->fix_zh.empty()) << id;
  }
}

TEST(RuleCatalogue, Table3BalanceCarriesThePrintedRule) {
  const RuleInfo* r = find_rule("t3-balance");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->formula, "t3.new.c + t3.carry_in.c = t3.r7.c + t3.carry_out.c");
  EXPECT_EQ(r->official, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
}
