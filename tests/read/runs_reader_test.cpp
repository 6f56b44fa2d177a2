// The positioned-runs reader (docs/runs.md): rows and cells from runs placed on pages.
#include <gtest/gtest.h>

#include <sstream>

#include "core/check.hpp"
#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"
#include "core/render/result_json.hpp"
#include "tests/support/json_bridge.hpp"

namespace {

using nianbao::Document;
using nianbao::Row;

struct R {
  std::string text;
  double x, y, w, size;
  int rot = 0;
  double h = 0;  // 0: the size
};

// A runs document: one vector of runs per page (A4 portrait, 595 x 842 points).
std::string runs_json(const std::vector<std::vector<R>>& pages, const std::string& lines_json = "") {
  std::ostringstream o;
  o << R"({"nianbao_runs":1,"source":"pdf","pages":[)";
  for (std::size_t p = 0; p < pages.size(); ++p) {
    o << (p ? "," : "") << R"({"page":)" << p + 1 << R"(,"width":595,"height":842,"runs":[)";
    for (std::size_t i = 0; i < pages[p].size(); ++i) {
      const R& r = pages[p][i];
      o << (i ? ",\n" : "\n") << R"({"text":")" << r.text << R"(","x":)" << r.x << R"(,"y":)" << r.y
        << R"(,"w":)" << r.w << R"(,"h":)" << (r.h > 0 ? r.h : r.size) << R"(,"size":)" << r.size
        << R"(,"rot":)" << r.rot << "}";
    }
    o << "]";
    if (!lines_json.empty() && p == 0) o << R"(,"lines":)" << lines_json;
    o << "}";
  }
  o << "]}";
  return o.str();
}

Document read(const std::string& json) {
  nianbao::RunsInput in = nianbao::parse_runs_json(json);
  EXPECT_TRUE(in.ok) << in.problem;
  return nianbao::read_runs(in);
}

std::vector<std::string> texts(const Row& r) {
  std::vector<std::string> out;
  for (const auto& c : r.cells) out.push_back(c.text);
  return out;
}

// Rows that carry text (the reader separates paragraphs with empty rows).
std::vector<const Row*> filled(const Document& d) {
  std::vector<const Row*> out;
  for (const auto& r : d.rows)
    if (!r.cells.empty()) out.push_back(&r);
  return out;
}

// A row of table 三 style: a label and seven numbers at fixed columns.
std::vector<R> number_row(const std::string& label, double y, const std::vector<std::string>& numbers) {
  std::vector<R> rs = {{label, 60, y, 160, 9}};
  for (std::size_t k = 0; k < numbers.size(); ++k)
    if (!numbers[k].empty()) rs.push_back({numbers[k], 260 + 40.0 * k, y - 1, 6.0 * numbers[k].size(), 11});
  return rs;
}

TEST(RunsReader, ColumnsFromNumberPositionsKeepBlankCellsInPlace) {
  std::vector<R> page = number_row("一、本年新收", 100, {"5", "1", "0", "0", "0", "0", "6"});
  auto more = number_row("二、上年结转", 120, {"2", "", "", "", "", "", "2"});  // blank middle columns
  page.insert(page.end(), more.begin(), more.end());
  std::string json = runs_json({page});
  Document d = read(json);
  auto rows = filled(d);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(texts(*rows[0]), (std::vector<std::string>{"一、本年新收", "5", "1", "0", "0", "0", "0", "6"}));
  EXPECT_EQ(texts(*rows[1]), (std::vector<std::string>{"二、上年结转", "2", "", "", "", "", "", "2"}));
  EXPECT_EQ(rows[1]->cells.back().col, 7);
  // The columns are clusters of numbers, not a grid: the row carries no grid width.
  EXPECT_EQ(rows[1]->grid_width, 0);
  EXPECT_EQ(rows[0]->table, rows[1]->table);
  // Ranges point at the run's text inside the JSON.
  const auto& c = rows[0]->cells[1];
  EXPECT_EQ(json.substr(c.at.begin, c.at.length()), "5");
  EXPECT_EQ(d.layout, nianbao::Layout::Runs);
}

TEST(RunsReader, LabelInSmallFontAndNumbersInLargeFontShareTheLine) {
  // Middles 104.5 and 105.5: one line although the sizes differ.
  std::vector<R> page = {{"行政许可", 60, 100, 40, 9}, {"550", 300, 98.5, 18, 14}, {"3", 400, 98.5, 6, 14}};
  Document doc1 = read(runs_json({page}));
  auto rows = filled(doc1);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(texts(*rows[0]), (std::vector<std::string>{"行政许可", "550", "3"}));
}

TEST(RunsReader, LabelWrappedAroundItsNumbersIsJoinedIntoTheRow) {
  std::vector<R> page = number_row("（一）予以公开", 100, {"1", "0", "0", "0", "0", "0", "1"});
  page.push_back({"（二）部分公开（区分处理的，只计", 60, 118, 160, 9});
  for (int k = 0; k < 7; ++k) page.push_back({k == 0 || k == 6 ? "4" : "0", 260 + 40.0 * k, 122.5, 6, 11});
  page.push_back({"这一情形，不计其他情形）", 60, 129, 110, 9});
  Document doc2 = read(runs_json({page}));
  auto rows = filled(doc2);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(texts(*rows[1]),
            (std::vector<std::string>{"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "0",
                                      "0", "0", "0", "0", "4"}));
}

TEST(RunsReader, CharactersStackedOnePerLineAreOneVerticalLabel) {
  std::vector<R> page = number_row("（一）予以公开", 100, {"1", "0", "0", "0", "0", "0", "1"});
  const char* chars[] = {"三、", "本", "年", "度", "办", "理", "结", "果"};
  for (int k = 0; k < 8; ++k) page.push_back({chars[k], 30, 96.0 + 15 * k, k == 0 ? 15.0 : 7.5, 7.5});
  auto more = number_row("（二）部分公开", 140, {"2", "0", "0", "0", "0", "0", "2"});
  page.insert(page.end(), more.begin(), more.end());
  Document doc3 = read(runs_json({page}));
  auto rows = filled(doc3);
  std::vector<std::string> all;
  for (const Row* r : rows) all.push_back(r->cells.front().text);
  EXPECT_EQ(all, (std::vector<std::string>{"三、本年度办理结果", "（一）予以公开", "（二）部分公开"}));
}

TEST(RunsReader, PageNumbersAndRunningHeadersAreDropped) {
  std::vector<std::vector<R>> pages;
  for (int p = 1; p <= 3; ++p) {
    std::string n = std::to_string(p);
    pages.push_back({{"某某县人民政府文件", 220, 30, 150, 12},
                     {"第" + n + "段正文。", 72, 200, 100, 16},
                     {"- " + n + " -", 290, 800, 20, 12}});
  }
  Document doc4 = read(runs_json(pages));
  auto rows = filled(doc4);
  std::vector<std::string> all;
  for (const Row* r : rows) all.push_back(r->cells.front().text);
  EXPECT_EQ(all, (std::vector<std::string>{"第1段正文。", "第2段正文。", "第3段正文。"}));
}

TEST(RunsReader, TableContinuedOnTheNextPageIsOneTable) {
  std::vector<R> p1 = number_row("（一）予以公开", 700, {"1", "0", "0", "0", "0", "0", "1"});
  p1.push_back({"- 3 -", 290, 800, 20, 12});
  std::vector<R> p2 = number_row("（二）部分公开", 60, {"2", "0", "0", "0", "0", "0", "2"});
  Document doc5 = read(runs_json({p1, p2}));
  auto rows = filled(doc5);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_GE(rows[0]->table, 0);
  EXPECT_EQ(rows[0]->table, rows[1]->table);
}

TEST(RunsReader, ProseLinesMakeParagraphsAndAPageBreakDoesNotSplitOne) {
  std::vector<R> p1 = {{"一、总体情况", 104, 100, 96, 16},
                       {"本年度，我机关认真贯彻落实条例，主动公开政府信息", 104, 130, 416, 16},
                       {"共计 120 条，其中规章 0 件。", 72, 157, 230, 16},
                       {"（一）主动公开情况。我们继续推进基层政务公开标准", 104, 184, 416, 16},
                       {"化规范化建设，全年", 72, 211, 448, 16}};
  std::vector<R> p2 = {{"发布信息 300 条。", 72, 80, 140, 16}};
  Document d = read(runs_json({p1, p2}));
  std::vector<std::string> paragraphs;
  std::string cur;
  for (const auto& r : d.rows) {
    if (r.cells.empty()) {
      if (!cur.empty()) paragraphs.push_back(cur);
      cur.clear();
      continue;
    }
    cur += r.cells.front().text;
  }
  if (!cur.empty()) paragraphs.push_back(cur);
  ASSERT_EQ(paragraphs.size(), 3u) << ::testing::PrintToString(paragraphs);
  EXPECT_EQ(paragraphs[0], "一、总体情况");
  EXPECT_EQ(paragraphs[2],
            "（一）主动公开情况。我们继续推进基层政务公开标准化规范化建设，全年发布信息 300 条。");
}

TEST(RunsReader, RulingLineSeparatesCellsThatTouch) {
  std::vector<R> page = {{"行政处罚", 60, 100, 40, 10}, {"12", 101, 100, 12, 10}};
  std::string vertical = R"([{"x":100.5,"y":95,"w":0.5,"h":20}])";
  Document doc6 = read(runs_json({page}, vertical));
  auto ruled = filled(doc6);
  ASSERT_EQ(ruled.size(), 1u);
  EXPECT_EQ(texts(*ruled[0]), (std::vector<std::string>{"行政处罚", "12"}));
  Document doc7 = read(runs_json({page}));
  auto unruled = filled(doc7);
  EXPECT_EQ(texts(*unruled[0]), (std::vector<std::string>{"行政处罚12"}));
}

// A label too wide for its cell printed on over the (empty) cells beside it, across the first
// number columns: the numbers under it keep their columns and the label stays whole.
TEST(RunsReader, LabelPrintedOverNumberColumnsDoesNotClaimThem) {
  std::vector<R> page = number_row("（一）予以公开", 100, {"1", "0", "0", "0", "0", "0", "1"});
  page.push_back({"（二）部分公开（区分处理的，只计这一情形）", 60, 120, 290, 7});  // to x 350
  for (int k = 0; k < 7; ++k) page.push_back({k == 0 || k == 6 ? "4" : "0", 262 + 40.0 * k, 119, 6, 9});
  auto more = number_row("（三）不予公开", 140, {"2", "0", "0", "0", "0", "0", "2"});
  page.insert(page.end(), more.begin(), more.end());
  Document d = read(runs_json({page}));
  auto rows = filled(d);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(texts(*rows[1]), (std::vector<std::string>{"（二）部分公开（区分处理的，只计这一情形）", "4", "0",
                                                       "0", "0", "0", "0", "4"}));
}

// A label that fills its cell and a number at the left edge of a narrow column, edge to edge: the
// number stands in a column of the table's other numbers, so it is a cell of its own.
TEST(RunsReader, NumberTouchingItsLabelInANumberColumnIsACell) {
  std::vector<R> page = number_row("（一）予以公开", 100, {"1", "0", "0", "0", "0", "0", "1"});
  page.push_back({"1.属于国家秘密", 60, 120, 200, 9});  // ends at x 260, where column 1 starts
  for (int k = 0; k < 7; ++k)
    page.push_back({k == 6 ? "3" : (k == 0 ? "3" : "0"), 260 + 40.0 * k, 119, 6, 11});
  Document d = read(runs_json({page}));
  auto rows = filled(d);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(texts(*rows[1]), (std::vector<std::string>{"1.属于国家秘密", "3", "0", "0", "0", "0", "0", "3"}));
  // In prose a number touching its words stays in the sentence.
  Document prose = read(
      runs_json({{{"全年收到申请", 60, 100, 72, 12}, {"37", 132, 100, 12, 12}, {"件。", 144, 100, 24, 12}}}));
  auto lines = filled(prose);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(texts(*lines[0]), (std::vector<std::string>{"全年收到申请37件。"}));
}

// Bold imitated by printing the same text twice, a fraction of a point apart.
TEST(RunsReader, TextPrintedTwiceForBoldIsReadOnce) {
  std::vector<R> page = number_row("（一）予以公开", 100, {"12", "0", "0", "0", "0", "0", "12"});
  auto copy = number_row("（一）予以公开", 100, {"12", "0", "0", "0", "0", "0", "12"});
  for (auto& r : copy) r.x += 0.3;
  page.insert(page.end(), copy.begin(), copy.end());
  Document d = read(runs_json({page}));
  auto rows = filled(d);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(texts(*rows[0]),
            (std::vector<std::string>{"（一）予以公开", "12", "0", "0", "0", "0", "0", "12"}));
}

// Wide numbers right-aligned in narrow ruled cells: two columns' numbers less than a point apart stay
// two columns where a rule stands between them.
TEST(RunsReader, RuleBetweenTouchingNumberColumnsKeepsThemApart) {
  auto row = [](const std::string& label, double y, const std::string& a, const std::string& b) {
    return std::vector<R>{{label, 60, y, 60, 10},
                          {a, 330 - 6.0 * a.size(), y, 6.0 * a.size(), 10},
                          {b, 361 - 6.0 * b.size(), y, 6.0 * b.size(), 10},
                          {"7", 385, y, 6, 10}};
  };
  std::vector<R> page = row("行政许可", 100, "1000", "10000");
  for (auto& r : row("行政处罚", 120, "5", "5")) page.push_back(r);
  std::string rules = R"([{"x":330.25,"y":95,"w":0.5,"h":40}])";
  Document ruled = read(runs_json({page}, rules));
  auto rows = filled(ruled);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(texts(*rows[0]), (std::vector<std::string>{"行政许可", "1000", "10000", "7"}));
  EXPECT_EQ(texts(*rows[1]), (std::vector<std::string>{"行政处罚", "5", "5", "7"}));
}

TEST(RunsReader, JsonEscapesAreDecodedAndRangesStayOnTheString) {
  std::string json =
      R"({"nianbao_runs":1,"pages":[{"page":1,"width":595,"height":842,"runs":[)"
      R"({"text":"\u4e00\u3001\u603b\u4f53\u60c5\u51b5","x":72,"y":100,"w":96,"h":16,"size":16}]}]})";
  Document d = read(json);
  auto rows = filled(d);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]->cells[0].text, "一、总体情况");
  EXPECT_EQ(json.substr(rows[0]->cells[0].at.begin, 6), "\\u4e00");
}

