// Results handed in by callers (render()/format() of a result object the caller built or edited):
// any JSON is read without undefined behaviour, lone surrogates are repaired, and what is no JSON
// fails with the one documented error.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/render/json_read.hpp"
#include "core/render/render.hpp"
#include "tests/support/json_bridge.hpp"

namespace nianbao {
namespace {

nlohmann::json with_line(const nlohmann::json& line) {
  return {{"file", "a.txt"},
          {"diagnostics",
           {{{"rule", "t3-row-total"},
             {"severity", "error"},
             {"message", "m"},
             {"at", {{"line", line}, {"column", 2}}}}}}};
}

TEST(ForeignResult, NumbersAreReadOnlyWhenAWholeLongLongHoldsThem) {
  json::Value j = testing::to_value({{"a", 1e308},
                                     {"b", -1e308},
                                     {"c", 2.5},
                                     {"d", 7.0},
                                     {"e", 18446744073709551615ULL},
                                     {"f", -5},
                                     {"g", "x"}});
  EXPECT_EQ(jr::num(j, "a", -1), -1);
  EXPECT_EQ(jr::num(j, "b", -1), -1);
  EXPECT_EQ(jr::num(j, "c", -1), -1);
  EXPECT_EQ(jr::num(j, "d", -1), 7);
  EXPECT_EQ(jr::num(j, "e", -1), -1);
  EXPECT_EQ(jr::num(j, "f", -1), -5);
  EXPECT_EQ(jr::num(j, "g", -1), -1);
  // A 1e308 line renders as "no line" in every format.
  nlohmann::json results = nlohmann::json::array({with_line(1e308)});
  std::string csv = render_csv(results);
  // the 整改清单 of docs/csv.md: ...,规则,单元格,行,列,... with line and column empty
  EXPECT_NE(csv.find(",t3-row-total,,,,"), std::string::npos) << csv;
  EXPECT_NO_THROW(render_text(results, "zh"));
  EXPECT_NO_THROW(render_sarif(results, "en"));
  EXPECT_NO_THROW(render_html(with_line(1e308), "zh", true));
}

// parse_foreign returns errors as values (the WebAssembly build has no exceptions).
json::Value foreign(const std::string& text) {
  std::string error;
  json::Value j = jr::parse_foreign(text, error);
  EXPECT_TRUE(error.empty()) << error;
  return j;
}

TEST(ForeignResult, LoneSurrogatesAndInvalidUtf8BecomeReplacementCharacters) {
  // What JSON.stringify writes for {"file": "a\uD800b", "x": "\uDC00", "ok": "😀"}.
  json::Value j = foreign(R"({"file":"a\ud800b","x":"\udc00","ok":"\ud83d\ude00","t":"\ud800)"
                          R"(\u0041"})");
  EXPECT_EQ(j["file"],
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(j["x"], "\xEF\xBF\xBD");
  EXPECT_EQ(j["ok"], "\xF0\x9F\x98\x80");
  EXPECT_EQ(j["t"],
            "\xEF\xBF\xBD"
            "A");
  EXPECT_EQ(foreign("{\"a\":\"x\xff\xfey\"}")["a"], "x\xEF\xBF\xBD\xEF\xBF\xBDy");
  EXPECT_EQ(foreign("\"\\ud800\"").str(), "\xEF\xBF\xBD");
}

TEST(ForeignResult, WhatIsNoJsonOrNestsTooDeepIsTheDocumentedError) {
  for (const std::string& bad : std::vector<std::string>{"", "{", "nul", "{\"a\":1,}", "\"\\ud800",
                                                         std::string(100, '[') + std::string(100, ']')}) {
    std::string error;
    json::Value j = jr::parse_foreign(bad, error);
    EXPECT_TRUE(j.is_discarded()) << "accepted: " << bad;
    EXPECT_EQ(error.rfind("not a result: ", 0), 0u) << bad << ": " << error;
  }
  foreign(std::string(64, '[') + std::string(64, ']'));
}

}  // namespace
}  // namespace nianbao
