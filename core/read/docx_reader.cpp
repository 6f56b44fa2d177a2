// read_docx_xml: WordprocessingML (word/document.xml of a .docx) -> Document, with the same grid
// semantics as the HTML reader: w:gridSpan is a colspan, a w:vMerge run (restart, continue...) is one
// cell with a rowspan, and continued cells are not repeated. Ranges point into the XML.
//
// What is read: the text of w:t runs, w:tab as a tab, w:br/w:cr as a line break (a new paragraph
// row outside tables, a join inside a cell), w:noBreakHyphen as '-'. What is not: deleted text
// (w:delText), field codes (w:instrText), the fallback copy of text boxes (mc:Fallback), and list
// numbers Word generates from numbering.xml (they are not in document.xml at all).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/read/html_text.hpp"
#include "core/read/html_tokenizer.hpp"
#include "core/read/read.hpp"
#include "core/read/table_builder.hpp"

namespace nianbao {

namespace {

using html::TextBuilder;
using html::Token;

constexpr std::size_t kMaxTableDepth = 32;
constexpr int kMaxGridSpan = 100;
constexpr int kMaxColumns = 1000;

int parse_val(const Token& t, int max) {
  const std::string_view* v = t.attribute("w:val");
  if (v == nullptr) return 0;
  long n = 0;
  for (char c : *v) {
    if (c < '0' || c > '9') break;
    if (n <= max) n = n * 10 + (c - '0');
  }
  return static_cast<int>(std::min<long>(n, max));
}

enum class VMerge { None, Restart, Continue };

struct OpenTable {
  explicit OpenTable(Document& doc) : table(doc) {}
  read::TableBuilder table;  // rows, cells, closing: shared with the HTML reader
  // This reader's own part: grid columns from w:gridBefore/w:gridSpan, and merges.
  int grid_cols = 0;  // w:tblGrid's w:gridCol count
  int width = 0;      // widest row seen
  int cursor = 0;     // next grid column in the open row
  // Open cell.
  bool cell_open = false;
  Cell cell;
  Range cell_tag;
  VMerge vmerge = VMerge::None;
  bool hmerge_continue = false;
  TextBuilder text;
  // Vertical merges still running: start column -> (doc.rows index, cell index) of the restart cell.
  std::map<int, std::pair<std::size_t, std::size_t>> merges;
};

// Where the text of the paragraph being read goes.
enum class Context { Body, Cell };

class DocxReader {
 public:
  explicit DocxReader(std::string_view xml) : in_(xml) { doc_.layout = Layout::Html; }

  Document read() {
    html::Tokenizer tokenizer(in_, /*xml=*/true);
    Token t;
    while (tokenizer.next(t)) {
      if (fallback_depth_ > 0) {  // the second copy of a text box: skip it whole
        if (t.name == "mc:fallback" && !t.self_closing)
          fallback_depth_ += t.kind == Token::Kind::StartTag ? 1 : t.kind == Token::Kind::EndTag ? -1 : 0;
        continue;
      }
      switch (t.kind) {
        case Token::Kind::Text:
          if (in_t_) target().add_text(in_, t.at);
          break;
        case Token::Kind::RawText:
          break;
        case Token::Kind::StartTag:
          on_start(t);
          break;
        case Token::Kind::EndTag:
          on_end(t);
          break;
      }
    }
    while (!paragraphs_.empty()) end_paragraph();
    while (!tables_.empty()) close_table(in_.size());
    doc_.truncated = doc_.truncated || tokenizer.cut_off();
    read::drop_empty_rows(doc_);
    return std::move(doc_);
  }

 private:
  Context context() const { return contexts_.empty() ? Context::Body : contexts_.back(); }
  bool in_cell() const { return context() == Context::Cell && !tables_.empty() && tables_.back().cell_open; }

  TextBuilder& target() {
    if (in_cell()) return tables_.back().text;
    if (paragraphs_.empty()) paragraphs_.emplace_back();  // text outside any w:p (broken XML)
    return paragraphs_.back();
  }

  void line_break() {
    if (in_cell())
      tables_.back().text.add_break();
    else if (!paragraphs_.empty())
      emit_paragraph(paragraphs_.back());
  }

  void on_start(const Token& t) {
    const std::string& n = t.name;
    bool open = !t.self_closing;
    if (n == "w:t") {
      in_t_ = open;
    } else if (n == "w:r") {
      if (open) ++run_depth_;
    } else if (n == "w:tab" && run_depth_ > 0) {
      target().add_visible("\t", t.at);
    } else if ((n == "w:br" || n == "w:cr") && run_depth_ > 0) {
      line_break();
    } else if (n == "w:nobreakhyphen" && run_depth_ > 0) {
      target().add_visible("-", t.at);
    } else if (n == "w:p") {
      if (!in_cell()) paragraphs_.emplace_back();
      if (!open) end_paragraph_tag();
    } else if (n == "w:tbl") {
      if (open) open_table();
    } else if (n == "w:gridcol") {
      if (!tables_.empty()) ++tables_.back().grid_cols;
    } else if (n == "w:tr") {
      if (!tables_.empty()) open_row(t.at.begin);
      if (!open && !tables_.empty()) close_row(t.at.end);
    } else if (n == "w:gridbefore") {
      if (!tables_.empty() && tables_.back().table.row_open())
        tables_.back().cursor = std::min(kMaxColumns, tables_.back().cursor + parse_val(t, kMaxGridSpan));
    } else if (n == "w:tc") {
      if (!tables_.empty()) {
        open_cell(t);
        if (!open) close_cell();
      }
    } else if (n == "w:gridspan") {
      if (!tables_.empty() && tables_.back().cell_open)
        tables_.back().cell.col_span = std::max(1, parse_val(t, kMaxGridSpan));
    } else if (n == "w:vmerge" || n == "w:hmerge") {
      if (!tables_.empty() && tables_.back().cell_open) {
        const std::string_view* v = t.attribute("w:val");
        bool restart = v != nullptr && *v == "restart";
        if (n == "w:vmerge")
          tables_.back().vmerge = restart ? VMerge::Restart : VMerge::Continue;
        else
          tables_.back().hmerge_continue = !restart;
      }
    } else if (n == "w:txbxcontent") {
      if (open) contexts_.push_back(Context::Body);
    } else if (n == "mc:fallback") {
      if (open) fallback_depth_ = 1;
    }
  }

