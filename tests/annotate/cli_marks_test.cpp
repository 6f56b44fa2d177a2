// `nianbao check --marks FILE`: the page's review marks as a suppression file. Reviewed errors carry their
// review in JSON, CSV and SARIF (suppressions) and no longer fail the run; a bad marks file exits 2.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/cli_run.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using testing::CliRun;
using testing::run_cli;

std::string temp(const std::string& name, const std::string& text) {
  std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(CliMarks, EveryErrorReviewedExitsZero) {
  const std::string report = testing::source_dir() + "/web/example-report.txt";
  CliRun plain = run_cli("check --format json " + report);
  ASSERT_EQ(plain.exit_code, 1);
  nlohmann::json results = nlohmann::json::parse(plain.out);
  nlohmann::json marks = {{"nianbao_marks", 1}, {"marks", nlohmann::json::array()}};
  for (const auto& d : results[0]["diagnostics"])
    if (d["severity"] == "error")
      marks["marks"].push_back(
          {{"fingerprint", d["fingerprint"]}, {"status", "verified"}, {"reason", "核对无误"}});
  ASSERT_FALSE(marks["marks"].empty());
  const std::string file = temp("nianbao-marks.json", marks.dump());

  CliRun json = run_cli("check --format json --marks " + file + " " + report);
  EXPECT_EQ(json.exit_code, 0);
  nlohmann::json marked = nlohmann::json::parse(json.out);
  EXPECT_EQ(marked[0]["summary"]["reviewed"], marks["marks"].size());

  CliRun csv = run_cli("check --format csv --marks " + file + " " + report);
  EXPECT_NE(csv.out.find(",已核实,核对无误,"), std::string::npos) << csv.out;

  CliRun sarif = run_cli("check --format sarif --marks " + file + " " + report);
  nlohmann::json log = nlohmann::json::parse(sarif.out);
  int suppressed = 0;
  for (const auto& r : log["runs"][0]["results"]) {
    EXPECT_TRUE(r.contains("partialFingerprints"));
    if (r.contains("suppressions")) ++suppressed;
  }
  EXPECT_EQ(suppressed, static_cast<int>(marks["marks"].size()));
}

TEST(CliMarks, NotAMarksFileExitsTwo) {
  const std::string report = testing::source_dir() + "/web/example-report.txt";
  EXPECT_EQ(run_cli("check --marks " + temp("nianbao-bad-marks.json", "[1,2]") + " " + report).exit_code, 2);
  EXPECT_EQ(run_cli("check --marks /nonexistent/marks.json " + report).exit_code, 2);
}

}  // namespace
}  // namespace nianbao
