// A batch's first pass reads only the title, agency and year of each report (CheckOptions::identity_only):
// it must find exactly what the full reading finds, or a report would be paired with the wrong year's.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/check.hpp"
#include "core/check_runs.hpp"
#include "core/read/runs_json.hpp"
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

nianbao::Result identity_of(const std::string& text, const std::string& name) {
  nianbao::CheckOptions o;
  o.file_name = name;
  o.identity_only = true;
  return nianbao::extract(text, o);
}

// A web page of `filler` bytes of navigation, the title, a paragraph and `tail` bytes of prose.
std::string long_page(const std::string& title, std::size_t filler, const std::string& paragraph,
                      std::size_t tail) {
  std::string html = "<html><body><div class=\"nav\">";
  while (html.size() < filler) html += "<a href=\"/x\">栏目导航</a> ";
  html += "</div><h1>" + title + "</h1><p>" + paragraph + "</p>";
  html += "<p>一、总体情况</p>";
  for (std::string more; more.size() < tail;) {
    more += "本机关认真贯彻落实政府信息公开条例，主动公开政府信息。";
    if (more.size() >= tail) html += "<p>" + more + "</p>";
  }
  return html + "</body></html>";
}

TEST(BatchFirstPass, ALongWebPageIsIdentifiedFromItsHeadOrFromTheWhole) {
  // the title near the top of a long page: found in the head, as the whole page finds it
  std::string page = long_page("长青县人民政府2023年政府信息公开工作年度报告", 2000, "", 200000);
  nianbao::Result head = identity_of(page, "a.html");
  EXPECT_EQ(head.report.agency, "长青县人民政府");
  EXPECT_EQ(head.report.year, 2023);
  // the title after 40 KB of navigation: not in the head, so the whole page is read
  nianbao::Result late =
      identity_of(long_page("长青县人民政府2023年政府信息公开工作年度报告", 40000, "", 1000), "b.html");
  EXPECT_EQ(late.report.agency, "长青县人民政府");
  EXPECT_EQ(late.report.year, 2023);
  // a title without its year: the year of the statistics period, read from the whole page
  std::string no_year = long_page("长青县人民政府政府信息公开工作年度报告", 2000,
                                  "本报告统计期限自2022年1月1日起至2022年12月31日止。", 30000);
  nianbao::CheckOptions o;
  o.file_name = "c.html";
  nianbao::Result full = nianbao::extract(no_year, o);
  nianbao::Result id = identity_of(no_year, "c.html");
  ASSERT_EQ(full.report.year, 2022);
  EXPECT_EQ(id.report.year, full.report.year);
  EXPECT_EQ(id.report.agency, full.report.agency);
}

// Runs JSON of `pages` pages: the title on page one when `title` is not empty, a line of prose on each page.
std::string runs_pages(int pages, const std::string& title, int first_page_with_text = 1) {
  std::string o = R"({"nianbao_runs":1,"source":"pdf","pages":[)";
  for (int p = 1; p <= pages; ++p) {
    o += (p > 1 ? "," : "") + std::string(R"({"page":)") + std::to_string(p) +
         R"(,"width":595,"height":842,"runs":[)";
    if (p >= first_page_with_text) {
      if (p == 1 && !title.empty())
        o += R"({"text":")" + title + R"(","x":100,"y":120,"w":400,"h":18,"size":18},)";
      o += R"({"text":"第)" + std::to_string(p) +
           R"(页的正文，本机关主动公开政府信息。","x":72,"y":300,"w":450,"h":12,"size":12})";
    }
    o += "]}";
  }
  return o + "]}";
}

TEST(BatchFirstPass, APdfIsIdentifiedFromItsFirstPages) {
  const std::string json = runs_pages(12, "长青县人民政府2023年政府信息公开工作年度报告");
  // the first pass keeps three pages (page furniture is told from three) and reads the rest without keeping
  // it
  nianbao::RunsInput head = nianbao::parse_runs_json(json, 3);
  ASSERT_TRUE(head.ok) << head.problem;
  EXPECT_EQ(head.pages.size(), 3u);
  EXPECT_TRUE(head.pages_left_out);
  EXPECT_EQ(nianbao::parse_runs_json(json).pages.size(), 12u);
  nianbao::Result id = identity_of(json, "a.runs.json");
  EXPECT_EQ(id.report.agency, "长青县人民政府");
  EXPECT_EQ(id.report.year, 2023);
  // the JSON after the kept pages is still validated: a broken tail is a broken file
  EXPECT_FALSE(nianbao::parse_runs_json(json.substr(0, json.size() - 10), 3).ok);
}

TEST(BatchFirstPass, APdfWhoseFirstPagesHoldNoTextIsReadWhole) {
  // pages of images first (a scanned cover and contents), the text from page five on
  const std::string json = runs_pages(8, "", 5);
  nianbao::RunsVerdict v = nianbao::read_runs_input(json, 3);
  EXPECT_TRUE(v.readable);  // not taken for a scan without text
  EXPECT_FALSE(v.pages_left_out);
}

TEST(BatchFirstPass, ACheckIgnoresTheFlag) {
  // identity_only is for extract(): check() always reads and checks the whole report
  std::string text = read_file(fixture_path("clean-2021-tabs.txt"));
  nianbao::CheckOptions o;
  o.identity_only = true;
  EXPECT_TRUE(nianbao::check(text, o).report.t3.present);
}

}  // namespace
