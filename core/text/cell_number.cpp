#include "core/text/cell_number.hpp"

#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::text {

namespace {

const std::string_view kUnits[] = {"万元", "元", "件", "条", "个", "项", "次", "人"};

// A cell written as a number (units and signs taken off): its value, or why it has none.
void read_number(std::string_view number, ParsedCell& out) {
  DecimalReading d = Decimal::read(number);
  if (d.value) {
    out.kind = CellKind::Number;
    out.value = d.value;
    return;
  }
  out.kind = CellKind::Text;
  out.problem = d.problem;
  if (d.problem == NumberProblem::None) out.unit.clear();
}

bool ascii_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

bool is_placeholder(std::string_view t) {
  static const std::string_view kPlaceholders[] = {"/", "／", "-",  "－", "—",  "——", "–",
                                                   "─", "无", "\\", "、", "--", "―",  "－－"};
  for (auto p : kPlaceholders)
    if (t == p) return true;
  return false;
}

ParsedCell parse_cell(std::string_view text) {
  ParsedCell out;
  if (ascii_digits(text)) {  // most value cells: nothing to trim, fold, take off or compare below
    out.raw = std::string(text);
    read_number(text, out);
    return out;
  }
  out.raw = collapse_space(text);
  std::string t = fold_width(out.raw);
  // Remove spaces inside ("1 234" is rare; "3 件" common).
  std::string compact;
  for (char c : t)
    if (c != ' ') compact += c;
  if (compact.empty()) {
    out.kind = CellKind::Blank;
    return out;
  }
  if (is_placeholder(compact) || is_placeholder(out.raw)) {
    out.kind = CellKind::Placeholder;
    return out;
  }
  std::string number = compact;
  for (auto u : kUnits) {
    if (number.size() > u.size() && number.compare(number.size() - u.size(), u.size(), u) == 0) {
      out.unit = std::string(u);
      number.resize(number.size() - u.size());
      break;
    }
  }
  // A minus written as an en/em dash or full-width minus before digits.
  for (std::string_view dash : {"−", "–", "—"}) {
    if (number.compare(0, dash.size(), dash) == 0) {
      number = "-" + number.substr(dash.size());
      break;
    }
  }
  read_number(number, out);
  return out;
}

namespace {

// Whether c may stand in a value cell at all: a digit, sign, separator, space, unit or placeholder
// character, in either width. parse_cell() accepts no text with any other character, so such text
// is known not to be a value without building its parsed form (most cells of a report are labels).
bool may_be_in_value(char32_t c) {
  if (c < 0x80)
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+' || c == '/' || c == '\\' ||
           c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  if (c >= 0xFF0B && c <= 0xFF19) return true;  // ＋，－．／０…９
  switch (c) {
    case 0x3000:  // spaces collapse_space() removes
    case 0xA0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200B:
    case 0xFEFF:
    case 0x2212:  // dashes: minus signs and placeholders
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2500:
    case U'、':
    case U'无':
    case U'万':  // units
    case U'元':
    case U'件':
    case U'条':
    case U'个':
    case U'项':
    case U'次':
    case U'人':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool is_value_text(std::string_view text) {
  bool digits_only = !text.empty();
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = utf8::next(text, i);
    if (!may_be_in_value(c)) return false;
    digits_only = digits_only && c >= '0' && c <= '9';
  }
  if (digits_only) return true;  // a number, or one too long (still a value cell)
  return parse_cell(text).is_value();
}

}  // namespace nianbao::text
