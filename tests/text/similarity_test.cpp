#include <gtest/gtest.h>

#include <string>

#include "core/text/normalize.hpp"

using nianbao::text::similarity;

// Misspelt labels are matched by this ratio (2 x common subsequence / total length, by code point);
// short texts are compared on the stack and long ones in vectors, with the same answers.
TEST(Similarity, RatioOfTheLongestCommonSubsequence) {
  EXPECT_DOUBLE_EQ(similarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(similarity("其他", ""), 0.0);
  EXPECT_DOUBLE_EQ(similarity("abc", "abd"), 2.0 * 2 / 6);
  EXPECT_DOUBLE_EQ(similarity("其他法律行政法规禁止公开", "其他法律行政止公开"), 2.0 * 9 / 21);
  std::string long_a, long_b;  // 30 characters each, 90 bytes: past the stack arrays
  for (int i = 0; i < 30; ++i) {
    long_a += "公";
    long_b += i % 3 == 0 ? "开" : "公";
  }
  EXPECT_DOUBLE_EQ(similarity(long_a, long_b), 2.0 * 20 / 60);
  EXPECT_DOUBLE_EQ(similarity(long_a, "公开"), 2.0 * 1 / 32);
}