// The runs JSON as the extractor's format allows it to vary: keys in any order, unknown members of any shape,
// a key given twice (the first counts), items of the wrong kind (left out), numbers that are not numbers.
TEST(RunsJson, KeysInAnyOrderTheFirstOfATwiceGivenKeyCountsAndOtherValuesAreLeftOut) {
  std::string json =
      R"({"pages":[{"runs":[{"x":1,"text":"甲","y":2,"w":3,"h":4,"size":9,"x":99,"text":"乙",)"
      R"("extra":{"a":[1,{"b":null}],"c":"\u4e00"}},5,{"x":1},{"text":7}],"page":7,"width":600,)"
      R"("height":800,"page":9,"lines":[{"x":1,"y":2,"w":0.5,"h":100},"no"]},"not a page",)"
      R"({"page":"3","runs":[{"text":"丙","x":true,"w":-5,"size":"12","rot":-90}]}],)"
      R"("source":"pdf","nianbao_runs":1,"source":"ofd","pages":[{"runs":[{"text":"丁"}]}]})";
  nianbao::RunsInput in = nianbao::parse_runs_json(json);
  ASSERT_TRUE(in.ok) << in.problem;
  EXPECT_EQ(in.source_format, "pdf");
  ASSERT_EQ(in.pages.size(), 2u) << "the second \"pages\" and the items that are no page objects left out";
  const nianbao::RunsPage& p1 = in.pages[0];
  EXPECT_EQ(p1.number, 7);
  EXPECT_EQ(p1.width, 600);
  EXPECT_EQ(p1.height, 800);
  ASSERT_EQ(p1.runs.size(), 1u) << "a run needs to be an object with a string text";
  EXPECT_EQ(p1.runs[0].text, "甲");
  EXPECT_EQ(json.substr(p1.runs[0].at.begin, p1.runs[0].at.end - p1.runs[0].at.begin), "甲");
  EXPECT_EQ(p1.runs[0].x, 1);
  EXPECT_EQ(p1.runs[0].y, 2);
  EXPECT_EQ(p1.runs[0].size, 9);
  ASSERT_EQ(p1.lines.size(), 1u);
  EXPECT_EQ(p1.vertical_rules.size(), 1u);
  // numbers that are none fall back: the page's place in the document, 0, and no negative width
  const nianbao::RunsPage& p2 = in.pages[1];
  EXPECT_EQ(p2.number, 2);
  ASSERT_EQ(p2.runs.size(), 1u);
  EXPECT_EQ(p2.runs[0].x, 0);
  EXPECT_EQ(p2.runs[0].w, 0);
  EXPECT_EQ(p2.runs[0].size, 0);
  EXPECT_EQ(p2.runs[0].rot, 270);
}

