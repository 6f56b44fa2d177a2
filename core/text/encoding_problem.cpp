#include "core/text/encoding_problem.hpp"

#include "core/text/utf8.hpp"

namespace nianbao::text {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// First byte where UTF-8 decoding fails (as utf8::valid judges), or kNone.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t before = i;
    if (!utf8::next_valid(s, i)) return before;
  }
  return kNone;
}

bool in(unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; }

// First byte of a malformed GB18030 sequence (one byte 00-7F; two bytes 81-FE 40-7E|80-FE; four
// bytes 81-FE 30-39 81-FE 30-39), or kNone; `truncated` when the sequence is cut by the end.
std::size_t invalid_gb18030_at(std::string_view s, bool& truncated) {
  truncated = false;
  std::size_t i = 0;
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    unsigned char c = at(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (!in(c, 0x81, 0xFE)) return i;
    if (i + 1 >= s.size()) return truncated = true, i;
    unsigned char d = at(i + 1);
    if (in(d, 0x40, 0x7E) || in(d, 0x80, 0xFE)) {
      i += 2;
      continue;
    }
    if (!in(d, 0x30, 0x39)) return i;
    if (i + 3 >= s.size()) return truncated = true, i;
    if (!in(at(i + 2), 0x81, 0xFE) || !in(at(i + 3), 0x30, 0x39)) return i;
    i += 4;
  }
  return kNone;
}

std::optional<EncodingProblem> utf16_problem(std::string_view bytes, bool little_endian) {
  std::size_t bom = bytes.size() >= 2 ? 2 : 0;
  std::string_view units = bytes.substr(bom);
  auto unit = [&](std::size_t k) {
    unsigned a = static_cast<unsigned char>(units[k]), b = static_cast<unsigned char>(units[k + 1]);
    return little_endian ? a | b << 8 : a << 8 | b;
  };
  std::size_t whole = units.size() / 2 * 2;
  for (std::size_t k = 0; k < whole; k += 2) {
    unsigned u = unit(k);
    bool high = u >= 0xD800 && u <= 0xDBFF, low = u >= 0xDC00 && u <= 0xDFFF;
    bool paired = high && k + 2 < whole && unit(k + 2) >= 0xDC00 && unit(k + 2) <= 0xDFFF;
    if (low || (high && !paired)) {
      if (high && k + 2 >= whole && units.size() % 2 == 0) {
        std::string n = std::to_string(bom + k);
        return EncodingProblem{bom + k, "UTF-16 在第 " + n + " 字节处被截断（代理对不完整）",
                               "truncated UTF-16 at byte " + n + " (a surrogate pair is cut)"};
      }
      std::string n = std::to_string(bom + k);
      return EncodingProblem{bom + k, "第 " + n + " 字节处有不成对的 UTF-16 代理项",
                             "an unpaired UTF-16 surrogate at byte " + n};
    }
    if (paired) k += 2;
  }
  if (units.size() % 2 != 0) {
    std::string n = std::to_string(bytes.size());
    return EncodingProblem{bytes.size() - 1,
                           "UTF-16 文件的字节数为奇数（" + n + " 字节），最后一个字符不完整",
                           "odd-length UTF-16 (" + n + " bytes): the last character is cut"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<EncodingProblem> encoding_problem(std::string_view bytes, std::string_view encoding) {
  if (encoding == "utf-16le" || encoding == "utf-16be") return utf16_problem(bytes, encoding == "utf-16le");
  std::size_t bad = invalid_utf8_at(bytes);
  if (bad == kNone) return std::nullopt;
  std::string n = std::to_string(bad);
  bool truncated = false;
  std::size_t gb = invalid_gb18030_at(bytes, truncated);
  if (gb == kNone)  // well-formed GB18030 sequences the decoder still refused (unassigned codes)
    return EncodingProblem{bad, "第 " + n + " 字节处不是有效的 UTF-8，也不是可解码的 GB18030",
                           "invalid UTF-8 at byte " + n + ", and not decodable GB18030"};
  std::string g = std::to_string(gb);
  if (truncated)
    return EncodingProblem{
        gb, "第 " + n + " 字节处不是有效的 UTF-8；按 GB18030 读，第 " + g + " 字节处的字符被截断",
        "invalid UTF-8 at byte " + n + "; as GB18030, truncated at byte " + g};
  return EncodingProblem{bad, "第 " + n + " 字节处不是有效的 UTF-8；按 GB18030 读，第 " + g + " 字节处无效",
                         "invalid UTF-8 at byte " + n + "; as GB18030, invalid at byte " + g};
}

}  // namespace nianbao::text
