#include "core/rules/prose.hpp"

#include "core/text/utf8.hpp"

namespace nianbao::rules {

Range Compact::range(std::size_t b, std::size_t e) const {
  if (!piece || pos.empty()) return {};
  if (b >= pos.size()) b = pos.size() - 1;
  if (e >= pos.size()) e = pos.size() - 1;
  return piece->range(pos[b], e > b ? pos[e - 1] + 1 : pos[b]);
}

Compact compact_piece(const TextPiece& piece) {
  Compact c;
  c.piece = &piece;
  const std::string& s = piece.text;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t cp = utf8::next(s, i);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0xA0) continue;
    if (cp >= 0xFF10 && cp <= 0xFF19)
      cp = cp - 0xFF10 + '0';  // full-width digits
    else if (cp == 0xFF0E)
      cp = '.';
    else if (cp == 0xFF0C && !c.text.empty() && c.text.back() >= '0' && c.text.back() <= '9')
      cp = ',';
    std::string bytes;
    utf8::append(bytes, cp);
    for (char b : bytes) {
      c.text += b;
      c.pos.push_back(start);
    }
  }
  c.pos.push_back(s.size());
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

std::optional<NumberAt> read_number(const std::string& text, std::size_t i) {
  std::size_t e = i;
  bool dot = false;
  while (e < text.size()) {
    char ch = text[e];
    if (ch >= '0' && ch <= '9') {
      ++e;
    } else if ((ch == ',' || (ch == '.' && !dot)) && e > i && e + 1 < text.size() && text[e + 1] >= '0' &&
               text[e + 1] <= '9') {
      dot = dot || ch == '.';
      ++e;
    } else {
      break;
    }
  }
  if (e == i) return std::nullopt;
  auto d = Decimal::parse(text.substr(i, e - i));
  if (!d) return std::nullopt;
  return NumberAt{*d, e};
}

bool mentions_any(const std::string& text, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (text.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace nianbao::rules
