#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace nianbao::utf8 {

namespace {

// A three-byte sequence that needs none of the overlong or surrogate checks (lead E1..EC, EE, EF) and is
// well formed: one UTF-16 unit, three bytes. Most Chinese text is nothing else.
inline bool plain_three_bytes(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  return c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < s.size() &&
         (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

// Eight bytes read as one word, to test them together: the scans below pass over whole inputs, mostly
// ASCII in HTML and PDF runs, at a fraction of the cost of one byte at a time (memcpy: no alignment needed).
constexpr std::size_t kWord = 8;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;

inline std::uint64_t word_at(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

inline bool ascii_word(std::uint64_t w) { return (w & kHighBits) == 0; }

// Whether some byte of the word is below `n` (n <= 0x80). Exact as a yes/no: without such a byte nothing
// borrows, and a byte at or above 0x80 is masked by ~w; with one, the lowest such byte sets its high bit.
inline bool has_byte_below(std::uint64_t w, unsigned n) { return ((w - kOnes * n) & ~w & kHighBits) != 0; }

// Whether some byte of the word equals `c`.
inline bool has_byte(std::uint64_t w, unsigned char c) { return has_byte_below(w ^ (kOnes * c), 1); }

}  // namespace

std::size_t sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

char32_t next_multibyte(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  // A well-formed three-byte sequence (every Chinese character) first, without the general checks.
  // Out of line rather than in next(): inlined at every caller it grew the WebAssembly core past its budget.
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
      char32_t cp =
          (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(c1 & 0x3F) << 6) | (c2 & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {  // not overlong, not a surrogate
        i += 3;
        return cp;
      }
    }
  }
  std::size_t n = sequence_length(c);
  if (n == 1) {
    ++i;
    return c < 0x80 ? c : 0xFFFD;
  }
  if (i + n > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  static const char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += n;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  if (cp >= 0x800 && cp < 0x10000) {  // every Chinese character: three inline pushes, no library call
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    return;
  }
  char b[4];
  std::size_t n;
  if (cp < 0x800) {
    b[0] = static_cast<char>(0xC0 | (cp >> 6));
    b[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = static_cast<char>(0xE0 | (cp >> 12));
    b[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = static_cast<char>(0xF0 | (cp >> 18));
    b[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    b[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out.append(b, n);  // one append, not one per byte
}

bool valid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + kWord <= s.size() && ascii_word(word_at(s.data() + i))) {
      i += kWord;
      continue;
    }
    if (plain_three_bytes(s, i)) {  // well formed by construction
      i += 3;
      continue;
    }
    if (!next_valid(s, i)) return false;
  }
  return true;
}

Measure measure(std::string_view s) {
  Measure m;
  std::size_t& n = m.utf16_length;
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + kWord <= s.size() && ascii_word(word_at(s.data() + i))) {
      i += kWord;
      n += kWord;
      continue;
    }
    if (plain_three_bytes(s, i)) {  // well formed by construction
      i += 3;
      ++n;
      continue;
    }
    std::size_t before = i;
    char32_t cp = next(s, i);
    n += cp >= 0x10000 ? 2 : 1;
    // A literal U+FFFD is three bytes EF BF BD; anything else decoding to it was invalid.
    if (cp == 0xFFFD && i - before != 3) m.valid = false;
  }
  return m;
}

std::size_t utf16_length(std::string_view s) { return measure(s).utf16_length; }

double control_ratio(std::string_view s, std::size_t sample) {
  std::size_t n = std::min(s.size(), sample), bad = 0;
  if (n == 0) return 0;
  for (std::size_t i = 0; i < n; ++i) {
    // A word with no byte below 0x20 holds no control character: skipped whole.
    if (i + kWord <= n) {
      std::uint64_t w = word_at(s.data() + i);
      if (!has_byte_below(w, 0x20)) {
        i += kWord - 1;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++bad;
  }
  return static_cast<double>(bad) / static_cast<double>(n);
}

namespace {

// How many bytes of a word have their high bit set, for a word with no other bits set: the multiply sums
// the eight bits into the top byte (no popcount instruction is assumed: x86-64's baseline has none).
inline std::size_t high_bits(std::uint64_t m) { return static_cast<std::size_t>(((m >> 7) * kOnes) >> 56); }

// UTF-16 units of the code points that start in eight bytes of well-formed UTF-8: every byte but a
// continuation byte (10xxxxxx) starts one, and a four-byte lead (11110xxx) starts a surrogate pair.
inline std::size_t units_in_word(std::uint64_t w) {
  const std::uint64_t continuation = w & ~(w << 1) & kHighBits;
  const std::uint64_t four_byte_lead = w & (w << 1) & (w << 2) & (w << 3) & kHighBits;
  return kWord - high_bits(continuation) + high_bits(four_byte_lead);
}

// The same, byte by byte, for the n < kStep bytes at p.
std::size_t units_in_bytes(const char* p, std::size_t n) {
  std::size_t u = 0;
  for (std::size_t k = 0; k < n; ++k) {
    unsigned char c = static_cast<unsigned char>(p[k]);
    u += ((c & 0xC0) != 0x80 ? 1 : 0) + (c >= 0xF0 ? 1 : 0);
  }
  return u;
}

}  // namespace

SourceMap::SourceMap(std::string_view text, bool known_valid) : text_(text) {
  line_starts_.push_back(0);
  line_u16_.push_back(0);
  checkpoints_.reserve(text.size() / kStep + 2);
  checkpoints_.push_back(0);
  if (known_valid || valid(text)) {
    // Well-formed text (every input a check reads): the units before each checkpoint are counted a word at
    // a time, and the line breaks found with memchr. A block boundary inside a character counts that
    // character, as the walk below does by checkpointing at the next boundary.
    static_assert(kStep == 2 * kWord, "a checkpoint every two words");
    const char* d = text.data();
    std::size_t u16 = 0;
    for (std::size_t b = 0; b + kStep <= text.size(); b += kStep) {
      const std::uint64_t w1 = word_at(d + b), w2 = word_at(d + b + kWord);
      u16 += ascii_word(w1 | w2) ? kStep : units_in_word(w1) + units_in_word(w2);
      checkpoints_.push_back(u16);
    }
    for (const void* nl = std::memchr(d, '\n', text.size()); nl != nullptr;) {
      std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - d) + 1, block = at / kStep;
      line_starts_.push_back(at);
      line_u16_.push_back(checkpoints_[block] + units_in_bytes(d + block * kStep, at - block * kStep));
      nl = at < text.size() ? std::memchr(d + at, '\n', text.size() - at) : nullptr;
    }
    return;
  }
  std::size_t i = 0, u16 = 0, next_cp = kStep;
  while (i < text.size()) {
    // Eight ASCII bytes without a line break, not past the next checkpoint, count as they would one by one.
    std::uint64_t w = i + kWord <= next_cp && i + kWord <= text.size() ? word_at(text.data() + i) : kHighBits;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (ascii_word(w) && !has_byte(w, '\n')) {
      i += kWord;
      u16 += kWord;
    } else if (c < 0x80) {
      ++i;
      ++u16;
      if (c == '\n') {
        line_starts_.push_back(i);
        line_u16_.push_back(u16);
      }
    } else if (plain_three_bytes(text, i)) {
      i += 3;
      ++u16;
    } else {
      char32_t cp = next(text, i);
      u16 += cp >= 0x10000 ? 2 : 1;
    }
    while (i >= next_cp) {
      // Checkpoint at the first code point boundary at or after each kStep bytes.
      checkpoints_.push_back(u16);
      next_cp += kStep;
    }
  }
}

std::size_t SourceMap::utf16_offset(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  // Walk from the nearest code-point-aligned start before byte_offset.
  std::size_t block = byte_offset / kStep;
  std::size_t start = 0, u16 = 0;
  // checkpoints_[k] is the utf16 count at the first boundary >= k*kStep; find that boundary.
  if (block > 0 && block < checkpoints_.size()) {
    std::size_t b = block * kStep;
    while (b < text_.size() && (static_cast<unsigned char>(text_[b]) & 0xC0) == 0x80) ++b;
    if (b <= byte_offset) {
      start = b;
      u16 = checkpoints_[block];
    }
  }
  std::size_t i = start;
  while (i < byte_offset) {
    if (static_cast<unsigned char>(text_[i]) < 0x80) {
      ++i;
      ++u16;
      continue;
    }
    if (plain_three_bytes(text_, i)) {
      i += 3;
      ++u16;
      continue;
    }
    char32_t cp = next(text_, i);
    u16 += cp >= 0x10000 ? 2 : 1;
  }
  return u16;
}

SourceMap::Position SourceMap::at(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t u16 = utf16_offset(byte_offset);
  std::size_t col = u16 - line_u16_[line - 1] + 1;
  return {u16, line, col};
}

}  // namespace nianbao::utf8
