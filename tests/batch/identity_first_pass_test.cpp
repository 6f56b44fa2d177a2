// A batch's first pass reads only the title, agency and year of each report (CheckOptions::identity_only):
// it must find exactly what the full reading finds, or a report would be paired with the wrong year's.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::corpus_dir;
using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

void expect_same_identity(const std::string& path) {
  std::string text = read_file(path);
  nianbao::CheckOptions o;
  o.file_name = std::filesystem::path(path).filename().string();
  nianbao::Result full = nianbao::extract(text, o);
  o.identity_only = true;
  nianbao::Result id = nianbao::extract(text, o);
  EXPECT_EQ(id.report.title, full.report.title) << path;
  EXPECT_EQ(id.report.agency, full.report.agency) << path;
  EXPECT_EQ(id.report.year, full.report.year) << path;
  // and no more than that: the tables are left to the second pass
  EXPECT_FALSE(id.report.t2.present || id.report.t3.present || id.report.t4.present) << path;
}

TEST(BatchFirstPass, FindsTheTitleAgencyAndYearTheFullReadingFinds) {
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(fixture_path(""))) {
    std::string ext = e.path().extension().string();
    if (ext == ".txt" || ext == ".html" || ext == ".md") expect_same_identity(e.path().string()), ++n;
  }
  for (const auto& e : std::filesystem::directory_iterator(fixture_path("pdf"))) {
    const std::string p = e.path().string(), runs = ".runs.json";  // PDF text runs (docs/runs.md)
    if (p.size() > runs.size() && p.compare(p.size() - runs.size(), runs.size(), runs) == 0)
      expect_same_identity(p), ++n;
  }
  EXPECT_GT(n, 10);
  if (auto dir = corpus_dir())
    for (const auto& e : std::filesystem::directory_iterator(*dir + "/reports"))
      expect_same_identity(e.path().string());
}

TEST(BatchFirstPass, ACheckIgnoresTheFlag) {
  // identity_only is for extract(): check() always reads and checks the whole report
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  nianbao::CheckOptions o;
  o.identity_only = true;
  EXPECT_TRUE(nianbao::check(text, o).report.t3.present);
}

}  // namespace
