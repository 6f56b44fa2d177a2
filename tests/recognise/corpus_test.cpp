// Every real report of ../shared/corpus is read completely: every cell of tables 三 and 四 equals the
// hand-typed truth-cells.json (null = blank cell, distinct from 0). Skips when the corpus is absent.
#include <gtest/gtest.h>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::corpus_dir;
using nianbao::testing::read_file;

TEST(Corpus, EveryCellMatchesTheHandTypedTruth) {
  auto dir = corpus_dir();
  if (!dir) GTEST_SKIP() << "../shared/corpus is not present";
  nlohmann::json index = nlohmann::json::parse(read_file(*dir + "/index.json"));
  nlohmann::json truth = nlohmann::json::parse(read_file(*dir + "/truth-cells.json"));
  int reports = 0;
  for (const auto& entry : index) {
    std::string id = entry["id"], file = entry["file"];
    if (!truth.contains(id)) continue;
    std::string text = read_file(*dir + "/" + file);
    nianbao::CheckOptions o;
    o.file_name = file;
    nianbao::Result r = nianbao::extract(text, o);
    nlohmann::json rep = nianbao::testing::result_tree(r, text, "zh")["report"];
    int wrong = 0;
    for (auto& [addr, want] : truth[id].items()) {
      std::size_t a = addr.find('.'), b = addr.find('.', a + 1);
      std::string t = addr.substr(0, a), row = addr.substr(a + 1, b - a - 1), col = addr.substr(b + 1);
      nlohmann::json got = "missing";
      if (rep["tables"].contains(t) && rep["tables"][t].contains(row) && rep["tables"][t][row].contains(col))
        got = rep["tables"][t][row][col]["value"];
      if (got != want && ++wrong <= 5)
        ADD_FAILURE() << id << " " << addr << ": read " << got << ", truth " << want;
    }
    EXPECT_EQ(wrong, 0) << id;
    EXPECT_EQ(rep["template"], entry["template"]) << id;
    EXPECT_EQ(rep["year"], entry["year"]) << id;
    EXPECT_EQ(rep["sections"].size(), entry["complete_sections"].size()) << id;
    ++reports;
  }
  EXPECT_GE(reports, 1);
}

}  // namespace
