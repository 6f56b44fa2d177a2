// publish-late: the deadline depends on the kind of body (department 1月31日, government 3月31日);
// the date is the user's or the report's own 发布日期 line; a name that tells neither gets an info.
#include <gtest/gtest.h>

#include "core/rules/previous.hpp"
#include "tests/support/report_builder.hpp"
#include "tests/support/rule_run.hpp"

using namespace nianbao;
using namespace nianbao::testing;

namespace {

std::vector<Diagnostic> late(const std::string& agency, const std::string& given,
                             const std::string& input = "") {
  Report r = balanced_2021();
  set_agency(r, agency, 2023);
  Findings f;
  run_publication_rule(r, input, given, f);
  return with_rule(f, "publish-late");
}

}  // namespace

TEST(PublishLate, DepartmentAfter31JanuaryIsLate) {
  EXPECT_TRUE(late("示例市生态环境局", "2024-01-31").empty());
  auto ds = late("示例市生态环境局", "2024-02-01");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].severity, Severity::Warning);
  EXPECT_EQ(ds[0].expected, "2024-01-31");
  EXPECT_EQ(ds[0].found, "2024-02-01");
}

TEST(PublishLate, GovernmentHasUntil31March) {
  EXPECT_TRUE(late("洪泽区人民政府", "2024年3月31日").empty());
  auto ds = late("洪泽区人民政府", "2024/4/2");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].expected, "2024-03-31");
  // Its office is a department of the government: 31 January.
  EXPECT_EQ(late("洪泽区人民政府办公室", "2024-02-10").size(), 1u);
}

TEST(PublishLate, UnknownKindOfBodyGetsAnInfoWithBothDeadlines) {
  auto ds = late("某某镇人民政府", "2024-02-20");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].severity, Severity::Info);
  EXPECT_NE(ds[0].message_zh.find("1月31日"), std::string::npos);
  EXPECT_NE(ds[0].message_zh.find("3月31日"), std::string::npos);
  // After both deadlines it is late whatever the body is.
  EXPECT_EQ(late("某某镇人民政府", "2024-05-06")[0].severity, Severity::Warning);
}

TEST(PublishLate, DateReadFromTheSavedPagesPublicationLine) {
  std::string page = "<div class=\"info\"><span>发布日期：</span><span>2024-02-18</span></div><p>正文</p>";
  auto ds = late("示例市生态环境局", "", page);
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].found, "2024-02-18");
  ASSERT_TRUE(ds[0].at);
  EXPECT_EQ(page.substr(ds[0].at->begin, 10), "2024-02-18");
  EXPECT_TRUE(late("示例市生态环境局", "", "发布时间：２０２４年１月２０日").empty()) << "in time";
  EXPECT_EQ(late("示例市生态环境局", "", "发布时间：２０２４年２月２０日").size(), 1u) << "full-width digits";
}

TEST(PublishLate, NoDateNoFinding) {
  EXPECT_TRUE(late("示例市生态环境局", "").empty());
  EXPECT_TRUE(late("示例市生态环境局", "", "成文日期：2024-03-01").empty());
}
