// The official label in place of a misspelt one (label-nonstandard's fix): offered for a label written on
// one line exactly as the reader took it, in every layout; applying it silences the finding and moves no
// cell. Not offered for a label the reader joined or normalised, nor for one whose other part stands on the
// line above. In "fix all certain" with the cell fixes, never overlapping. Corpus 001, 002, 008 when
// ../shared is there.
#include "core/edit/text_fix.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/check.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using testing::fixture_path;
using testing::read_file;

const char* kOfficial = "2.其他法律行政法规禁止公开";
const char* kMisspelt = "2.其他法律行政止公开";

// Every cell of the three tables as "kind value raw", by canonical key.
std::map<std::string, std::string> cells_of(const Report& r) {
  std::map<std::string, std::string> out;
  for (const ReportTable* t : {&r.t2, &r.t3, &r.t4})
    for (const auto& row : t->rows)
      for (const auto& [col, c] : row.cells)
        out[t->key + "." + row.key + "." + col] =
            std::to_string(static_cast<int>(c.kind)) + " " + (c.value ? c.value->str() : "-") + " " + c.raw;
  return out;
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  std::size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

std::vector<const Diagnostic*> with_rule(const Result& r, const std::string& rule) {
  std::vector<const Diagnostic*> out;
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) out.push_back(&d);
  return out;
}

std::multiset<std::string> rules_of(const Result& r) {
  std::multiset<std::string> out;
  for (const auto& d : r.diagnostics) out.insert(d.rule);
  return out;
}

struct Layout {
  const char* fixture;
  const char* written;  // the label cell as the misspelt fixture has it
  const char* fixed;    // what the fix writes there
};

class OneLineLabel : public ::testing::TestWithParam<Layout> {};

TEST_P(OneLineLabel, IsFixedByTheOfficialOneAndNoCellMoves) {
  const Layout& l = GetParam();
  const std::string input = replaced(read_file(fixture_path(l.fixture)), kOfficial, kMisspelt);
  Result before = check(input);
  auto found = with_rule(before, "label-nonstandard");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0]->text_fix) << "a fix for the misspelt label";
  const TextFix& fix = *found[0]->text_fix;
  EXPECT_FALSE(fix.in_canonical_text);
  EXPECT_EQ(input.substr(fix.at.begin, fix.at.length()), l.written);
  EXPECT_EQ(fix.text, l.fixed);
  EXPECT_FALSE(found[0]->fix) << "never a cell fix as well";
  ASSERT_EQ(before.certain_text_fixes.size(), 1u) << "part of fix all certain";
  EXPECT_EQ(before.certain_text_fixes[0].at.begin, fix.at.begin);

  const std::string after_text = apply_text_fixes(input, before.certain_text_fixes);
  EXPECT_NE(after_text.find(l.fixed), std::string::npos);
  Result after = check(after_text);
  EXPECT_TRUE(with_rule(after, "label-nonstandard").empty());
  EXPECT_EQ(cells_of(after.report), cells_of(before.report));
  // nothing new (one-cell-per-line text also reads the label as prose: its text-term goes with it)
  std::multiset<std::string> was = rules_of(before), now = rules_of(after);
  EXPECT_TRUE(std::includes(was.begin(), was.end(), now.begin(), now.end()));
  EXPECT_LT(now.size(), was.size());
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, OneLineLabel,
    ::testing::Values(Layout{"clean-2021-tabs.txt", kMisspelt, kOfficial},
                      Layout{"clean-2021-lines.txt", kMisspelt, kOfficial},
                      Layout{"clean-2021-pdf.txt", kMisspelt, kOfficial},
                      // the group heading written in the same pipe cell is the row's own and stays
                      Layout{"clean-2021-pipes.md", "（三）不予公开 2.其他法律行政止公开",
                             "（三）不予公开 2.其他法律行政法规禁止公开"}),
    [](const ::testing::TestParamInfo<Layout>& i) {
      std::string n = i.param.fixture;
      for (char& c : n)
        if (c == '-' || c == '.') c = '_';
      return n;
    });

TEST(TextFix, NotOfferedWhenTheReaderNormalisedTheLabel) {
  // two spaces inside the label: the reader collapses them, so the text there is not what it took
  const std::string input =
      replaced(read_file(fixture_path("clean-2021-tabs.txt")), kOfficial, "2.其他法律  行政止公开");
  Result r = check(input);
  auto found = with_rule(r, "label-nonstandard");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->found, "2.其他法律 行政止公开");
  EXPECT_FALSE(found[0]->text_fix);
  EXPECT_TRUE(r.certain_text_fixes.empty());
}

