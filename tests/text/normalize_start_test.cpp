#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text/normalize.hpp"

// normalize_label_start(s, k) is the start of normalize_label(s): k bytes of it at least, or all of it.
TEST(NormalizeLabelStart, IsTheStartOfTheWholeForm) {
  const std::vector<std::string> pieces = {
      "一", "、", "（", "）", " ",  "\xE3\x80\x80", "“",        "”",    "#",  "*",
      "１", "ａ", "．", ".",  "是", "\xff",         "\xe4\xb8", "政府", "\t", "："};
  std::mt19937 rng(1202);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 16);
    for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    const std::string whole = nianbao::text::normalize_label(s);
    for (std::size_t bytes = 0; bytes <= 24; ++bytes) {
      const std::string start = nianbao::text::normalize_label_start(s, bytes);
      ASSERT_EQ(whole.compare(0, start.size(), start), 0) << s << " " << bytes;
      ASSERT_TRUE(start.size() >= bytes || start == whole) << s << " " << bytes;
    }
  }
}

// Spaces collapse to one between words and go at both ends; full-width digits and signs fold, the rest stays.
TEST(CollapseSpaceAndFoldWidth, AsDocumented) {
  EXPECT_EQ(nianbao::text::collapse_space("  政府\xE3\x80\x80\xE3\x80\x80信息 \t公开  "), "政府 信息 公开");
  EXPECT_EQ(nianbao::text::collapse_space(""), "");
  EXPECT_EQ(nianbao::text::collapse_space(" \xE3\x80\x80 "), "");
  EXPECT_EQ(nianbao::text::collapse_space("a"), "a");
  EXPECT_EQ(nianbao::text::fold_width("１２３．５件"), "123.5件");
  EXPECT_EQ(nianbao::text::fold_width("－１，０００"), "-1,000");
  EXPECT_EQ(nianbao::text::fold_width("＋7"), "+7");
  EXPECT_EQ(nianbao::text::fold_width("无"), "无");
  EXPECT_EQ(nianbao::text::fold_width(""), "");
}
