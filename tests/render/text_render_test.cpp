// The terminal report: header per file, LINE:COL severity rule message, details, summary; both languages.
#include <gtest/gtest.h>

#include "core/render/render.hpp"
#include "tests/render/render_fixture.hpp"
#include "tests/support/json_bridge.hpp"

namespace nianbao {
namespace {

using testing::count;
using testing::sample_result;

TEST(RenderText, ChineseLinesAndSummary) {
  std::string t = render_text(nlohmann::json::array({sample_result()}), "zh");
  EXPECT_EQ(t.rfind("年报, \"2023\".txt（格式：2021年格式", 0), 0u) << t;
  EXPECT_NE(t.find("年度：2023"), std::string::npos);
  EXPECT_NE(t.find("  40:24  错误  t3-row-total    表三“一、本年新收”行"), std::string::npos) << t;
  EXPECT_NE(t.find("应为 2；实为 3；建议改为 2"), std::string::npos);
  EXPECT_NE(t.find("  -      提示  s6-fee"), std::string::npos);
  EXPECT_NE(t.find("汇总：1 个错误，1 个警告，1 条提示\n"), std::string::npos);
}

TEST(RenderText, EnglishUiStrings) {
  std::string t = render_text(nlohmann::json::array({sample_result(), sample_result()}), "en");
  EXPECT_NE(t.find("(Format: 2021 format"), std::string::npos);
  EXPECT_NE(t.find("  40:24  error    t3-row-total"), std::string::npos) << t;
  EXPECT_NE(t.find("expected 2; found 3; fix: set to 2"), std::string::npos);
  EXPECT_EQ(count(t, "Summary: 1 error, 1 warning, 1 info\n"), 2u);
  EXPECT_NE(t.find("Total: 2 errors, 2 warnings, 2 infos"), std::string::npos);
  EXPECT_EQ(t.find("汇总"), std::string::npos);
}

TEST(RenderText, MultiLineMessagesStayInTheirColumnAndControlsAreDropped) {
  nlohmann::json r = sample_result();
  r["diagnostics"][0]["message"] = "第一行\n第二行\x1b[2J";
  std::string t = render_text(nlohmann::json::array({r}), "zh");
  EXPECT_EQ(t.find('\x1b'), std::string::npos);
  // Continuation under the message column: 2 + "40:24" + 2 + "错误"(2 columns wide... 4) + 2 + rule width
  // + 2.
  EXPECT_NE(t.find("第一行\n                               第二行[2J"), std::string::npos) << t;
}

TEST(RenderText, NoDiagnosticsAndThinResults) {
  std::string t = render_text(nlohmann::json::array({{{"file", "a.txt"}}}), "zh");
  EXPECT_NE(t.find("未发现问题"), std::string::npos);
  EXPECT_NE(t.find("汇总：0 个错误，0 个警告，0 条提示"), std::string::npos);
  EXPECT_NO_THROW(render_text(nlohmann::json(), "en"));
  EXPECT_NO_THROW(render_text(nlohmann::json::array({1, "x", nullptr}), "en"));
  // A docx location is a path, not a line.
  nlohmann::json r = {
      {"file", "a.docx"},
      {"diagnostics",
       {{{"rule", "r"}, {"severity", "warning"}, {"message", "m"}, {"at", {{"path", "body/table[2]"}}}}}}};
  EXPECT_NE(render_text(nlohmann::json::array({r}), "en").find("  body/table[2]  warning  r  m"),
            std::string::npos);
}

}  // namespace
}  // namespace nianbao
