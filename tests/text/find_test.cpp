#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text/normalize.hpp"

// text::find is s.find(part, from), for every part, every place and every start.
TEST(Find, SameAsStdFindInChineseText) {
  const std::string s = "受理申请3件，复议申请1件；申请申请a申\xE7\x94";  // ends inside a character
  std::vector<std::string> parts = {"", "申", "申请", "请申", "复议申请", "xyz", s, s + "x", "\xE7\x94\xB3"};
  for (std::size_t n = 0; n <= s.size(); ++n)
    for (std::size_t b = 0; b + n <= s.size(); ++b) parts.push_back(s.substr(b, n));
  for (const auto& part : parts)
    for (std::size_t from = 0; from <= s.size() + 1; ++from)
      EXPECT_EQ(nianbao::text::find(s, part, from), s.find(part, from)) << part << " from " << from;
  EXPECT_EQ(nianbao::text::find("", "申"), std::string::npos);
  EXPECT_TRUE(nianbao::text::contains(s, "复议申请"));
  EXPECT_FALSE(nianbao::text::contains(s, "诉讼"));
}

// Bytes of a few lead and continuation values, so anchors match often without the whole word matching.
TEST(Find, SameAsStdFindOnRandomBytes) {
  std::mt19937 rng(20261202);
  const char alphabet[] = {'\xE4', '\xE7', '\x94', '\xB3', '\x80', 'a', '1'};
  auto random_text = [&](std::size_t n) {
    std::string t;
    for (std::size_t i = 0; i < n; ++i) t.push_back(alphabet[rng() % sizeof alphabet]);
    return t;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string s = random_text(rng() % 40), part = random_text(rng() % 6);
    if (!part.empty()) part[0] = '\xE7';  // a three-byte lead: the anchored search
    std::size_t from = rng() % (s.size() + 2);
    ASSERT_EQ(nianbao::text::find(s, part, from), s.find(part, from)) << round;
  }
}
