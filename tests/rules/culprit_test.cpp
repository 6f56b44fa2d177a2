// Fix inference on bare relations (cells by integer id): a fix only when one cell explains every
// failure of a group.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/rules/relation_engine.hpp"

using namespace nianbao;
using nianbao::rules::infer_fixes;
using nianbao::rules::Relation;
using LinearRelation = Relation;

namespace {
Decimal d(long long v) { return Decimal::from_int(v); }
// Values of cells a, b, c, d, e, z (ids 0…5); absent ones are 0.
std::vector<Decimal> values(std::map<std::string, Decimal> named) {
  std::vector<Decimal> v(6);
  const std::string names = "abcdez";
  for (const auto& [k, x] : named) v[names.find(k)] = x;
  return v;
}
}  // namespace

TEST(Culprit, OneCellInBothFailingRelationsIsTheFix) {
  // a = b + c and d = a + e, with a written 9 instead of 5.
  std::vector<LinearRelation> rel = {{{0, 1}, {1, -1}, {2, -1}}, {{3, 1}, {0, -1}, {4, -1}}};
  std::vector<Decimal> v = values({{"a", d(9)}, {"b", d(2)}, {"c", d(3)}, {"d", d(6)}, {"e", d(1)}});
  auto fixes = infer_fixes(rel, v);
  ASSERT_TRUE(fixes[0] && fixes[1]);
  EXPECT_EQ(fixes[0]->first, 0);
  EXPECT_EQ(fixes[0]->second, d(5));
}

TEST(Culprit, ALoneFailureGetsNoFix) {
  std::vector<LinearRelation> rel = {{{0, 1}, {1, -1}}};
  auto fixes = infer_fixes(rel, values({{"a", d(2)}, {"b", d(3)}}));
  EXPECT_FALSE(fixes[0]);
}

TEST(Culprit, NoFixWhenTheValuesDisagree) {
  // a is in both failing relations, but one wants 5 and the other 7.
  std::vector<LinearRelation> rel = {{{0, 1}, {1, -1}}, {{0, 1}, {2, -1}}};
  auto fixes = infer_fixes(rel, values({{"a", d(1)}, {"b", d(5)}, {"c", d(7)}}));
  EXPECT_FALSE(fixes[0]);
  EXPECT_FALSE(fixes[1]);
}

TEST(Culprit, NoFixWhenTheValueWouldBreakARelationThatHeld) {
  // a is in both failing relations and in a third that holds: changing a would break it.
  std::vector<LinearRelation> rel = {{{0, 1}, {1, -1}}, {{0, 1}, {2, -1}}, {{0, 1}, {5, -1}}};
  auto fixes = infer_fixes(rel, values({{"a", d(1)}, {"b", d(5)}, {"c", d(5)}, {"z", d(1)}}));
  EXPECT_FALSE(fixes[0]);
}

TEST(Culprit, NegativeValuesAreNoFix) {
  std::vector<LinearRelation> rel = {{{0, 1}, {1, -1}}, {{0, 1}, {2, -1}}};
  auto fixes = infer_fixes(rel, values({{"a", d(1)}, {"b", d(-2)}, {"c", d(-2)}}));
  EXPECT_FALSE(fixes[0]);
}

TEST(Culprit, ExactDecimals) {
  std::vector<LinearRelation> rel = {{{0, 1}, {1, -1}, {2, -1}}, {{0, 1}, {4, -1}}};
  std::vector<Decimal> v = values({{"a", *Decimal::parse("0.3")},
                                   {"b", *Decimal::parse("0.1")},
                                   {"c", *Decimal::parse("0.1")},
                                   {"e", *Decimal::parse("0.2")}});
  auto fixes = infer_fixes(rel, v);
  ASSERT_TRUE(fixes[0]);
  EXPECT_EQ(fixes[0]->second.str(), "0.2");
}