// A document that is no runs JSON says where it breaks, also inside values the reader does not keep.
// What JSON.stringify writes for text with a lone surrogate: "\ud800" escapes, each read as U+FFFD, and the
// escape after a lone high surrogate still read (it was dropped).
TEST(RunsJson, LoneSurrogatesAreReplacementCharactersAndTheNextEscapeIsKept) {
  nianbao::RunsInput in = nianbao::parse_runs_json(
      R"({"nianbao_runs":1,"pages":[{"runs":[{"text":"a\ud800\u0041\udc00b\ud83d\ude00\ud800\n"}]}]})");
  ASSERT_TRUE(in.ok) << in.problem;
  ASSERT_EQ(in.pages.size(), 1u);
  ASSERT_EQ(in.pages[0].runs.size(), 1u);
  EXPECT_EQ(in.pages[0].runs[0].text,
            "a\xEF\xBF\xBD"
            "A\xEF\xBF\xBD"
            "b\xF0\x9F\x98\x80\xEF\xBF\xBD\n");
}

TEST(RunsJson, BrokenJsonNamesItsByteEvenInsideValuesThatAreNotKept) {
  auto problem = [](const std::string& json) { return nianbao::parse_runs_json(json).problem; };
  std::string comma = R"({"nianbao_runs":1,"pages":[{"runs":[{"text":"a",}]}]})";
  EXPECT_EQ(problem(comma), "expected a key at byte " + std::to_string(comma.find(",}") + 1));
  std::string deep = R"({"nianbao_runs":1,"extra":)" + std::string(40, '[') + std::string(40, ']') + "}";
  EXPECT_EQ(problem(deep), "nesting too deep at byte " + std::to_string(deep.find('[') + 32));
  std::string bad = R"({"nianbao_runs":1,"extra":{"a":[1,tru]}})";
  EXPECT_EQ(problem(bad), "bad value at byte " + std::to_string(bad.find("tru")));
  EXPECT_EQ(problem(R"({"nianbao_runs":1} x)"), "text after the JSON value at byte 19");
  EXPECT_EQ(problem("[1]"), R"(not a runs document (no "nianbao_runs" key))");
  EXPECT_EQ(problem(R"({"pages":[]})"), R"(not a runs document (no "nianbao_runs" key))");
  nianbao::RunsInput broken =
      nianbao::parse_runs_json(R"({"nianbao_runs":1,"source":"pdf","pages":[{"runs":[]})");
  EXPECT_FALSE(broken.ok);
  EXPECT_TRUE(broken.pages.empty() && broken.source_format.empty())
      << "nothing kept of a document that breaks";
}

