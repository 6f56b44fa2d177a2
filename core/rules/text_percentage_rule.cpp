// text-percentage: "予以公开 40 件，占 40%" against the count divided by table 三 （七）总计.
// Only a percentage that follows a count the other text rules recognised, joined to it by 占, is checked:
// 同比增长 5%, 满意率 100% and the like have no table operand.
#include <cstdint>
#include <cstdlib>

#include "core/rules/describe.hpp"
#include "core/rules/text_checks.hpp"
#include "core/rules/text_support.hpp"

namespace nianbao::rules {

namespace {

// count / total as a percentage, in millionths of a point (exact integer arithmetic).
std::int64_t percent_micros(Decimal count, Decimal total) {
  // Counts are whole numbers below 10^12 (Decimal's bound): c * 2 * 10^8 needs 128 bits.
  Decimal::Micros c = count.integer_part(), t = total.integer_part();
  if (t <= 0) return 0;
  Decimal::Micros p = (c * 100 * Decimal::kScale * 2 + t) / (2 * t);
  // A count far above the total (a misread prose number) gives an absurd share: cap it, it fails anyway.
  return p > INT64_MAX ? INT64_MAX : p < 0 ? 0 : static_cast<std::int64_t>(p);
}

// Rounds millionths to one decimal place, for the expected value shown to the user.
Decimal one_decimal(std::int64_t micros) {
  std::int64_t step = Decimal::kScale / 10;
  std::int64_t r = (micros + step / 2) / step * step;
  return Decimal::from_micros(r);
}

}  // namespace

void check_percentages(const TableValues& values, const ProseScan& scan,
                       const std::vector<MatchedCount>& matched, Findings& out) {
  // The matched count of each quantity, if any.
  std::vector<const MatchedCount*> by_quantity(scan.quantities.size(), nullptr);
  for (const auto& c : matched)
    if (c.quantity < by_quantity.size()) by_quantity[c.quantity] = &c;
  for (std::size_t i = 1; i < scan.quantities.size(); ++i) {
    const Quantity& p = scan.quantities[i];
    if (!p.num.percent) continue;
    // Only the number right before, in the same sentence: "分别占80%、12%" pairs shares with counts in an
    // order we do not guess.
    const MatchedCount* m = by_quantity[i - 1];
    if (!m) continue;
    const Quantity& prev = scan.quantities[i - 1];
    if (prev.piece != p.piece || prev.sentence_begin != p.sentence_begin) continue;
    const Quantity& q = scan.quantities[m->quantity];
    std::string between = compact(scan.piece_of(p).text, q.num.unit_end, p.num.begin);
    if (between.find("占") == std::string::npos || cp_count(between) > 12 ||
        has_any(between, {"同比", "增长", "下降", "提高", "减少", "增加", "较", "分别"}))
      continue;
    Operand total = cell_operand(values, "t3.r7.total");
    if (!total.value || *total.value == Decimal() || !m->table_value) {
      out.not_assessable(NB_RULE("text-percentage"));
      continue;
    }
    out.checked(NB_RULE("text-percentage"));
    const std::int64_t tolerance = Decimal::kScale / 10 + 1;  // ±0.1 percentage point
    std::int64_t by_table = percent_micros(*m->table_value, *total.value);
    std::int64_t by_text = percent_micros(q.num.value, *total.value);
    std::int64_t found = p.num.value.micros();
    if (std::llabs(found - by_table) <= tolerance || std::llabs(found - by_text) <= tolerance) continue;
    const TextPiece& piece = scan.piece_of(p);
    std::string fragment = quote(piece, q.lead_begin, p.num.unit_end);
    Decimal expected = one_decimal(by_table);
    Diagnostic d;
    d.cell = "t3.r7.total";
    d.cells = m->cells;
    d.cells.push_back("t3.r7.total");
    d.at = piece.range(p.num.begin, p.num.unit_end);
    d.expected = decimal_json(expected);
    d.found = decimal_json(p.num.value);
    out.add(NB_RULE("text-percentage"), std::move(d),
            {{"quote", fragment},
             {"found", p.num.value.str()},
             {"count_name", m->name_zh, m->name_en},
             {"count", m->table_value->str()},
             {"total_name", total.name_zh, total.name_en},
             {"total", total.value->str()},
             {"expected", expected.str()}});
  }
}

}  // namespace nianbao::rules
