// Golden tests: every fixture -> the whole result (report model and diagnostics) as JSON, compared
// with tests/golden/<fixture>.json. A change of behaviour shows up as a readable JSON diff.
// summary.checks_run and not_assessable are compared rule by rule (checks_by_rule in the golden file).
// After an intended change: NIANBAO_UPDATE_GOLDEN=1 build/tests/nianbao_tests --gtest_filter='Golden*'
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::read_file;
using nianbao::testing::source_dir;

class Golden : public ::testing::TestWithParam<const char*> {};

// The summary's check counts, kept per rule id beside the result: a rule added later changes only its own
// entry, which this test does not compare until the goldens are next regenerated, so adding a rule does
// not churn every golden file. Counts of the rules the golden file lists must match exactly.
nlohmann::json counts_by_rule(const nianbao::Result& r) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [id, n] : r.checks_by_rule) j[id]["checked"] = n;
  for (const auto& [id, n] : r.not_assessable_by_rule) j[id]["not_assessable"] = n;
  return j;
}

TEST_P(Golden, ResultEqualsTheGoldenFile) {
  std::string rel = GetParam(), name = rel.substr(rel.rfind('/') + 1);
  std::string text = read_file(source_dir() + "/" + rel);
  ASSERT_FALSE(text.empty()) << name;
  nianbao::CheckOptions o;
  o.file_name = name;
  nianbao::Result result = nianbao::check(text, o);
  nlohmann::json got = nianbao::testing::result_tree(result, text, "zh");
  nlohmann::json counts = counts_by_rule(result);
  int total = 0, unassessed = 0;
  for (const auto& c : counts) {
    total += c.value("checked", 0);
    unassessed += c.value("not_assessable", 0);
  }
  EXPECT_EQ(got["summary"]["checks_run"], total) << "summary.checks_run is the sum over the rules";
  EXPECT_EQ(got["summary"]["not_assessable"], unassessed);
  got["summary"].erase("checks_run");
  got["summary"].erase("not_assessable");
  got.erase(
      "tool");  // the version: a release must not rewrite every golden (tests/render/result_json_test.cpp)
  std::string path = source_dir() + "/tests/golden/" + name + ".json";
  if (std::getenv("NIANBAO_UPDATE_GOLDEN")) {
    got["checks_by_rule"] = counts;
    std::ofstream(path, std::ios::binary) << got.dump(1) << "\n";
    GTEST_SKIP() << "golden file rewritten: " << path;
  }
  std::string want_text = read_file(path);
  ASSERT_FALSE(want_text.empty()) << "no golden file " << path << " (run with NIANBAO_UPDATE_GOLDEN=1)";
  nlohmann::json want = nlohmann::json::parse(want_text);
  nlohmann::json want_counts = want.value("checks_by_rule", nlohmann::json::object());
  want.erase("checks_by_rule");
  for (const auto& [id, c] : want_counts.items())
    EXPECT_EQ(counts.value(id, nlohmann::json::object()), c) << name << ": check counts of " << id;
  if (got != want) {
    nlohmann::json patch = nlohmann::json::diff(want, got);
    FAIL() << name << " differs from its golden file; first changes:\n" << patch.dump(1).substr(0, 3000);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, Golden,
    ::testing::Values("tests/fixtures/clean-2021-tabs.txt", "tests/fixtures/clean-2021-lines.txt",
                      "tests/fixtures/clean-2021-pipes.md", "tests/fixtures/clean-2021-pdf.txt",
                      "tests/fixtures/clean-2021.html", "tests/fixtures/clean-2019-tabs.txt",
                      "tests/fixtures/html_word_export.html", "web/example-report.txt"),
    [](const auto& info) {
      std::string n = info.param;
      n = n.substr(n.rfind('/') + 1);
      for (char& c : n)
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
      return n;
    });

}  // namespace
