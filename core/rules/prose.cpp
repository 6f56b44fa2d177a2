#include "core/rules/prose.hpp"

#include "core/text/compact.hpp"
#include "core/text/normalize.hpp"
#include "core/text/prose_numbers.hpp"

namespace nianbao::rules {

Range Compact::range(std::size_t b, std::size_t e) const {
  if (!piece || pos.empty()) return {};
  if (b >= pos.size()) b = pos.size() - 1;
  if (e >= pos.size()) e = pos.size() - 1;
  return piece->range(pos[b], e > b ? pos[e - 1] + 1 : pos[b]);
}

Compact compact_piece(const TextPiece& piece) {
  text::Compacted t = text::compact(piece.text, 0, piece.text.size(), text::Fold::Digits);
  Compact c;
  c.piece = &piece;
  c.text = std::move(t.text);
  c.pos = std::move(t.at);
  c.pos.push_back(piece.text.size());
  return c;
}

std::vector<const TextPiece*> prose_pieces(const Report& report) {
  std::vector<const TextPiece*> out;
  for (const auto& p : report.prose) out.push_back(&p);
  if (out.empty())
    for (const auto& s : report.sections)
      for (const auto& p : s.paragraphs) out.push_back(&p);
  return out;
}

std::string section_text(const Section& section) {
  std::string out;
  for (const auto& p : section.paragraphs) {
    if (!out.empty()) out += "\n";
    out += compact_piece(p).text;
  }
  return out;
}

bool mentions_any(const std::string& text, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (text::contains(text, w)) return true;
  return false;
}

}  // namespace nianbao::rules
