#include "core/text/cell_number.hpp"

#include <optional>

#include "core/text/normalize.hpp"

namespace nianbao::text {

namespace {

const std::string_view kUnits[] = {"万元", "元", "件", "条", "个", "项", "次", "人"};

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
  DecimalReading d = Decimal::read(number);
  if (d.value) {
    out.kind = CellKind::Number;
    out.value = d.value;
    return out;
  }
  out.kind = CellKind::Text;
  out.problem = d.problem;
  if (d.problem == NumberProblem::None) out.unit.clear();
  return out;
}

namespace {

// The ideographs a value cell may hold: 无 (a placeholder) and the units.
bool value_ideograph(char32_t c) {
  switch (c) {
    case U'无':
    case U'万':
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

// is_value_text is asked of every cell several times while the tables are found, and parse_cell
// allocates three strings each time. The commonest cells are answered here without it: a blank cell,
// digits alone, and text holding a character no number, unit or placeholder contains (most ASCII
// punctuation, a letter, or another ideograph). Anything else is left to parse_cell (nullopt).
std::optional<bool> quick_is_value(std::string_view t) {
  bool blank = true, digits_only = true;
  for (std::size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t') continue;
    blank = false;
    if (c >= '0' && c <= '9') continue;
    digits_only = false;
    // Among ASCII characters a value cell holds only digits, spaces, signs, separators and the
    // placeholders' / - \\; any other (a letter, a "|" left by a broken table) makes text.
    if (c < 0x80) {
      if (std::string_view(".,+-/\\\r\n\v\f").find(static_cast<char>(c)) == std::string_view::npos)
        return false;
      continue;
    }
    // A three-byte UTF-8 sequence in U+4E00..U+9FFF (lead bytes E4..E9).
    if (c >= 0xE4 && c <= 0xE9 && i + 2 < t.size()) {
      unsigned char c1 = static_cast<unsigned char>(t[i + 1]), c2 = static_cast<unsigned char>(t[i + 2]);
      if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
        char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(c1 & 0x3F) << 6) | char32_t(c2 & 0x3F);
        if (cp >= 0x4E00 && !value_ideograph(cp)) return false;
      }
    }
  }
  if (blank || digits_only) return true;  // a blank, or a number (in range or not)
  return std::nullopt;
}

}  // namespace

bool is_value_text(std::string_view text) {
  if (auto quick = quick_is_value(text)) return *quick;
  return parse_cell(text).is_value();
}

}  // namespace nianbao::text
