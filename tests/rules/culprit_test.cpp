// Fix inference on bare relations: a fix only when one cell explains every failure of a group.
#include "core/rules/culprit.hpp"

#include <gtest/gtest.h>

using namespace nianbao;
using nianbao::rules::infer_fixes;
using nianbao::rules::LinearRelation;

namespace {
Decimal d(long long v) { return Decimal::from_int(v); }
}  // namespace

TEST(Culprit, OneCellInBothFailingRelationsIsTheFix) {
  // a = b + c and d = a + e, with a written 9 instead of 5.
  std::vector<LinearRelation> rel = {{{{"a", 1}, {"b", -1}, {"c", -1}}}, {{{"d", 1}, {"a", -1}, {"e", -1}}}};
  std::map<std::string, Decimal> v = {{"a", d(9)}, {"b", d(2)}, {"c", d(3)}, {"d", d(6)}, {"e", d(1)}};
  auto fixes = infer_fixes(rel, v);
  ASSERT_TRUE(fixes[0] && fixes[1]);
  EXPECT_EQ(fixes[0]->cell, "a");
  EXPECT_EQ(fixes[0]->value, d(5));
}

TEST(Culprit, ALoneFailureGetsNoFix) {
  std::vector<LinearRelation> rel = {{{{"a", 1}, {"b", -1}}}};
  auto fixes = infer_fixes(rel, {{"a", d(2)}, {"b", d(3)}});
  EXPECT_FALSE(fixes[0]);
}

TEST(Culprit, NoFixWhenTheValuesDisagree) {
  // a is in both failing relations, but one wants 5 and the other 7.
  std::vector<LinearRelation> rel = {{{{"a", 1}, {"b", -1}}}, {{{"a", 1}, {"c", -1}}}};
  auto fixes = infer_fixes(rel, {{"a", d(1)}, {"b", d(5)}, {"c", d(7)}});
  EXPECT_FALSE(fixes[0]);
  EXPECT_FALSE(fixes[1]);
}

TEST(Culprit, NoFixWhenTheValueWouldBreakARelationThatHeld) {
  // a is in both failing relations and in a third that holds: changing a would break it.
  std::vector<LinearRelation> rel = {
      {{{"a", 1}, {"b", -1}}}, {{{"a", 1}, {"c", -1}}}, {{{"a", 1}, {"z", -1}}}};
  auto fixes = infer_fixes(rel, {{"a", d(1)}, {"b", d(5)}, {"c", d(5)}, {"z", d(1)}});
  EXPECT_FALSE(fixes[0]);
}

TEST(Culprit, NegativeValuesAreNoFix) {
  std::vector<LinearRelation> rel = {{{{"a", 1}, {"b", -1}}}, {{{"a", 1}, {"c", -1}}}};
  auto fixes = infer_fixes(rel, {{"a", d(1)}, {"b", d(-2)}, {"c", d(-2)}});
  EXPECT_FALSE(fixes[0]);
}

TEST(Culprit, ExactDecimals) {
  std::vector<LinearRelation> rel = {{{{"a", 1}, {"b", -1}, {"c", -1}}}, {{{"a", 1}, {"e", -1}}}};
  std::map<std::string, Decimal> v = {{"a", *Decimal::parse("0.3")},
                                      {"b", *Decimal::parse("0.1")},
                                      {"c", *Decimal::parse("0.1")},
                                      {"e", *Decimal::parse("0.2")}};
  auto fixes = infer_fixes(rel, v);
  ASSERT_TRUE(fixes[0]);
  EXPECT_EQ(fixes[0]->value.str(), "0.2");
}
