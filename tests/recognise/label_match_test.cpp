#include "core/recognise/label_match.hpp"

#include <gtest/gtest.h>

namespace {

using nianbao::LabelSet;
using nianbao::MatchQuality;

LabelSet t3_sample() {
  LabelSet s;
  s.add("一、本年新收政府信息公开申请数量", {});
  s.add("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", {});
  s.add("2.其他法律行政法规禁止公开", {});
  s.add("3.其他", {});
  s.add("（七）总计", {});
  return s;
}

TEST(LabelMatch, BracketsSeparatorsAndSpacesDoNotMatter) {
  auto m = t3_sample().match("(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)");
  EXPECT_EQ(m.index, 1);
  EXPECT_EQ(m.quality, MatchQuality::Exact);
  EXPECT_TRUE(m.official);
}

TEST(LabelMatch, LabelWithoutNumberingOrWrappedIsRecognised) {
  LabelSet s = t3_sample();
  EXPECT_EQ(s.match("本年新收政府信息公开申请数量").index, 0);
  auto wrapped = s.match("（二）部分公开（区分处理的，只计这一情 形，不");
  EXPECT_EQ(wrapped.index, 1);
  EXPECT_EQ(wrapped.quality, MatchQuality::Prefix);
  EXPECT_TRUE(wrapped.official_wording);
}

TEST(LabelMatch, MisspeltLabelIsAFuzzyMatchNotOfficialWording) {
  auto m = t3_sample().match("2.其他法律行政止公开");
  EXPECT_EQ(m.index, 2);
  EXPECT_EQ(m.quality, MatchQuality::Fuzzy);
  EXPECT_FALSE(m.official_wording);
}

TEST(LabelMatch, ShortLabelsNeedTheirNumbering) {
  LabelSet s = t3_sample();
  // "总计" and "其他" are also column headers: without numbering they are not row labels.
  EXPECT_EQ(s.match("总计").index, -1);
  EXPECT_EQ(s.match("其他").index, -1);
  EXPECT_EQ(s.match("（七） 总计").index, 4);
  EXPECT_EQ(s.match("3、其他").index, 3);
}

}  // namespace
