// The streaming result writer prints exactly what nlohmann::json::dump() prints for the same values
// (the result JSON did not change when the tree went away), and the result carries the tool's name and
// version from the one place the build defines it.
#include "core/render/result_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/check.hpp"
#include "core/json/writer.hpp"
#include "core/version.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using nlohmann::json;

// Writes a value with every kind of token, nested and empty containers, strings needing escapes.
std::string write_sample(int indent) {
  std::string out;
  JsonWriter w(out, indent);
  w.begin_object();
  w.key("a").begin_array().end_array();
  w.key("b").begin_object().end_object();
  w.key("c").begin_array().integer(-3).number(Decimal::parse("7730.28").value()).null().boolean(true);
  w.begin_object().field("k", "v").end_object().end_array();
  w.field("d\"q", std::string("tab\there \"quoted\" back\\slash \x01\x1f\x7f 中文 😀 \b\f\r\n"));
  w.key("e").number(Decimal::parse("0.000001").value());
  w.key("f").number(Decimal::parse("12").value());
  w.end_object();
  w.flush();
  return out;
}

json sample_tree() {
  return {{"a", json::array()},
          {"b", json::object()},
          {"c", {-3, 7730.28, nullptr, true, {{"k", "v"}}}},
          {"d\"q", "tab\there \"quoted\" back\\slash \x01\x1f\x7f 中文 😀 \b\f\r\n"},
          {"e", 0.000001},
          {"f", 12}};
}

TEST(JsonWriter, PrintsWhatNlohmannPrintsCompactAndIndented) {
  EXPECT_EQ(write_sample(-1), sample_tree().dump());
  EXPECT_EQ(write_sample(2), sample_tree().dump(2));
  EXPECT_EQ(write_sample(0), sample_tree().dump(0));
}

// The writer stages its text and appends it a few kilobytes at a time: tokens that cross the stage's end,
// a string longer than the stage and a key needing escapes all come out whole, by flush() and by the
// writer's end.
TEST(JsonWriter, LongOutputsAreWholeAfterFlushAndAtTheWritersEnd) {
  std::string long_text;
  for (int i = 0; i < 700; ++i) long_text += "第" + std::to_string(i) + "项\t\"引号\"\n";
  json tree = json::object();
  tree["items"] = json::array();
  for (int i = 0; i < 3000; ++i) tree["items"].push_back(i * 7 - 100);
  tree["long"] = long_text;
  tree[std::string("key \"") + std::string(70, 'k')] = "v";
  auto write = [&](JsonWriter& w) {
    w.begin_object().key("items").begin_array();
    for (int i = 0; i < 3000; ++i) w.integer(i * 7 - 100);
    w.end_array();
    w.key(std::string("key \"") + std::string(70, 'k')).string("v");
    w.field("long", long_text).end_object();
  };
  for (int indent : {-1, 2}) {
    std::string flushed, ended;
    {
      JsonWriter w(flushed, indent);
      write(w);
      w.flush();
      EXPECT_EQ(flushed, tree.dump(indent)) << indent;
    }
    {
      JsonWriter w(ended, indent);
      write(w);
    }
    EXPECT_EQ(ended, tree.dump(indent)) << indent;
  }
}

TEST(JsonWriter, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  std::string out;
  JsonWriter(out).string(
      std::string("a\xff"
                  "b\xe4\xb8"
                  "c"));
  EXPECT_EQ(out,
            "\"a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD"
            "c\"");
  EXPECT_FALSE(json::parse(out, nullptr, false).is_discarded());
}

// Every fixture and corpus report: the text is canonical JSON (what nlohmann prints for its own parse:
// sorted keys, its number and string forms), in both languages.
TEST(ResultJson, IsCanonicalForEveryFixture) {
  std::vector<std::string> files = {"clean-2021-tabs.txt", "clean-2021.html", "clean-2019-tabs.txt",
                                    "clean-2021-pdf.txt", "html_word_export.html"};
  for (const auto& name : files) {
    std::string text = testing::read_file(testing::fixture_path(name));
    CheckOptions o;
    o.file_name = name;
    Result r = check(text, o);
    for (const char* lang : {"zh", "en"}) {
      std::string got = result_json(r, text, lang);
      json tree = json::parse(got, nullptr, false);
      ASSERT_FALSE(tree.is_discarded()) << name;
      EXPECT_EQ(got, tree.dump()) << name << " " << lang;
      EXPECT_EQ(result_json(r, text, lang, 2), tree.dump(2)) << name << " " << lang;
    }
  }
}

TEST(ResultJson, NamesTheToolAndItsVersion) {
  std::string text = testing::read_file(testing::fixture_path("clean-2021-tabs.txt"));
  nianbao::json::Value j = result_to_json(check(text), text, "zh");
  EXPECT_EQ(j["tool"]["name"], "nianbao");
  EXPECT_EQ(j["tool"]["version"], version());
  EXPECT_FALSE(std::string(version()).empty());
}

}  // namespace
}  // namespace nianbao
