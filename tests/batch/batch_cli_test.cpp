// `nianbao check` over a folder: two agencies × two years, a government with its office (never
// paired), a lone report, a stray note, and bad input (empty, binary, a file that cannot be opened).
// Every file gets its result, pairs are named, the rest of the batch is checked, exit status 2.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "tests/support/cli_run.hpp"
#include "tests/support/test_support.hpp"

namespace fs = std::filesystem;
using nianbao::testing::CliRun;
using nianbao::testing::fixture_path;
using nianbao::testing::read_file;
using nianbao::testing::run_cli;

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
  return s;
}

// The clean 2024 fixture as another body's report of another year.
std::string report(const std::string& agency, int year) {
  std::string t = read_file(fixture_path("clean-2021-tabs.txt"));
  t = replace_all(t, "青山县市场监督管理局", agency);
  return replace_all(t, "2024", std::to_string(year));
}

void write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

class BatchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test: ctest runs them in parallel.
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    root = fs::path(::testing::TempDir()) / ("nianbao_batch_" + test) / "in";
    fs::remove_all(root.parent_path());
    write(root / "market/2023.txt", report("青山县市场监督管理局", 2023));
    write(root / "market/2024.txt", report("青山县市场监督管理局", 2024));
    write(root / "finance/2023.txt", report("青山县财政局", 2023));
    write(root / "finance/2024.txt", report("江北市青山县财政局", 2024));  // full name this year
    write(root / "gov/county-2023.txt", report("青山县人民政府", 2023));
    write(root / "gov/office-2024.txt", report("青山县人民政府办公室", 2024));
    write(root / "lone-2024.txt", report("青山县教育局", 2024));
    write(root / "notes.txt", "会议纪要：请各单位于三月底前报送材料。\n");
    write(root / "empty.txt", "");
    write(root / "binary.txt", std::string("\x00\x01\x02\xff\xfe", 5) + std::string(200, '\0'));
    write(root / "picture.jpg", "\xff\xd8\xff");
    fs::create_symlink(root / "gone.txt", root / "dangling.txt");
  }
  std::string dir() const { return root.string(); }
  fs::path root;
};

const nlohmann::json* result_of(const nlohmann::json& results, const std::string& tail) {
  for (const auto& r : results)
    if (r["file"].get<std::string>().size() >= tail.size() &&
        r["file"].get<std::string>().compare(r["file"].get<std::string>().size() - tail.size(), tail.size(),
                                             tail) == 0)
      return &r;
  return nullptr;
}

std::set<std::string> rules_of(const nlohmann::json& r) {
  std::set<std::string> s;
  for (const auto& d : r["diagnostics"]) s.insert(d["rule"].get<std::string>());
  return s;
}

}  // namespace

TEST_F(BatchCli, EveryFileHasItsResultPairsAreNamedAndBadInputIsReportedForThatFile) {
  CliRun r = run_cli("check --format json -j 3 " + dir());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  auto results = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(results.is_array()) << r.out.substr(0, 400);
  EXPECT_EQ(results.size(), 11u);  // everything but the picture, which is listed as skipped

  auto previous_of = [&](const std::string& f) -> std::string {
    const nlohmann::json* res = result_of(results, f);
    if (!res) return "<no result>";
    if (!res->contains("previous") || (*res)["previous"].is_null()) return "";
    return (*res)["previous"]["file"].get<std::string>();
  };
  EXPECT_EQ(previous_of("market/2024.txt"), dir() + "/market/2023.txt");
  EXPECT_EQ(previous_of("finance/2024.txt"), dir() + "/finance/2023.txt");
  EXPECT_EQ(previous_of("gov/office-2024.txt"), "") << "a government's office is not the government";
  EXPECT_EQ(previous_of("market/2023.txt"), "");
  EXPECT_EQ(previous_of("lone-2024.txt"), "");
  // Every result says whom it was compared with, null included.
  for (const auto& res : results) EXPECT_TRUE(res.contains("previous")) << res["file"];

  // The 2023 files are the 2024 ones with the year changed: copied text and tables are found,
  // and the carry-over (3 carried in, 2 carried out in the copy) does not match.
  auto market = rules_of(*result_of(results, "market/2024.txt"));
  EXPECT_TRUE(market.count("prev-duplicate-text"));
  EXPECT_TRUE(market.count("prev-identical-tables"));
  EXPECT_TRUE(market.count("prev-carry-over"));
  EXPECT_FALSE(rules_of(*result_of(results, "lone-2024.txt")).count("prev-carry-over"));

  for (const char* bad : {"empty.txt", "binary.txt", "dangling.txt", "notes.txt"}) {
    const nlohmann::json* res = result_of(results, bad);
    ASSERT_NE(res, nullptr) << bad;
    EXPECT_TRUE(rules_of(*res).count("input-unreadable")) << bad;
    // Exit status 2 comes with a line on stderr naming each file that was not read and why.
    std::string line = std::string(bad) == "dangling.txt" ? "nianbao: cannot read " + dir() + "/" + bad + "\n"
                                                          : "nianbao: " + dir() + "/" + bad + ": ";
    EXPECT_NE(r.err.find(line), std::string::npos) << line << "\n" << r.err;
  }
  EXPECT_NE(r.err.find("dangling.txt"), std::string::npos) << r.err;
  // Exit status 2 comes with each reason on stderr, also when only the core found it.
  for (const char* bad : {"notes.txt", "empty.txt", "binary.txt"})
    EXPECT_NE(r.err.find("nianbao: " + dir() + "/" + bad + ": "), std::string::npos) << bad << "\n" << r.err;
  EXPECT_NE(r.err.find("picture.jpg"), std::string::npos) << "skipped files are listed: " << r.err;
  EXPECT_NE(r.err.find("批量检查汇总"), std::string::npos) << r.err;
}