  void on_end(const Token& t) {
    const std::string& n = t.name;
    if (n == "w:t")
      in_t_ = false;
    else if (n == "w:r")
      run_depth_ = run_depth_ > 0 ? run_depth_ - 1 : 0;
    else if (n == "w:p")
      end_paragraph_tag();
    else if (n == "w:tc")
      close_cell();
    else if (n == "w:tr") {
      if (!tables_.empty()) close_row(t.at.end);
    } else if (n == "w:tbl") {
      if (ignored_tables_ > 0)
        --ignored_tables_;
      else if (!tables_.empty())
        close_table(t.at.end);
    } else if (n == "w:txbxcontent") {
      if (!contexts_.empty() && contexts_.back() == Context::Body) contexts_.pop_back();
    }
  }

  // </w:p>: a body paragraph becomes a row; a cell paragraph ends a line of the cell.
  void end_paragraph_tag() {
    in_t_ = false;
    run_depth_ = 0;
    if (in_cell())
      tables_.back().text.add_break();
    else if (!paragraphs_.empty())
      end_paragraph();
  }

  void end_paragraph() {
    emit_paragraph(paragraphs_.back());
    paragraphs_.pop_back();
  }

  void emit_paragraph(TextBuilder& b) {
    read::add_paragraph(doc_, b);
    b.clear();
  }

  void open_table() {
    if (tables_.size() >= kMaxTableDepth) {
      ++ignored_tables_;
      doc_.truncated = true;
      return;
    }
    tables_.emplace_back(doc_);
  }

  void open_row(std::size_t at) {
    OpenTable& tb = tables_.back();
    close_cell();
    tb.table.open_row(at);
    tb.cursor = 0;
  }

  void open_cell(const Token& t) {
    OpenTable& tb = tables_.back();
    close_cell();
    if (!tb.table.row_open()) open_row(t.at.begin);
    tb.cell_open = true;
    tb.cell = Cell{};
    tb.cell.col = tb.cursor;
    tb.cell_tag = t.at;
    tb.vmerge = VMerge::None;
    tb.hmerge_continue = false;
    tb.text.clear();
    contexts_.push_back(Context::Cell);
  }

  void close_cell() {
    if (tables_.empty() || !tables_.back().cell_open) return;
    OpenTable& tb = tables_.back();
    tb.cell_open = false;
    if (!contexts_.empty() && contexts_.back() == Context::Cell) contexts_.pop_back();
    Cell& c = tb.cell;
    if (c.col >= kMaxColumns) {
      doc_.truncated = true;
      return;
    }
    c.col_span = std::min(c.col_span, kMaxColumns - c.col);
    tb.cursor = c.col + c.col_span;
    tb.width = std::max(tb.width, tb.cursor);
    Row& row = tb.table.row();
    if (tb.hmerge_continue && !row.cells.empty() &&
        row.cells.back().col + row.cells.back().col_span == c.col) {
      row.cells.back().col_span += c.col_span;  // legacy horizontal merge: widen the cell on the left
      return;
    }
    if (tb.vmerge == VMerge::Continue) {
      auto m = tb.merges.find(c.col);
      if (m != tb.merges.end()) {
        ++doc_.rows[m->second.first].cells[m->second.second].row_span;
        return;  // covered by the cell above: not repeated
      }
    }
    int col = c.col;
    std::size_t k = tb.table.add_cell(std::move(c), tb.text, tb.cell_tag);
    if (tb.vmerge == VMerge::Restart)
      tb.merges[col] = {tb.table.row_index(), k};
    else
      tb.merges.erase(col);
    tb.text.clear();
  }

  void close_row(std::size_t end) {
    close_cell();
    tables_.back().table.close_row(end);
  }

  void close_table(std::size_t end) {
    close_cell();
    OpenTable& tb = tables_.back();
    tb.table.close(end, std::max(tb.width, std::min(tb.grid_cols, kMaxColumns)));
    tables_.pop_back();
  }

  std::string_view in_;
  Document doc_;
  std::vector<TextBuilder> paragraphs_;  // open body paragraphs (text boxes nest them)
  std::vector<OpenTable> tables_;
  std::vector<Context> contexts_;
  std::size_t ignored_tables_ = 0;
  int fallback_depth_ = 0;
  int run_depth_ = 0;
  bool in_t_ = false;
};

}  // namespace

Document read_docx_xml(std::string_view document_xml) { return DocxReader(document_xml).read(); }

}  // namespace nianbao
