// json::Value and json::parse must read what nlohmann::json reads, refuse what it refuses and print what
// it prints: renderers moved to them from nlohmann, and results printed by either must not differ.
#include "core/json/value.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using testing::fixture_path;
using testing::read_file;

// Same verdict, and when both accept, the same compact and indented output.
void expect_as_nlohmann(const std::string& text) {
  nlohmann::json theirs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::string why;
  json::Value ours = json::parse(text, &why);
  ASSERT_EQ(ours.is_discarded(), theirs.is_discarded()) << "text: " << text << "\nour error: " << why;
  if (theirs.is_discarded()) {
    EXPECT_NE(why, "") << text;
    return;
  }
  EXPECT_EQ(ours.dump(), theirs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) << text;
  EXPECT_EQ(ours.dump(2), theirs.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << text;
}

TEST(JsonValue, ReadsAndRefusesWhatNlohmannDoes) {
  const char* cases[] = {
      "0",
      "-0",
      "1",
      "-1",
      "1.0",
      "1.50",
      "2.5e3",
      "1E2",
      "1e-7",
      "0.1",
      "123456789012345678",
      "18446744073709551615",
      "18446744073709551616",
      "-9223372036854775808",
      "-9223372036854775809",
      "1e400",
      "-1e400",
      "1e-400",
      "01",
      "-",
      "1.",
      ".5",
      "1e",
      "+1",
      "0x10",
      "NaN",
      "Infinity",
      "true",
      "false",
      "null",
      "tru",
      "nul",
      "True",
      "\"\"",
      "\"a\"",
      "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
      "\"\\u0041\\u00e9\\u4e2d\"",
      "\"\\u0000\"",
      "\"\\ud83d\\ude00\"",
      "\"\\ud83d\"",
      "\"\\ude00\"",
      "\"\\ud83d\\u0041\"",
      "\"\\x\"",
      "\"\\u12\"",
      "\"a\nb\"",
      "\"a\tb\"",
      "\"unterminated",
      "\"中文\"",
      "\"\xff\"",
      "\"\xe4\xb8\"",
      "\xEF\xBB\xBF{}",
      "\xEF\xBB{}",
      "",
      " ",
      "[]",
      "{}",
      "[1,2,3]",
      "[1,]",
      "[,1]",
      "[1 2]",
      "{\"a\":1,}",
      "{\"a\" 1}",
      "{a:1}",
      "{\"b\":1,\"a\":2}",
      "{\"a\":1,\"a\":2}",
      "{\"a\":{\"x\":1},\"a\":[2]}",
      "{\"b\":1,\"a\":2,\"b\":3,\"a\":4,\"c\":5}",
      " [ 1 , { \"k\" : [ ] } ] ",
      "[1] x",
      "[1]]",
      "{\"\":0}",
      "{\"\xe4\xb8\xad\":1,\"a\":2}",
      "[[[[[]]]]]",
      "\t\r\n 7 \n",
      "[0.30000000000000004, 1e21, 1e-5, 123.456, -0.0, 5e-324, 1.7976931348623157e308]",
      "{\"a\":\"\\u001f\\u007f\",\"b\":\"\\u2028\"}",
  };
  for (const char* c : cases) expect_as_nlohmann(c);
  // A NUL byte ends nlohmann's input; UTF-8 as nlohmann validates it (overlong, surrogates, past U+10FFFF).
  for (const std::string& c :
       {std::string("1\0xx", 4), std::string("\0", 1), std::string("[1]\0\xff", 5), std::string("[1\0]", 4),
        std::string("\"a\0b\"", 5), std::string("tr\0ue", 5), std::string("\"\xf4\x90\x80\x80\""),
        std::string("\"\xf0\x8f\xbf\xbf\""), std::string("\"\xed\xa0\x80\""), std::string("\"\xc0\xaf\""),
        std::string("\"\xef\xbf\xbe\""), std::string("\"\xf4\x8f\xbf\xbf\""),
        std::string("\"\xe0\x80\xaf\"")})
    expect_as_nlohmann(c);
}

TEST(JsonValue, ReadsEveryResultTheCoreWritesAsNlohmannDoes) {
  for (const auto& entry : std::filesystem::directory_iterator(fixture_path(""))) {
    if (!entry.is_regular_file()) continue;
    std::string input = read_file(entry.path().string());
    CheckOptions o;
    o.file_name = entry.path().filename().string();
    std::string text = result_json(check(input, o), input, "zh");
    expect_as_nlohmann(text);
    expect_as_nlohmann("[" + text + "," + text + "]");
  }
}

// Damaged copies of a result (bytes dropped, changed, repeated): the verdicts and outputs still agree.
TEST(JsonValue, AgreesWithNlohmannOnDamagedResults) {
  std::string input = read_file(fixture_path("clean-2021-tabs.txt"));
  std::string text = result_json(check(input, CheckOptions{}), input, "en");
  std::mt19937 rng(20261202);
  const std::string alphabet = "{}[]\",:\\-+.eE0123456789 tfnu\xe4\xb8\xad";
  for (int n = 0; n < 400; ++n) {
    std::string t = text;
    for (int k = 0; k < 3; ++k) {
      std::size_t at = rng() % t.size();
      switch (rng() % 3) {
        case 0:
          t.erase(at, 1 + rng() % 4);
          break;
        case 1:
          t[at] = alphabet[rng() % alphabet.size()];
          break;
        default:
          t.insert(at, t.substr(at, 1 + rng() % 8));
      }
    }
    expect_as_nlohmann(t);
  }
}

TEST(JsonValue, NestingBeyondTheLimitIsRefused) {
  std::string deep = std::string(70, '[') + std::string(70, ']');
  std::string why;
  EXPECT_TRUE(json::parse(deep, &why, 64).is_discarded());
  EXPECT_NE(why.find("nested too deep"), std::string::npos);
  EXPECT_FALSE(json::parse(deep, nullptr, 70).is_discarded());
}

TEST(JsonValue, LooksUpAndEditsLikeATolerantNlohmann) {
  json::Value v = json::parse(R"({"b":[1,"x",null],"a":{"k":"v"},"n":-3,"u":7,"f":2.5})");
  EXPECT_EQ(v["a"]["k"], "v");
  EXPECT_TRUE(v["missing"].is_null());
  EXPECT_TRUE(v["b"]["not an object"].is_null());
  EXPECT_EQ(v["b"].size(), 3u);
  EXPECT_TRUE(v["b"][7].is_null());
  EXPECT_EQ(v["b"][1].str(), "x");
  EXPECT_EQ(v["n"].as_int(), -3);
  EXPECT_TRUE(v["u"].is_number_unsigned());
  EXPECT_TRUE(v["f"].is_number_float());
  EXPECT_EQ(v["a"].str(), "");
  v.set("summary", json::Value()).set("reviewed", 2);  // inserted in key order
  v.find("a")->set("k", json::Value::object({{"z", 1}, {"y", nullptr}}));
  EXPECT_EQ(v.dump(),
            R"({"a":{"k":{"y":null,"z":1}},"b":[1,"x",null],"f":2.5,"n":-3,"summary":{"reviewed":2},"u":7})");
}

}  // namespace
}  // namespace nianbao
