// One truth model written the ways real producers write reports (tests/fixtures/make_producers.py:
// TRS editor, Word filtered HTML, a table split over a page break, WPS 表格 HTML with units in 表二
// cells, PDF text with 表三's label column apart from its numbers; blank cells and whole blank rows;
// narrative sub-headings numbered like sections) must read back to the same model, cell for cell
// (null = blank), with the six sections found in order and no error.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

class Producers : public ::testing::TestWithParam<const char*> {};

TEST_P(Producers, ReadBackToTheTruthModel) {
  nlohmann::json truth = nlohmann::json::parse(read_file(fixture_path("producers-truth.json")));
  std::string text = read_file(fixture_path(GetParam()));
  nianbao::CheckOptions o;
  o.file_name = GetParam();
  nianbao::Result r = nianbao::check(text, o);
  nlohmann::json j = nianbao::testing::result_tree(r, text, "zh");
  const nlohmann::json& rep = j["report"];
  int wrong = 0;
  for (auto& [addr, want] : truth["cells"].items()) {
    std::size_t a = addr.find('.'), b = addr.find('.', a + 1);
    std::string t = addr.substr(0, a), row = addr.substr(a + 1, b - a - 1), col = addr.substr(b + 1);
    nlohmann::json got = "missing";
    if (rep["tables"].contains(t) && rep["tables"][t].contains(row) && rep["tables"][t][row].contains(col))
      got = rep["tables"][t][row][col]["value"];
    if (got != want && ++wrong <= 8) ADD_FAILURE() << addr << ": read " << got << ", truth " << want;
  }
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(rep["year"], truth["year"]);
  EXPECT_EQ(rep["agency"], truth["agency"]);
  EXPECT_EQ(rep["template"], truth["template"]);
  ASSERT_EQ(rep["sections"].size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(rep["sections"][i]["key"], "s" + std::to_string(i + 1));
  // The statutory headings (as written, Word's padding kept), not the narrative sub-headings numbered
  // like them.
  auto title = [&](int i) {
    std::string t = rep["sections"][i]["title"];
    t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
    return t;
  };
  EXPECT_EQ(title(1), "二、主动公开政府信息情况");
  EXPECT_EQ(title(2), "三、收到和处理政府信息公开申请情况");
  int aligned = 0;
  for (const auto& d : j["diagnostics"]) {
    EXPECT_NE(d["severity"], "error") << d.dump();
    EXPECT_NE(d["rule"], "row-missing") << d.dump();
    aligned += d["rule"] == "rows-aligned-by-order" ? 1 : 0;
  }
  // Only the text whose label column came apart is aligned by order, and it says so.
  bool separated = std::string(GetParam()).find("separated") != std::string::npos;
  EXPECT_EQ(aligned, separated ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(AllProducers, Producers,
                         ::testing::Values("producer-trs.html", "producer-word.html",
                                           "producer-word-page-break.html", "producer-wps.html",
                                           "producer-pdf-text-separated.txt"));

}  // namespace
