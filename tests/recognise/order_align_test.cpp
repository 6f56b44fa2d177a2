// Text from other converters where a table's label column came apart from its numbers: the labels
// first, then the number rows (or the other way round), or the labels lost. The official forms fix
// the order of every row, so the number rows are aligned by that order (rows-aligned-by-order, info)
// instead of every row reported missing; the same cells as the intact text, and silence on it.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

namespace {

using nianbao::testing::fixture_path;
using nianbao::testing::read_file;

nlohmann::json checked(const std::string& text) {
  nianbao::CheckOptions o;
  o.file_name = "report.txt";
  nianbao::Result r = nianbao::check(text, o);
  return nianbao::testing::result_tree(r, text, "zh");
}

int count(const nlohmann::json& j, const std::string& rule) {
  int n = 0;
  for (const auto& d : j["diagnostics"]) n += d["rule"] == rule ? 1 : 0;
  return n;
}

std::string values_of(const nlohmann::json& j, const std::string& table) {
  nlohmann::json out;
  for (const auto& [row, cols] : j["report"]["tables"][table].items())
    for (const auto& [col, cell] : cols.items()) out[row][col] = cell["value"];
  return out.dump();
}

enum class Damage { LabelsFirst, NumbersFirst, LabelsLost, OneNumberRowLost };

// clean-2021-pdf.txt (pdftotext -layout) with table 三's label column taken apart from its numbers.
std::string damaged(Damage how) {
  std::istringstream in(read_file(fixture_path("clean-2021-pdf.txt")));
  std::vector<std::string> before, labels, numbers, after;
  const std::regex labelled(R"(^(.*\S)\s{2,}((?:\d+\s+){6}\d+)\s*$)"), bare(R"(^\s*(?:\d+\s+){6}\d+\s*$)");
  int stage = 0;  // 0 before 表三's rows, 1 inside, 2 after
  std::string line;
  while (std::getline(in, line)) {
    if (stage == 0 && line.find("一、本年新收") != std::string::npos) stage = 1;
    if (stage == 1 && line.find("-2-") != std::string::npos) stage = 2;
    std::smatch m;
    if (stage == 0) {
      before.push_back(line);
    } else if (stage == 2) {
      after.push_back(line);
    } else if (std::regex_match(line, m, labelled)) {
      labels.push_back(m[1]);
      numbers.push_back(std::string(44, ' ') + m[2].str());
    } else if (std::regex_match(line, bare)) {
      numbers.push_back(line);
    } else if (!line.empty()) {
      labels.push_back(line);
    }
  }
  if (how == Damage::OneNumberRowLost) numbers.erase(numbers.begin() + 5);
  std::vector<std::string> body;
  auto add = [&](const std::vector<std::string>& v) { body.insert(body.end(), v.begin(), v.end()); };
  if (how == Damage::NumbersFirst) {
    add(numbers);
    body.push_back("");
    add(labels);
  } else {
    if (how != Damage::LabelsLost) add(labels);
    body.push_back("");
    add(numbers);
  }
  std::string out;
  for (const auto* part : {&before, &body, &after})
    for (const auto& l : *part) out += l + "\n";
  return out;
}

TEST(OrderAlign, LabelColumnApartFromTheNumbersIsAlignedByTheTemplateOrder) {
  nlohmann::json intact = checked(read_file(fixture_path("clean-2021-pdf.txt")));
  ASSERT_EQ(count(intact, "rows-aligned-by-order"), 0);  // silent on intact text
  for (Damage how : {Damage::LabelsFirst, Damage::NumbersFirst, Damage::LabelsLost}) {
    nlohmann::json j = checked(damaged(how));
    EXPECT_EQ(values_of(j, "t3"), values_of(intact, "t3")) << static_cast<int>(how);
    EXPECT_EQ(count(j, "row-missing"), 0) << static_cast<int>(how);
    EXPECT_EQ(j["summary"]["errors"], 0) << static_cast<int>(how);
    ASSERT_EQ(count(j, "rows-aligned-by-order"), 1) << static_cast<int>(how);
    for (const auto& d : j["diagnostics"])
      if (d["rule"] == "rows-aligned-by-order") {
        EXPECT_EQ(d["severity"], "info");
        EXPECT_NE(d["message"].get<std::string>().find("25"), std::string::npos) << d.dump();
      }
  }
}

TEST(OrderAlign, NumberRowsThatDoNotMatchTheLabelsInCountAreNotGuessed) {
  // One number row lost: any alignment by order would shift every row after it.
  nlohmann::json j = checked(damaged(Damage::OneNumberRowLost));
  nlohmann::json intact = checked(read_file(fixture_path("clean-2021-pdf.txt")));
  EXPECT_EQ(count(j, "rows-aligned-by-order"), 0);
  EXPECT_NE(values_of(j, "t3"), values_of(intact, "t3"));
}

}  // namespace