TEST(TextFix, NotOfferedWhenTheLabelSpansLines) {
  // A label the reader joined over two lines (as wrapped PDF text is): made so from a checked report, since
  // the settling must refuse any range that holds a line break.
  const std::string one_line = replaced(read_file(fixture_path("clean-2021-tabs.txt")), kOfficial, kMisspelt);
  const std::string input = replaced(one_line, kMisspelt, "2.其他法律行政\n止公开");
  Result r = check(one_line);
  Result joined = check(input);
  TableRow* row = nullptr;
  for (auto& x : joined.report.t3.rows)
    if (x.key == "r3_2") row = &x;
  ASSERT_NE(row, nullptr);
  const std::size_t begin = input.find("2.其他法律行政\n");
  row->label_at = Range{begin, begin + std::string("2.其他法律行政\n止公开").size()};
  row->label = "2.其他法律行政止公开";
  row->label_exact = false;
  Diagnostic d;
  d.rule = "label-nonstandard";
  d.text_fix = TextFix{row->label_at, "2.其他法律行政\n止公开", kOfficial, false};
  joined.diagnostics = {d};
  joined.certain_text_fixes.clear();
  settle_text_fixes(joined, input, CanonicalText{});
  EXPECT_FALSE(joined.diagnostics[0].text_fix);
  EXPECT_TRUE(joined.certain_text_fixes.empty());
  ASSERT_EQ(r.certain_text_fixes.size(), 1u) << "the same label on one line is fixed";
}

TEST(TextFix, NotOfferedWhenTheRestOfTheLabelStandsOnTheLineAbove) {
  // PDF text wraps 表三's long （二） label; with a typo in its first line the reader takes only the second
  // line as the label. Replacing that line alone would leave the first one behind.
  const std::string input = replaced(read_file(fixture_path("clean-2021-pdf.txt")),
                                     "（二）部分公开（区分处理的，只计", "（二）部分公开（区分处里的，只计");
  Result r = check(input);
  auto found = with_rule(r, "label-nonstandard");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->found, "这一情形，不计其他情形）");
  EXPECT_FALSE(found[0]->text_fix);
  EXPECT_TRUE(r.certain_text_fixes.empty());
}

TEST(TextFix, HtmlInputGetsItInTheCanonicalText) {
  const std::string input =
      replaced(read_file(fixture_path("clean-2021.html")), "2.其他法律行政法规禁止公开", kMisspelt);
  Result r = check(input);
  auto found = with_rule(r, "label-nonstandard");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0]->text_fix);
  const TextFix& fix = *found[0]->text_fix;
  EXPECT_TRUE(fix.in_canonical_text);
  EXPECT_EQ(r.canonical_text.substr(fix.at.begin, fix.at.length()), kMisspelt);
  // the page edits the canonical text and checks it as text
  Result after = check(apply_text_fixes(r.canonical_text, r.certain_text_fixes));
  EXPECT_TRUE(with_rule(after, "label-nonstandard").empty());
  EXPECT_EQ(cells_of(after.report), cells_of(check(r.canonical_text).report));
}

TEST(TextFix, FixAllCertainHoldsCellAndLabelFixesThatNeverOverlap) {
  // 表三 （一）予以公开 misspelt, and its 总计 wrong on the same line: both fixes are certain
  std::string input = read_file(fixture_path("clean-2021-tabs.txt"));
  input = replaced(input, "（一）予以公开\t12\t2\t0\t0\t1\t0\t15", "（一）予以公干\t12\t2\t0\t0\t1\t0\t16");
  Result r = check(input);
  ASSERT_EQ(r.certain_text_fixes.size(), 1u);
  const Range label = r.certain_text_fixes[0].at;
  bool total_fixed = false;
  for (const auto& f : r.certain_fixes) {
    const CellValue* c = r.report.t3.cell("r1", "total");
    if (f.cell != "t3.r1.total" || !c) continue;
    total_fixed = true;
    EXPECT_TRUE(c->at.end <= label.begin || label.end <= c->at.begin) << "the two ranges overlap";
  }
  EXPECT_TRUE(total_fixed);
  // the JSON: the label fix in the finding and in fixes.certain after the cell fixes
  auto j = nlohmann::json::parse(result_json(r, input, "zh", -1));
  nlohmann::json text_fix;
  for (const auto& d : j["diagnostics"])
    if (d["rule"] == "label-nonstandard") text_fix = d["fix"];
  ASSERT_TRUE(text_fix.is_object());
  EXPECT_EQ(text_fix["text"], "（一）予以公开");
  EXPECT_EQ(text_fix["at"]["length"], 7);
  EXPECT_FALSE(text_fix.contains("cell"));
  const auto& certain = j["fixes"]["certain"];
  ASSERT_GE(certain.size(), 2u);
  EXPECT_EQ(certain.back(), text_fix);
  EXPECT_TRUE(certain.front().contains("cell"));
}

TEST(TextFix, CorpusLabelsAreFixedCleanly) {
  auto dir = testing::corpus_dir();
  if (!dir) GTEST_SKIP() << "../shared/corpus is not there";
  for (const char* name : {"reports/001.txt", "reports/002.txt", "reports/008.html"}) {
    const std::string input = read_file(*dir + "/" + name);
    CheckOptions o;
    o.file_name = name;
    Result r = check(input, o);
    ASSERT_EQ(with_rule(r, "label-nonstandard").size(), 1u) << name;
    ASSERT_EQ(r.certain_text_fixes.size(), 1u) << name;
    const std::string& edited = r.canonical_text.empty() ? input : r.canonical_text;
    Result before = check(edited), after = check(apply_text_fixes(edited, r.certain_text_fixes));
    EXPECT_TRUE(with_rule(after, "label-nonstandard").empty()) << name;
    EXPECT_EQ(cells_of(after.report), cells_of(before.report)) << name;
  }
}

}  // namespace
}  // namespace nianbao
