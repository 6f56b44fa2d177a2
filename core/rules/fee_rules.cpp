// The 2021 format prints the fee unit in the header (万元); a figure written in 元 is then read
// 10 000 times too large. fee-unit looks at the cell and its header, fee-scale compares the table
// with what the prose says about 行政事业性收费 (not 信息处理费, which is a different fee).
#include "core/rules/fee_rules.hpp"

#include "core/rules/describe.hpp"
#include "core/rules/prose.hpp"
#include "core/text/prose_numbers.hpp"

namespace nianbao {

namespace {

const char* const kFee = "t2.fee.amount";
const Decimal kTenThousand = Decimal::from_int(10000);

// 元 -> 万元, when exact at our precision (0.01 元 = 0.000001 万元 always is).
std::optional<Decimal> yuan_to_wan(Decimal yuan) { return yuan.divided_exactly(10000); }

void fee_unit(const Report& report, const CellValue& c, Findings& out) {
  const auto rule = NB_RULE("fee-unit");
  out.checked(rule);
  auto header = report.t2.column_labels.find("amount");
  bool header_in_yuan = header != report.t2.column_labels.end() &&
                        header->second.find("元") != std::string::npos &&
                        header->second.find("万元") == std::string::npos;
  bool cell_in_other_unit = c.kind == CellKind::Number && !c.unit.empty() && c.unit != "万元";
  if (c.kind != CellKind::Text && !cell_in_other_unit && !header_in_yuan) return;
  if (c.problem != NumberProblem::None) return;  // a number out of range: cell-out-of-range says so
  Diagnostic d;
  d.cell = kFee;
  d.cells = {kFee};
  d.at = rules::cell_range(report, kFee);
  d.found = c.raw;
  Slot name{"cell", rules::cell_zh(report, kFee), rules::cell_en(report, kFee)};
  if (c.kind == CellKind::Text) {
    out.add(rule, std::move(d), {name, {"raw", c.raw}}, "not-an-amount");
    return;
  }
  std::string unit = cell_in_other_unit ? c.unit : "元";
  if (unit == "元" && c.value)
    if (auto wan = yuan_to_wan(*c.value)) d.expected = decimal_json(*wan);
  out.add(rule, std::move(d), {name, {"raw", c.raw}, {"unit", unit}});
}

// The figure the prose gives for 行政事业性收费 ("收取行政事业性收费 12.5 万元"), in 万元, with its place.
struct ProseFee {
  Decimal wan;
  std::string written;  // "125000元"
  Range at;
};

std::optional<ProseFee> prose_fee(const Report& report) {
  const std::string kTerm = "行政事业性收费";
  for (const TextPiece* p : rules::prose_pieces(report)) {
    // Compacting drops only whitespace and folds digits: a piece without 费 has no term once compacted.
    if (p->text.find("费") == std::string::npos) continue;
    rules::Compact c = rules::compact_piece(*p);
    std::size_t at = c.text.find(kTerm);
    while (at != std::string::npos) {
      // The sentence after the term: up to 。；; or the next paragraph.
      std::size_t end = c.text.find("。", at);
      for (const char* stop : {"；", ";"}) {
        std::size_t s = c.text.find(stop, at);
        if (s != std::string::npos && (end == std::string::npos || s < end)) end = s;
      }
      if (end == std::string::npos) end = c.text.size();
      for (std::size_t i = at + kTerm.size(); i < end; ++i) {
        if (c.text[i] < '0' || c.text[i] > '9') continue;
        auto n = text::read_decimal(c.text, i);
        if (!n) continue;
        std::size_t u = n->end;
        bool wan = c.text.compare(u, std::string("万元").size(), "万元") == 0;
        bool yuan = !wan && c.text.compare(u, std::string("元").size(), "元") == 0;
        if (wan || yuan) {
          std::size_t unit_end = u + (wan ? std::string("万元").size() : std::string("元").size());
          std::optional<Decimal> v = wan ? std::optional<Decimal>(n->value) : yuan_to_wan(n->value);
          if (v) return ProseFee{*v, c.text.substr(i, unit_end - i), c.range(i, unit_end)};
        }
        i = n->end;
      }
      at = c.text.find(kTerm, at + kTerm.size());
    }
  }
  return std::nullopt;
}

void fee_scale(const Report& report, const CellValue& c, Findings& out) {
  if (c.kind != CellKind::Number || (!c.unit.empty() && c.unit != "万元")) return;  // fee-unit's case
  Decimal table = *c.value;
  // More than six integer digits in 万元 is 100 亿元 or more: almost surely a figure in 元.
  const auto rule = NB_RULE("fee-scale");
  out.checked(rule);
  Slot name{"cell", rules::cell_zh(report, kFee), rules::cell_en(report, kFee)};
  if (table.integer_part() >= 1000000) {
    Diagnostic d;
    d.cell = kFee;
    d.cells = {kFee};
    d.at = rules::cell_range(report, kFee);
    d.found = decimal_json(table);
    if (auto wan = yuan_to_wan(table)) d.expected = decimal_json(*wan);
    out.add(rule, std::move(d), {name, {"value", rules::num(table)}}, "too-large");
    return;
  }
  std::optional<ProseFee> said = prose_fee(report);
  if (!said) return;
  out.checked(rule);
  if (said->wan == table) return;
  Diagnostic d;
  d.cell = kFee;
  d.cells = {kFee};
  d.at = said->at;
  d.expected = decimal_json(table);
  d.found = decimal_json(said->wan);
  out.add(rule, std::move(d),
          {name, {"written", said->written}, {"prose", rules::num(said->wan)}, {"value", rules::num(table)}});
}

}  // namespace

void run_fee_rules(const Report& report, Findings& out) {
  if (report.template_id == "2019" || report.template_id == "pre2019" || !report.t2.present) return;
  const CellValue* c = rules::find_cell(report, kFee);
  if (!c || c->kind == CellKind::Missing) return;
  fee_unit(report, *c, out);
  fee_scale(report, *c, out);
}

}  // namespace nianbao
