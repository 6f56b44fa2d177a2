// Places in the report's own words, and review marks applied by fingerprint (the CLI's --marks file).
#include <gtest/gtest.h>

#include "core/annotate/review_marks.hpp"
#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

std::string example() { return testing::read_file(testing::source_dir() + "/web/example-report.txt"); }

TEST(Place, CellFindingsNameTableRowAndColumnAsTheReportWritesThem) {
  Result r = check(example());
  bool t3 = false, t4 = false;
  for (const auto& d : r.diagnostics) {
    if (d.cell == "t3.r1.total") {
      EXPECT_EQ(d.place_zh, "表三“（一）予以公开”行“总计”列");
      EXPECT_EQ(d.place_en, "Table 三, “（一）予以公开”, column “总计”");
      t3 = true;
    }
    if (d.cell == "t4.rv.total") {
      EXPECT_EQ(d.place_zh, "表四“行政复议”“总计”列");
      t4 = true;
    }
  }
  EXPECT_TRUE(t3 && t4);
}

TEST(Place, ProseFindingsNameTheirSection) {
  // A misspelt official term (text-term, a finding with no cell) written into section 一.
  std::string text = example();
  std::size_t s1 = text.find("\n一、");
  ASSERT_NE(s1, std::string::npos);
  std::size_t body = text.find('\n', s1 + 1);
  text.insert(body + 1, "本年度收取行政性事业收费0元。\n");
  Result r = check(text);
  bool prose = false;
  for (const auto& d : r.diagnostics)
    if (d.rule == "text-term") {
      EXPECT_TRUE(d.cell.empty());
      EXPECT_EQ(d.place_zh.rfind("“一、", 0), 0u) << d.place_zh;
      EXPECT_NE(d.place_zh.find("”部分"), std::string::npos) << d.place_zh;
      EXPECT_EQ(d.place_en.rfind("Section “一、", 0), 0u) << d.place_en;
      prose = true;
    }
  EXPECT_TRUE(prose);
}

TEST(ReviewMarks, MarkedErrorsNoLongerFailAndCarryTheirReview) {
  std::string text = example();
  nlohmann::json results = nlohmann::json::array({nianbao::testing::result_tree(check(text), text, "zh")});
  int open = open_errors(results);
  ASSERT_GT(open, 0);
  std::string fp;
  for (const auto& d : results[0]["diagnostics"])
    if (d["severity"] == "error") fp = d["fingerprint"];
  nlohmann::json marks = {
      {"nianbao_marks", 1},
      {"marks", {{{"fingerprint", fp}, {"status", "verified"}, {"reason", "已与原件核对"}}}}};
  std::string why;
  ASSERT_TRUE(apply_review_marks(results, marks, why)) << why;
  EXPECT_EQ(open_errors(results), open - 1);
  EXPECT_EQ(results[0]["summary"]["reviewed"], 1);
  bool found = false;
  for (const auto& d : results[0]["diagnostics"])
    if (d["fingerprint"] == fp) {
      EXPECT_EQ(d["review"]["status"], "verified");
      EXPECT_EQ(d["review"]["reason"], "已与原件核对");
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(ReviewMarks, RefusesWhatIsNotAMarksFile) {
  nlohmann::json results = nlohmann::json::array();
  std::string why;
  EXPECT_FALSE(apply_review_marks(results, nlohmann::json::array(), why));
  EXPECT_FALSE(apply_review_marks(results, {{"marks", {{{"fingerprint", "x"}, {"status", "maybe"}}}}}, why));
  EXPECT_NE(why.find("status"), std::string::npos);
}

}  // namespace
}  // namespace nianbao
