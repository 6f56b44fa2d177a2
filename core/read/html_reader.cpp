// read_html: HTML source -> Document (paragraph rows and table rows with grid columns).
// One pass over the tokens of html_tokenizer with a small state: the prose paragraph being built, and
// a stack of open tables (a table inside a cell is its own table; its text never leaks into the outer
// cell). No element tree is built, so unclosed or misnested tags cost nothing: only block boundaries
// and the table tags (table, tr, td/th, row groups) matter, and every one of them is forgiving.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/read/html_table_grid.hpp"
#include "core/read/html_tags.hpp"
#include "core/read/html_text.hpp"
#include "core/read/html_tokenizer.hpp"
#include "core/read/read.hpp"
#include "core/read/table_builder.hpp"

namespace nianbao {

namespace {

using html::TableGrid;
using html::TextBuilder;
using html::Token;

// Tables nested deeper than this are read as part of their parent (no report nests more than two).
constexpr std::size_t kMaxTableDepth = 32;

bool is_row_group(std::string_view n) { return n == "tbody" || n == "thead" || n == "tfoot"; }

struct OpenTable {
  OpenTable(Document& doc) : table(doc) {}
  read::TableBuilder table;  // rows, cells, closing: shared with the .docx reader
  TableGrid grid;            // this reader's own part: where a cell lands given the spans
  // Current cell.
  bool cell_open = false;
  bool cell_dropped = false;  // beyond the column limit: its text is read and thrown away
  Cell cell;
  Range cell_tag;
  TextBuilder text;
};

class HtmlReader {
 public:
  explicit HtmlReader(std::string_view input) : in_(input) { doc_.layout = Layout::Html; }

  Document read() {
    html::Tokenizer tokenizer(in_);
    Token t;
    while (tokenizer.next(t)) {
      switch (t.kind) {
        case Token::Kind::Text:
          on_text(t.at);
          break;
        case Token::Kind::RawText:
          on_raw_text(t);
          break;
        case Token::Kind::StartTag:
          on_start(t);
          break;
        case Token::Kind::EndTag:
          on_end(t);
          break;
      }
    }
    while (!tables_.empty()) close_table(in_.size());
    flush_prose();
    doc_.truncated = doc_.truncated || tokenizer.cut_off();
    read::drop_empty_rows(doc_);
    return std::move(doc_);
  }

 private:
  bool in_cell() const { return !tables_.empty() && tables_.back().cell_open; }
  TextBuilder& current_text() { return in_cell() ? tables_.back().text : prose_; }

  void on_text(Range at) {
    if (in_head_) {
      // Text in <head> means the page forgot to close it (browsers move on to the body); space does not.
      std::string_view t = in_.substr(at.begin, at.length());
      if (t.find_first_not_of(" \t\r\n\f") == std::string_view::npos) return;
      in_head_ = false;
    }
    if (pre_depth_ == 0) {
      current_text().add_text(in_, at);
      return;
    }
    // <pre>: every line is a line; spaces are kept.
    std::size_t b = at.begin;
    while (b < at.end) {
      std::size_t nl = in_.find('\n', b);
      std::size_t e = nl == std::string_view::npos || nl > at.end ? at.end : nl;
      for (std::size_t i = b; i < e; ++i) {
        if (in_[i] == ' ' || in_[i] == '\t') {
          current_text().add_visible(" ", Range{i, i + 1});
        } else {
          std::size_t j = i;
          while (j < e && in_[j] != ' ' && in_[j] != '\t') ++j;
          current_text().add_text(in_, Range{i, j});
          i = j - 1;
        }
      }
      if (e < at.end) line_break();
      b = e + 1;
    }
  }

  void on_raw_text(const Token& t) {
    if (t.name != "title" || title_read_) return;  // script, style, a second <title> in the body...
    title_read_ = true;
    TextBuilder title;
    title.add_text(in_, t.at);
    read::add_paragraph(doc_, title);
  }

  void line_break() {
    if (in_cell())
      tables_.back().text.add_break();
    else
      flush_prose();
  }

