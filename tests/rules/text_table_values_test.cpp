// The prose is compared with the values the table rules use (FORMAT V5): a blank 总计 stands for the sum
// of its parts, never for 0 (rules::TableValues over the relation engine).
#include <gtest/gtest.h>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

std::string example() { return testing::read_file(testing::source_dir() + "/web/example-report.txt"); }

// The example's 本年新收 row with its 总计 (14, the sum of 11+2+0+0+1+0) left blank.
std::string with_blank_new_total(std::string text) {
  const std::string row = "\t11\t2\t0\t0\t1\t0\t14\t";
  std::size_t at = text.find(row);
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) text.replace(at, row.size(), "\t11\t2\t0\t0\t1\t0\t\t");
  return text;
}

const Diagnostic* find(const Result& r, const std::string& rule) {
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) return &d;
  return nullptr;
}

TEST(TextTableValues, ABlankTotalStandsForTheSumOfItsPartsInTheProseChecks) {
  Result r = check(with_blank_new_total(example()));
  ASSERT_NE(find(r, "t3-total-blank"), nullptr);
  const Diagnostic* d = find(r, "text-applications");  // the text says 16, the parts add up to 14
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->expected == 14.0) << d->message_zh;
  EXPECT_TRUE(d->found == 16.0) << d->message_zh;
}

TEST(TextTableValues, HonestProseBesideABlankTotalIsSilent) {
  std::string text = with_blank_new_total(example());
  std::size_t at = text.find("新收政府信息公开申请16件");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string("新收政府信息公开申请16件").size(), "新收政府信息公开申请14件");
  Result r = check(text);
  EXPECT_EQ(find(r, "text-applications"), nullptr);
}

}  // namespace
}  // namespace nianbao
