#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/normalize.hpp"

// text::last_of is s.rfind(part), for every part and place.
TEST(LastOf, SameAsRfind) {
  const std::string s = "受理申请3件，复议申请1件；申请申请a申";
  const std::vector<std::string> parts = {"",   "申",       "申请", "请",   "a", "a申",
                                          "件", "复议申请", "xyz",  "请申", s,   s + "x"};
  for (const auto& part : parts) EXPECT_EQ(nianbao::text::last_of(s, part), s.rfind(part)) << part;
  for (std::size_t n = 0; n <= s.size(); ++n)
    for (std::size_t b = 0; b + n <= s.size(); ++b) {
      const std::string part = s.substr(b, n);
      EXPECT_EQ(nianbao::text::last_of(s, part), s.rfind(part)) << part;
    }
  EXPECT_EQ(nianbao::text::last_of("", ""), std::string().rfind(""));
  EXPECT_EQ(nianbao::text::last_of("", "a"), std::string::npos);
}
