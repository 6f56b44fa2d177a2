// Golden tests: every fixture -> the whole result (report model and diagnostics) as JSON, compared
// with tests/golden/<fixture>.json. A change of behaviour shows up as a readable JSON diff.
// After an intended change: NIANBAO_UPDATE_GOLDEN=1 build/tests/nianbao_tests --gtest_filter='Golden*'
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::read_file;
using nianbao::testing::source_dir;

class Golden : public ::testing::TestWithParam<const char*> {};

TEST_P(Golden, ResultEqualsTheGoldenFile) {
  std::string rel = GetParam(), name = rel.substr(rel.rfind('/') + 1);
  std::string text = read_file(source_dir() + "/" + rel);
  ASSERT_FALSE(text.empty()) << name;
  nianbao::CheckOptions o;
  o.file_name = name;
  nlohmann::json got = nianbao::result_to_json(nianbao::check(text, o), text, "zh");
  got.erase(
      "tool");  // the version: a release must not rewrite every golden (tests/render/result_json_test.cpp)
  std::string path = source_dir() + "/tests/golden/" + name + ".json";
  if (std::getenv("NIANBAO_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got.dump(1) << "\n";
    GTEST_SKIP() << "golden file rewritten: " << path;
  }
  std::string want_text = read_file(path);
  ASSERT_FALSE(want_text.empty()) << "no golden file " << path << " (run with NIANBAO_UPDATE_GOLDEN=1)";
  nlohmann::json want = nlohmann::json::parse(want_text);
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
