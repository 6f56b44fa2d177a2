#include "core/text/cell_number.hpp"

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

bool is_value_text(std::string_view text) { return parse_cell(text).is_value(); }

}  // namespace nianbao::text
