// SARIF 2.1.0: the structure the spec requires (checked here without a schema validator; the Node
// test tests/node/sarif.test.mjs validates the CLI's output against the official schema), the full
// rule list, and each result's level, location and properties.
#include <gtest/gtest.h>

#include <set>

#include "core/render/render.hpp"
#include "tests/render/render_fixture.hpp"
#include "tests/support/json_bridge.hpp"

namespace nianbao {
namespace {

using testing::sample_result;

nlohmann::json sample_log(const std::string& lang = "zh") {
  return render_sarif(nlohmann::json::array({sample_result()}), lang);
}

TEST(RenderSarif, RequiredTopLevelStructure) {
  nlohmann::json log = sample_log();
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_TRUE(log["$schema"].is_string());
  ASSERT_TRUE(log["runs"].is_array());
  ASSERT_EQ(log["runs"].size(), 1u);
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "nianbao");
  EXPECT_TRUE(run["tool"]["driver"]["version"].is_string());
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  EXPECT_FALSE(run["tool"]["driver"].contains("informationUri"));  // must be absolute if present
  // Only the properties the schema allows on the log (additionalProperties: false).
  for (const auto& [k, v] : log.items()) EXPECT_TRUE(k == "$schema" || k == "version" || k == "runs") << k;
}

TEST(RenderSarif, DeclaresEveryRuleOfTheCatalogue) {
  nlohmann::json rules = nianbao::testing::rules_tree();
  const nlohmann::json log = sample_log();
  const auto& declared = log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(declared.size(), rules.size());
  std::set<std::string> ids;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& d = declared[i];
    EXPECT_EQ(d["id"], rules[i]["id"]);
    EXPECT_TRUE(ids.insert(d["id"].get<std::string>()).second) << "duplicate " << d["id"];
    EXPECT_TRUE(d["name"].is_string());
    EXPECT_FALSE(d["shortDescription"]["text"].get<std::string>().empty()) << d["id"];
    EXPECT_FALSE(d["fullDescription"]["text"].get<std::string>().empty()) << d["id"];
    EXPECT_FALSE(d["help"]["text"].get<std::string>().empty()) << d["id"];
    const std::string sev = rules[i]["severity"];
    EXPECT_EQ(d["defaultConfiguration"]["level"], sev == "info" ? "note" : sev) << d["id"];
  }
  const nlohmann::json log_en = render_sarif(nlohmann::json::array(), "en");
  const auto& en = log_en["runs"][0]["tool"]["driver"]["rules"];
  if (!rules.empty()) {
    EXPECT_EQ(en[0]["shortDescription"]["text"], rules[0]["title"]["en"]);
  }
}

TEST(RenderSarif, ResultsCarryLevelLocationAndProperties) {
  nlohmann::json log = sample_log();
  const auto& run = log["runs"][0];
  const auto& results = run["results"];
  ASSERT_EQ(results.size(), 3u);
  const auto& r = results[0];
  EXPECT_EQ(r["ruleId"], "t3-row-total");
  EXPECT_EQ(r["level"], "error");
  EXPECT_EQ(r["message"]["text"], "表三“一、本年新收”行：总计应为各类申请人之和 2，实为 3");
  const auto& region = r["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"], 40);
  EXPECT_EQ(region["startColumn"], 24);
  EXPECT_EQ(region["charOffset"], 112);
  EXPECT_EQ(region["charLength"], 1);
  // The file name as a URI reference: percent-encoded UTF-8, matching the run's artifact.
  const std::string uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
  EXPECT_EQ(uri, "%E5%B9%B4%E6%8A%A5%2C%20%222023%22.txt");
  EXPECT_EQ(run["artifacts"][0]["location"]["uri"], uri);
  EXPECT_EQ(r["properties"]["cell"], "t3.new.total");
  EXPECT_EQ(r["properties"]["expected"], 2);
  EXPECT_EQ(r["properties"]["found"], 3);
  EXPECT_EQ(r["properties"]["fix"]["value"], 2);
  EXPECT_EQ(r["properties"]["cells"].size(), 6u);
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[2]["level"], "note");  // info
  EXPECT_FALSE(results[2]["locations"][0]["physicalLocation"].contains("region"));
  // ruleIndex, when given, points at the declared rule of the same id.
  const auto& declared = run["tool"]["driver"]["rules"];
  for (const auto& res : results)
    if (res.contains("ruleIndex")) {
      EXPECT_EQ(declared[res["ruleIndex"].get<std::size_t>()]["id"], res["ruleId"]);
    }
  // Spec minimums per result: message.text, and 1-based line/column in every region.
  for (const auto& res : results) {
    EXPECT_FALSE(res["message"]["text"].get<std::string>().empty());
    for (const auto& loc : res["locations"]) {
      if (!loc["physicalLocation"].contains("region")) continue;
      EXPECT_GE(loc["physicalLocation"]["region"]["startLine"].get<int>(), 1);
      EXPECT_GE(loc["physicalLocation"]["region"]["startColumn"].get<int>(), 1);
    }
  }
}

TEST(RenderSarif, AbsolutePathsAndThinResults) {
  nlohmann::json r = {{"file", "/tmp/年报 1.txt"}, {"diagnostics", {{{"rule", "x"}, {"severity", "info"}}}}};
  nlohmann::json log = render_sarif(nlohmann::json::array({r}), "zh");
  EXPECT_EQ(log["runs"][0]["artifacts"][0]["location"]["uri"], "file:///tmp/%E5%B9%B4%E6%8A%A5%201.txt");
  EXPECT_EQ(log["runs"][0]["results"][0]["message"]["text"], "x");   // never an empty message
  EXPECT_FALSE(log["runs"][0]["results"][0].contains("ruleIndex"));  // not in the catalogue
  EXPECT_NO_THROW(render_sarif(nlohmann::json(), "zh"));
  EXPECT_NO_THROW(render_sarif(nlohmann::json::array({1, "x", {{"diagnostics", {1}}}}), "en"));
}

}  // namespace
}  // namespace nianbao
