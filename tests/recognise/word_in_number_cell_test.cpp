// A word in a number cell of 表三 ("abc", "见附件") is a flagged cell in its own column, in every
// layout: the other numbers of the row keep their columns and cell-not-number points at that cell.
// The variants are made here from the layout fixtures (tests/fixtures/make_layouts.py) by writing a
// word in place of one number of the row 本年新收; the .docx variant is the tab layout as
// WordprocessingML (one w:tbl per run of tab lines).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/check.hpp"
#include "tests/support/test_support.hpp"

namespace nianbao {
namespace {

using testing::fixture_path;
using testing::read_file;

const char* const kLabel = "一、本年新收政府信息公开申请数量";
const std::vector<std::string> kColumns = {"np", "biz", "research", "ngo", "legal", "other", "total"};

bool digit(char c) { return c >= '0' && c <= '9'; }

// `text` with the k-th number (counting from 0) after the first kLabel replaced by `word`.
std::string with_word(const std::string& text, int k, const std::string& word) {
  std::size_t i = text.find(kLabel);
  if (i == std::string::npos) return "";
  i += std::string(kLabel).size();
  for (int seen = 0; i < text.size(); ++i) {
    if (!digit(text[i]) || std::string(" \t\n|>").find(text[i - 1]) == std::string::npos) continue;
    std::size_t e = i;
    while (e < text.size() && digit(text[e])) ++e;
    if (e < text.size() && std::string(" \t\r\n|<&").find(text[e]) == std::string::npos) continue;
    if (seen++ == k) return text.substr(0, i) + word + text.substr(e);
    i = e;
  }
  return "";
}

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) o += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
  return o;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t b = 0;
  while (true) {
    std::size_t e = line.find('\t', b);
    cells.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  while (cells.size() > 1 && cells.back().empty()) cells.pop_back();  // trailing tabs are no cells
  return cells;
}

// The tab layout as word/document.xml, as Word writes such a table: lines with tabs are rows of one
// w:tbl per run of them, a row shorter than the table widens its first cell (w:gridSpan), other
// lines are paragraphs.
std::string tabs_as_docx(const std::string& tabs) {
  auto run = [](const std::string& t) {
    return "<w:r><w:t xml:space=\"preserve\">" + xml_escape(t) + "</w:t></w:r>";
  };
  std::vector<std::string> lines;
  for (std::size_t b = 0; b <= tabs.size();) {
    std::size_t e = tabs.find('\n', b);
    if (e == std::string::npos) e = tabs.size();
    lines.push_back(tabs.substr(b, e - b));
    b = e + 1;
  }
  std::string body;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].find('\t') == std::string::npos) {
      if (!lines[i].empty()) body += "<w:p>" + run(lines[i]) + "</w:p>";
      ++i;
      continue;
    }
    std::vector<std::vector<std::string>> rows;
    std::size_t width = 0;
    for (; i < lines.size() && lines[i].find('\t') != std::string::npos; ++i) {
      rows.push_back(split_tabs(lines[i]));
      width = std::max(width, rows.back().size());
    }
    body += "<w:tbl>";
    for (const auto& cells : rows) {
      body += "<w:tr>";
      for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string span =
            c == 0 && cells.size() < width
                ? "<w:tcPr><w:gridSpan w:val=\"" + std::to_string(width - cells.size() + 1) + "\"/></w:tcPr>"
                : "";
        body +=
            "<w:tc>" + span + "<w:p>" + (cells[c].empty() ? std::string() : run(cells[c])) + "</w:p></w:tc>";
      }
      body += "</w:tr>";
    }
    body += "</w:tbl>";
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

struct Layout {
  const char* name;
  const char* fixture;
  bool docx;
};

const Layout kLayouts[] = {{"tabs", "clean-2021-tabs.txt", false},  {"lines", "clean-2021-lines.txt", false},
                           {"pipes", "clean-2021-pipes.md", false}, {"pdf-text", "clean-2021-pdf.txt", false},
                           {"html", "clean-2021.html", false},      {"docx", "clean-2021-tabs.txt", true}};

Result read_variant(const Layout& l, const std::string& text) {
  CheckOptions o;
  o.file_name = l.fixture;
  if (l.docx) {
    o.kind = "docx-xml";
    o.file_name = "report.docx";
    return check(tabs_as_docx(text), o);
  }
  return check(text, o);
}

TEST(WordInNumberCell, StaysInItsOwnColumnInEveryLayout) {
  for (const Layout& l : kLayouts) {
    std::string clean = read_file(fixture_path(l.fixture));
    Result base = read_variant(l, clean);
    const TableRow* base_row = base.report.t3.row("new");
    ASSERT_NE(base_row, nullptr) << l.name;
    EXPECT_EQ(base.report.t3.cell("new", "np")->raw, "30") << l.name;
    EXPECT_EQ(base.report.t3.cell("new", "total")->raw, "37") << l.name;
    for (int k : {0, 3, 6}) {
      std::string text = with_word(clean, k, "abc");
      ASSERT_FALSE(text.empty()) << l.name;
      Result r = read_variant(l, text);
      const TableRow* row = r.report.t3.row("new");
      ASSERT_NE(row, nullptr) << l.name << " word at " << k;
      // The row is still named by its own label, never by the cells before the word ("…数量30abc").
      EXPECT_EQ(row->label, base_row->label) << l.name << " word at " << k;
      for (int c = 0; c < 7; ++c) {
        const CellValue* v = r.report.t3.cell("new", kColumns[c]);
        ASSERT_NE(v, nullptr) << l.name << " " << kColumns[c];
        if (c == k) {
          EXPECT_EQ(v->kind, CellKind::Text) << l.name << " word at " << k;
          EXPECT_EQ(v->raw, "abc") << l.name << " word at " << k;
        } else {
          EXPECT_EQ(v->raw, base.report.t3.cell("new", kColumns[c])->raw)
              << l.name << " word at " << k << ", column " << kColumns[c];
        }
      }
      std::vector<std::string> flagged;
      for (const auto& d : r.diagnostics)
        if (d.rule == "cell-not-number") flagged.push_back(d.cell);
      EXPECT_EQ(flagged, std::vector<std::string>{"t3.new." + kColumns[k]}) << l.name << " word at " << k;
    }
  }
}

}  // namespace
}  // namespace nianbao