std::string message_of(const std::string& json) {
  nianbao::CheckOptions o;
  o.kind = "pdf-runs";
  nianbao::Result r = nianbao::check(json, o);
  EXPECT_EQ(r.diagnostics.size(), 1u);
  if (r.diagnostics.empty()) return "";
  EXPECT_EQ(r.diagnostics[0].rule, "input-unreadable");
  return r.diagnostics[0].message_zh + " | " + r.diagnostics[0].message_en;
}

TEST(RunsCheck, ScanEncryptedBrokenAndBadJsonAreExplained) {
  std::string scan =
      R"({"nianbao_runs":1,"pages":[{"page":1,"width":595,"height":842,"images":1,"runs":[]}]})";
  EXPECT_NE(message_of(scan).find("OCR"), std::string::npos);
  EXPECT_NE(message_of(scan).find("扫描件"), std::string::npos);
  EXPECT_NE(message_of(R"({"nianbao_runs":1,"error":"encrypted","pages":[]})").find("加密"),
            std::string::npos);
  EXPECT_NE(message_of(R"({"nianbao_runs":1,"error":"broken","detail":"Invalid PDF structure.","pages":[]})")
                .find("Invalid PDF structure"),
            std::string::npos);
  EXPECT_NE(message_of(R"({"nianbao_runs":1,"pages":[{"runs":[{"text":"a",)").find("runs JSON"),
            std::string::npos);
  std::string deep(100000, '[');
  EXPECT_NE(message_of(R"({"nianbao_runs":)" + deep).find("too deep"), std::string::npos);
}

