// Bad input gets a clear diagnostic: never a crash, a hang or an empty answer.
#include <gtest/gtest.h>

#include <string>

#include "core/check.hpp"

namespace {

std::vector<std::string> rules_of(const nianbao::Result& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(d.rule);
  return out;
}

TEST(BadInput, EmptyAndWhitespaceAreUnreadable) {
  for (std::string s : {"", "   \n\t  ", "\xE3\x80\x80\n"}) {
    auto r = nianbao::check(s);
    ASSERT_EQ(rules_of(r), std::vector<std::string>{"input-unreadable"}) << s;
    EXPECT_FALSE(r.diagnostics[0].message_zh.empty());
    EXPECT_FALSE(r.diagnostics[0].message_en.empty());
  }
}

TEST(BadInput, BinaryIsUnreadable) {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin += static_cast<char>((i * 37) & 0xFF);
  EXPECT_EQ(rules_of(nianbao::check(bin)), std::vector<std::string>{"input-unreadable"});
  std::string zip = std::string("PK\x03\x04", 4) + std::string(100, '\0');
  EXPECT_EQ(rules_of(nianbao::check(zip)), std::vector<std::string>{"input-unreadable"});
}

TEST(BadInput, InvalidUtf8IsUnreadable) {
  std::string gbk = "\xC4\xEA\xB6\xC8\xB1\xA8\xB8\xE6 \xB1\xED\xC8\xFD";  // GBK bytes given as if UTF-8
  EXPECT_EQ(rules_of(nianbao::check(gbk)), std::vector<std::string>{"input-unreadable"});
}

TEST(BadInput, TooLargeIsRefusedWithTheLimitNamed) {
  std::string big(nianbao::kMaxInputBytes + 1, 'a');
  auto r = nianbao::check(big);
  ASSERT_EQ(rules_of(r), std::vector<std::string>{"input-too-large"});
  EXPECT_NE(r.diagnostics[0].message_zh.find("16 MiB"), std::string::npos);
}

TEST(BadInput, TextThatIsNoReportSaysSo) {
  auto r = nianbao::check("今天天气很好。\n我们去公园散步。\n");
  EXPECT_EQ(rules_of(r), std::vector<std::string>{"input-unreadable"});
}

TEST(BadInput, UnbalancedHtmlDoesNotCrash) {
  std::string html = "<html><body><table><tr><td rowspan=99999>一、总体情况<td><table><tr><td>";
  for (int i = 0; i < 20000; ++i) html += "<div><span>";
  html += "<!-- never closed <script>alert(1)";
  auto r = nianbao::check(html, {});
  EXPECT_FALSE(r.diagnostics.empty());
}

TEST(BadInput, LargeTextWithinTheLimitIsRead) {
  // 4 MB of prose lines: read in bounded time, answered (not a report).
  std::string line = "本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作。\n";
  std::string big;
  while (big.size() < 4u * 1024u * 1024u) big += line;
  auto r = nianbao::check(big);
  EXPECT_FALSE(r.diagnostics.empty());
}

}  // namespace
