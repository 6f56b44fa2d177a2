#include "core/edit/cell_write.hpp"

#include "core/render/html_escape.hpp"
#include "core/text/cell_number.hpp"
#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

const char* kind_name(CellKind k) {
  switch (k) {
    case CellKind::Number:
      return "number";
    case CellKind::Blank:
      return "blank";
    case CellKind::Placeholder:
      return "placeholder";
    default:
      return "text";
  }
}

// Layouts whose separators survive an empty cell: a cell between tabs, or a cell framed by pipes. The
// last cell of a tab row with no tab after it does not survive: the line's trailing whitespace is
// trimmed and the row's numbers are then aligned to its last columns.
bool holds_empty_cell(std::string_view before, std::string_view after) {
  std::string b = text::trim(before), a = text::trim(after);
  if (before.find('\t') != std::string_view::npos && after.find('\t') != std::string_view::npos) return true;
  bool pipe_before = !b.empty() && b.back() == '|';
  // A cell at the end of a pipe row needs its closing pipe: "| a | " drops a trailing empty cell.
  bool pipe_after = !a.empty() && a.front() == '|';
  return pipe_before && pipe_after;
}

}  // namespace

CellWrite cell_write(std::string_view before, std::string_view current, std::string_view after,
                     std::string_view value, bool html) {
  // One line, one cell: line breaks and tabs inside a value would make new rows or cells.
  std::string v;
  for (char c : value) v += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  v = text::trim(v);
  text::ParsedCell p = text::parse_cell(v);
  CellWrite out{v, kind_name(p.kind)};
  if (html) {
    out.text = html::escape(v);
    // A blank cell points at its start tag (<td …>): the value goes after it, the tag stays.
    if (!current.empty() && current.front() == '<' && current.back() == '>')
      out.text = std::string(current) + out.text;
    return out;
  }
  if (p.kind == CellKind::Blank && !holds_empty_cell(before, after)) out.text = "—";
  return out;
}

}  // namespace nianbao
