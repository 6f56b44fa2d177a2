#include "core/model/report.hpp"

namespace nianbao {

void TextPiece::append(const std::string& t, Range at) {
  if (!src.empty()) src.pop_back();
  // Verbatim text maps byte for byte; decoded text (HTML entities, removed tags) maps proportionally
  // onto its source range, which keeps locations inside the right paragraph.
  std::size_t len = at.length();
  bool verbatim = len == t.size();
  std::size_t first = src.size();
  src.resize(first + t.size());  // one growth per piece, not one per byte
  for (std::size_t i = 0; i < t.size(); ++i)
    src[first + i] = verbatim ? at.begin + i : at.begin + (len ? i * len / t.size() : 0);
  text += t;
  src.push_back(verbatim ? at.begin + t.size() : at.end);
}

void TextPiece::append_mapped(const std::string& t, const std::vector<std::size_t>& offsets) {
  if (!src.empty()) src.pop_back();
  for (std::size_t i = 0; i < t.size(); ++i) src.push_back(i < offsets.size() ? offsets[i] : 0);
  text += t;
  src.push_back(offsets.size() > t.size() ? offsets[t.size()] : (src.empty() ? 0 : src.back() + 1));
}

const TableRow* ReportTable::row(const std::string& k) const {
  for (const auto& r : rows)
    if (r.key == k) return &r;
  return nullptr;
}

const CellValue* ReportTable::cell(const std::string& row_key, const std::string& col_key) const {
  const TableRow* r = row(row_key);
  if (!r) return nullptr;
  auto it = r->cells.find(col_key);
  return it == r->cells.end() ? nullptr : &it->second;
}

const Section* Report::section(const std::string& k) const {
  for (const auto& s : sections)
    if (s.key == k) return &s;
  return nullptr;
}

const ReportTable* Report::table(const std::string& k) const {
  if (k == "t2") return &t2;
  if (k == "t3") return &t3;
  if (k == "t4") return &t4;
  return nullptr;
}

}  // namespace nianbao