  void on_start(const Token& t) {
    // A view: comparing it with a literal checks the length first, without std::string::compare's strlen.
    std::string_view n = t.name;
    if (n == "head") {
      in_head_ = true;
      return;
    }
    const html::TagInfo info = html::tag_info(n);
    if (in_head_ && !info.head_element) in_head_ = false;
    if (n == "table") return open_table(t);
    if (!tables_.empty()) {
      if (n == "tr") return open_row(t.at.begin);
      if (n == "td" || n == "th") return open_cell(t);
      if (is_row_group(n)) {
        close_row(t.at.begin);
        tables_.back().grid.end_group();
        return;
      }
    }
    if (n == "pre" || n == "listing") ++pre_depth_;
    if (info.block) line_break();
  }

  void on_end(const Token& t) {
    std::string_view n = t.name;
    if (n == "head") {
      in_head_ = false;
      return;
    }
    if (n == "table") {
      if (ignored_tables_ > 0) {
        --ignored_tables_;
        line_break();
      } else if (!tables_.empty()) {
        close_table(t.at.end);
        line_break();
      }
      return;
    }
    if (!tables_.empty()) {
      if (n == "tr") return close_row(t.at.end);
      if (n == "td" || n == "th") return close_cell();
      if (is_row_group(n)) {
        close_row(t.at.begin);
        tables_.back().grid.end_group();
        return;
      }
    }
    if ((n == "pre" || n == "listing") && pre_depth_ > 0) --pre_depth_;
    if (html::tag_info(n).block) line_break();
  }

  void open_table(const Token& t) {
    line_break();  // the text before the table ends its paragraph (or its part of the outer cell)
    if (tables_.size() >= kMaxTableDepth) {
      ++ignored_tables_;
      doc_.truncated = true;
      return;
    }
    flush_prose();
    (void)t;
    tables_.emplace_back(doc_);
  }

  void open_row(std::size_t at) {
    OpenTable& tb = tables_.back();
    close_cell();
    flush_prose();  // text stranded between rows: browsers show it before the table
    tb.grid.start_row();
    tb.table.open_row(at);
  }

  void open_cell(const Token& t) {
    OpenTable& tb = tables_.back();
    close_cell();
    if (!tb.table.row_open()) open_row(t.at.begin);  // <td> without <tr>
    flush_prose();
    const std::string_view* cs = t.attribute("colspan");
    const std::string_view* rs = t.attribute("rowspan");
    int col_span = TableGrid::parse_span(cs ? *cs : std::string_view(), TableGrid::kMaxColSpan);
    int row_span = TableGrid::parse_span(rs ? *rs : std::string_view(), TableGrid::kMaxRowSpan);
    int col = tb.grid.place(col_span, row_span);
    tb.cell_open = true;
    tb.cell_dropped = col < 0;
    if (tb.cell_dropped) doc_.truncated = true;
    tb.cell = Cell{};
    tb.cell.col = col;
    tb.cell.col_span = col_span;
    tb.cell.row_span = row_span;
    tb.cell_tag = t.at;
    tb.text.clear();
  }

  void close_cell() {
    if (tables_.empty() || !tables_.back().cell_open) return;
    OpenTable& tb = tables_.back();
    tb.cell_open = false;
    if (tb.cell_dropped || !tb.table.row_open()) return;
    tb.table.add_cell(std::move(tb.cell), tb.text, tb.cell_tag);
    tb.text.clear();
  }

  void close_row(std::size_t end) {
    close_cell();
    tables_.back().table.close_row(end);
  }

  void close_table(std::size_t end) {
    close_cell();
    OpenTable& tb = tables_.back();
    tb.table.close(end, tb.grid.width());
    tables_.pop_back();
  }

  void flush_prose() {
    read::add_paragraph(doc_, prose_);
    prose_.clear();
  }

  std::string_view in_;
  Document doc_;
  TextBuilder prose_;
  std::vector<OpenTable> tables_;
  std::size_t ignored_tables_ = 0;
  int pre_depth_ = 0;
  bool in_head_ = false;
  bool title_read_ = false;
};

}  // namespace

Document read_html(std::string_view utf8) { return HtmlReader(utf8).read(); }

}  // namespace nianbao