TEST(RunsCheck, RunsJsonIsRecognisedWithoutTheKindAndFindingsCarryTheirPlaceOnThePage) {
  // Table 四 with a wrong total: the finding points at the printed total on page 2.
  std::vector<R> p1 = {{"2023年某某县人民政府政府信息公开工作年度报告", 100, 80, 400, 18},
                       {"一、总体情况", 72, 130, 96, 16},
                       {"二、主动公开政府信息情况", 72, 160, 190, 16},
                       {"三、收到和处理政府信息公开申请情况", 72, 190, 270, 16}};
  std::vector<R> p2 = {{"四、政府信息公开行政复议、行政诉讼情况", 72, 60, 300, 16}};
  const char* heads[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
  for (int k = 0; k < 5; ++k) p2.push_back({heads[k], 60 + 30.0 * k, 100, 28, 7});
  std::vector<std::string> nums = {"1", "0", "0", "0", "2"};
  for (int k = 0; k < 5; ++k) p2.push_back({nums[k], 70 + 30.0 * k, 115, 5, 9});
  std::string json = runs_json({p1, p2});
  nianbao::Result r = nianbao::check(json);
  EXPECT_EQ(r.input_kind, "pdf");
  nlohmann::json j = nianbao::testing::result_tree(r, json, "zh");
  bool boxed = false;
  for (const auto& d : j["diagnostics"]) {
    if (d["rule"] != "t4-total") continue;
    ASSERT_TRUE(d.contains("box")) << d.dump();
    EXPECT_EQ(d["box"]["page"], 2);
    EXPECT_NEAR(d["box"]["x"].get<double>(), 190, 0.01);
    EXPECT_NEAR(d["box"]["y"].get<double>(), 115, 0.01);
    boxed = true;
  }
  EXPECT_TRUE(boxed) << j["diagnostics"].dump();
}

}  // namespace

// Coordinates as JSON writers print them: plain decimals (read in one pass), exponents (JSON.stringify
// writes 1e-7 and 1.5e+21), and a number followed by more number bytes, which is no number.
TEST(RunsJson, NumbersInEveryJsonFormAreRead) {
  nianbao::RunsInput in = nianbao::parse_runs_json(
      R"({"nianbao_runs":1,"pages":[{"runs":[{"text":"甲","x":12.5,"y":-3,"w":1e-7,"h":2.5E+1,"size":0.125}]}]})");
  ASSERT_TRUE(in.ok) << in.problem;
  const nianbao::Run& r = in.pages.at(0).runs.at(0);
  EXPECT_EQ(r.x, 12.5);
  EXPECT_EQ(r.y, -3);
  EXPECT_EQ(r.w, 1e-7);
  EXPECT_EQ(r.h, 25);
  EXPECT_EQ(r.size, 0.125);
  std::string bad = R"({"nianbao_runs":1,"extra":[1.2.3]})";
  EXPECT_EQ(nianbao::parse_runs_json(bad).problem, "bad number at byte " + std::to_string(bad.find("]")));
}
