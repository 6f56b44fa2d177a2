// Writing a cell back into the source keeps every other cell where it was, in every layout the readers take
// (tabs, pipes, one cell per line, PDF text, HTML; corpus 001 when ../shared is there); a non-number is
// refused.
#include "core/edit/cell_write.hpp"

#include <gtest/gtest.h>

#include <map>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using Cells = std::map<std::string, std::string>;  // key -> "kind:value"

std::string describe(const CellValue& c) {
  std::optional<Decimal> v = c.arithmetic();
  return std::to_string(static_cast<int>(c.kind)) + ":" + (v ? v->str() : "-");
}

Cells cells_of(const Result& r) {
  Cells out;
  for (const ReportTable* t : {&r.report.t3, &r.report.t4})
    for (const auto& row : t->rows)
      for (const auto& [col, cell] : row.cells)
        if (cell.present()) out[t->key + "." + row.key + "." + col] = describe(cell);
  return out;
}

const CellValue* find_cell(const Result& r, const std::string& table, const std::string& row,
                           const std::string& col) {
  const ReportTable* t = r.report.table(table);
  return t ? t->cell(row, col) : nullptr;
}

// Writes `value` into TABLE.ROW.COL of `input` the way the page does and returns the new input.
std::string write_cell(const std::string& input, const Result& r, const std::string& table,
                       const std::string& row, const std::string& col, const std::string& value, bool html,
                       std::string* kind = nullptr) {
  const CellValue* c = find_cell(r, table, row, col);
  EXPECT_NE(c, nullptr) << table << "." << row << "." << col;
  if (!c) return input;
  std::size_t line_begin = input.rfind('\n', c->at.begin == 0 ? 0 : c->at.begin - 1);
  line_begin = line_begin == std::string::npos ? 0 : line_begin + 1;
  std::size_t line_end = input.find('\n', c->at.end);
  if (line_end == std::string::npos) line_end = input.size();
  CellWrite w = cell_write(input.substr(line_begin, c->at.begin - line_begin),
                           input.substr(c->at.begin, c->at.end - c->at.begin),
                           input.substr(c->at.end, line_end - c->at.end), value, html);
  if (kind) *kind = w.kind;
  return input.substr(0, c->at.begin) + w.text + input.substr(c->at.end);
}

void expect_clearing_keeps_others(const std::string& input, bool html, const std::string& what) {
  CheckOptions o;
  o.kind = html ? "html" : "auto";
  Result before = check(input, o);
  Cells cells0 = cells_of(before);
  ASSERT_FALSE(cells0.empty()) << what;
  for (const auto& [table, row, col] :
       std::vector<std::tuple<std::string, std::string, std::string>>{{"t3", "r1", "biz"},
                                                                      {"t3", "new", "total"},
                                                                      {"t4", "rv", "keep"},
                                                                      {"t4", "rv", "total"},
                                                                      {"t4", "lr", "total"}}) {
    if (!find_cell(before, table, row, col)) continue;
    const std::string key = table + "." + row + "." + col;
    std::string edited = write_cell(input, before, table, row, col, "", html);
    Result after = check(edited, o);
    Cells cells1 = cells_of(after);
    for (const auto& [k, v] : cells0) {
      if (k == key) continue;
      EXPECT_EQ(cells1[k], v) << what << ": clearing " << key << " moved " << k;
    }
    const CellValue* cleared = find_cell(after, table, row, col);
    ASSERT_NE(cleared, nullptr) << what << " " << key;
    EXPECT_TRUE(cleared->kind == CellKind::Blank || cleared->kind == CellKind::Placeholder)
        << what << " " << key;
    // and a number written back is read as that number, in the same place
    std::string again = write_cell(edited, after, table, row, col, "12", html);
    Result back = check(again, o);
    const CellValue* twelve = find_cell(back, table, row, col);
    ASSERT_NE(twelve, nullptr);
    ASSERT_TRUE(twelve->value.has_value()) << what << " " << key;
    EXPECT_EQ(twelve->value->str(), "12") << what << " " << key;
  }
}

TEST(CellWrite, ClearingACellKeepsEveryOtherCellInEveryLayout) {
  for (const char* name : {"clean-2021-tabs.txt", "clean-2021-pipes.md", "clean-2021-lines.txt",
                           "clean-2021-pdf.txt", "clean-2019-tabs.txt"})
    expect_clearing_keeps_others(testing::read_file(testing::fixture_path(name)), false, name);
  expect_clearing_keeps_others(testing::read_file(testing::fixture_path("clean-2021.html")), true,
                               "clean-2021.html");
}

TEST(CellWrite, CorpusPdfTextReport001) {
  auto dir = testing::corpus_dir();
  if (!dir) GTEST_SKIP() << "no ../shared/corpus";
  expect_clearing_keeps_others(testing::read_file(*dir + "/reports/001.txt"), false, "001");
}

TEST(CellWrite, KindsAndEscaping) {
  EXPECT_EQ(cell_write("a\t", "", "\tb", "十一", false).kind, "text");
  EXPECT_EQ(cell_write("a\t", "", "\tb", " 11 ", false).text, "11");
  EXPECT_EQ(cell_write("a\t", "", "\tb", "11", false).kind, "number");
  EXPECT_EQ(cell_write("a\t", "", "\tb", "", false).text, "");  // a tab row holds an empty cell
  EXPECT_EQ(cell_write("| a | ", "", " | b |", "", false).text, "");
  EXPECT_EQ(cell_write("a  1  ", "", "  3", "", false).text,
            "—");                                          // space-aligned: a placeholder keeps the column
  EXPECT_EQ(cell_write("", "", "", "", false).text, "—");  // one cell per line
  EXPECT_EQ(cell_write("<td>", "", "</td>", "<b>", true).text, "&lt;b&gt;");
  EXPECT_EQ(cell_write("<td>", "", "</td>", "", true).text, "");
  EXPECT_EQ(cell_write("<tr>", "<td class=\"x\">", "</td>", "7", true).text,
            "<td class=\"x\">7");  // blank cell
  EXPECT_EQ(cell_write("a\t", "", "\tb", "1\n2", false).text, "1 2");
}

}  // namespace
}  // namespace nianbao