TEST_F(BatchCli, TextOutputEndsWithTheSummary) {
  CliRun r = run_cli("check " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("上一年度报告：" + dir() + "/market/2023.txt"), std::string::npos);
  std::size_t s = r.out.find("== 批量检查汇总 ==");
  ASSERT_NE(s, std::string::npos) << r.out;
  std::string summary = r.out.substr(s);
  EXPECT_NE(summary.find("文件 11 个"), std::string::npos) << summary;
  EXPECT_NE(summary.find("无法读取 4 个"), std::string::npos) << summary;
  EXPECT_NE(summary.find("对照 2 个"), std::string::npos) << summary;
  EXPECT_NE(summary.find("最常见的问题"), std::string::npos) << summary;
}

TEST_F(BatchCli, CsvHasOneHeaderAndSarifIsOneLog) {
  CliRun csv = run_cli("check --format csv --no-summary " + dir());
  std::string header = csv.out.substr(0, csv.out.find('\n') + 1);
  ASSERT_FALSE(header.empty());
  std::size_t count = 0;
  for (std::size_t p = 0; (p = csv.out.find(header, p)) != std::string::npos; p += header.size()) ++count;
  EXPECT_EQ(count, 1u);
  EXPECT_NE(csv.out.find("dangling.txt"), std::string::npos);

  CliRun sarif = run_cli("check --format sarif " + dir());
  auto log = nlohmann::json::parse(sarif.out, nullptr, false);
  ASSERT_TRUE(log.is_object()) << sarif.out.substr(0, 300);
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["artifacts"].size(), 11u);
  for (const auto& res : run["results"]) {
    std::size_t i = res["locations"][0]["physicalLocation"]["artifactLocation"]["index"];
    EXPECT_EQ(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              run["artifacts"][i]["location"]["uri"]);
  }
}

TEST_F(BatchCli, APairingFileOverridesAndOneThreadGivesTheSameResults) {
  std::string pairs = (root.parent_path() / "pairs.csv").string();
  write(pairs, "# this year, last year\n" + dir() + "/market/2024.txt,-\n" + dir() + "/lone-2024.txt," +
                   dir() + "/market/2023.txt\n");
  CliRun r = run_cli("check --format json --pairs " + pairs + " " + dir());
  auto results = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(results.is_array());
  EXPECT_TRUE((*result_of(results, "market/2024.txt"))["previous"].is_null());
  EXPECT_EQ((*result_of(results, "lone-2024.txt"))["previous"]["file"], dir() + "/market/2023.txt");
  EXPECT_EQ((*result_of(results, "finance/2024.txt"))["previous"]["file"], dir() + "/finance/2023.txt");

  CliRun one = run_cli("check --format json -j 1 --pairs " + pairs + " " + dir());
  EXPECT_EQ(one.out, r.out);
}

TEST(Cli, VersionAndHelpExitZero) {
  CliRun v = run_cli("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_TRUE(std::regex_search(v.out, std::regex(R"(^nianbao \d+\.\d+\.\d+)"))) << v.out;
  CliRun h = run_cli("--help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("nianbao check"), std::string::npos);
}

TEST_F(BatchCli, AReportKeptForItsPairGivesTheFindingsOfReadingItAgain) {
  // -j 1 checks finance/2023 before finance/2024, which then compares with the report already read
  // (cli/previous_reports.hpp): its findings must be those of a check given the file as --previous.
  CliRun batch = run_cli("check --format json -j 1 " + dir());
  auto results = nlohmann::json::parse(batch.out, nullptr, false);
  ASSERT_TRUE(results.is_array());
  const nlohmann::json* paired = result_of(results, "finance/2024.txt");
  ASSERT_NE(paired, nullptr);
  ASSERT_EQ((*paired)["previous"]["file"], dir() + "/finance/2023.txt");
  CliRun single =
      run_cli("check --format json --previous " + dir() + "/finance/2023.txt " + dir() + "/finance/2024.txt");
  auto printed = nlohmann::json::parse(single.out, nullptr, false);
  ASSERT_TRUE(printed.is_array() && printed.size() == 1);
  const nlohmann::json& alone = printed[0];
  EXPECT_EQ((*paired)["diagnostics"], alone["diagnostics"]);
  EXPECT_EQ((*paired)["summary"], alone["summary"]);
  EXPECT_EQ((*paired)["previous"]["year"], 2023);
  EXPECT_TRUE(rules_of(*paired).count("prev-duplicate-text"));  // the comparison did run
}
