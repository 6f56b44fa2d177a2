// The runs of the fixture PDFs (tests/fixtures/pdf/, made by tests/pdf/make-fixtures.mjs) give the
// report they were printed from: every layout (ruled, unruled, one table per page, 表三 over a page
// break, landscape, vertical group labels, 2019 form, a non-embedded font set by hand) one model.
#include <gtest/gtest.h>

#include <map>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

std::map<std::string, nlohmann::json> values(const std::string& input, const std::string& name) {
  nianbao::CheckOptions o;
  o.file_name = name;
  nianbao::Result r = nianbao::check(input, o);
  nlohmann::json j = nianbao::testing::result_tree(r, input, "zh");
  std::map<std::string, nlohmann::json> out;
  for (const auto& [t, rows] : j["report"]["tables"].items())
    for (const auto& [row, cols] : rows.items())
      for (const auto& [col, cell] : cols.items()) out[t + "." + row + "." + col] = cell["value"];
  out["errors"] = j["summary"]["errors"];
  out["template"] = j["report"]["template"];
  out["title"] = j["report"]["title"];
  return out;
}

struct Case {
  const char* runs;
  const char* source;
};

class RunsFixture : public ::testing::TestWithParam<Case> {};

TEST_P(RunsFixture, GivesTheModelOfTheReportItWasPrintedFrom) {
  const Case& c = GetParam();
  auto want = values(read_file(fixture_path(c.source)), c.source);
  auto got = values(read_file(fixture_path(std::string("pdf/") + c.runs + ".runs.json")), c.runs);
  ASSERT_GT(want.size(), 60u);
  EXPECT_EQ(want["errors"], 0);
  for (const auto& [key, value] : want) EXPECT_EQ(got[key], value) << c.runs << ": " << key;
  for (const auto& [key, value] : got) EXPECT_TRUE(want.count(key)) << c.runs << ": extra " << key;
}

INSTANTIATE_TEST_SUITE_P(
    Pdf, RunsFixture,
    ::testing::Values(Case{"chromium-2021-ruled", "clean-2021.html"},
                      Case{"chromium-2021-table-per-page", "clean-2021.html"},
                      Case{"chromium-2021-split-table", "clean-2021.html"},
                      Case{"chromium-2021-vertical-labels", "clean-2021.html"},
                      // 表二 unruled: labels less than a character from their numbers
                      Case{"chromium-2021-unruled", "clean-2021.html"},
                      // three label columns; a group label beside a sub-row's numbers
                      Case{"chromium-2019-unruled", "clean-2019-tabs.txt"},
                      // landscape: 表三's （六） label wrapped beside a wrapped sub-row label
                      Case{"chromium-2021-landscape", "clean-2021.html"},
                      // hand-set STSong-Light, narrow columns: labels wider than their cells run on
                      // over number columns, numbers touch their labels
                      Case{"handmade-2021-nonembedded-font", "clean-2021-tabs.txt"}));

}  // namespace
