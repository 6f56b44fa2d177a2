#include "core/text/normalize.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/text/utf8.hpp"

namespace nianbao::text {

namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x3000 ||
         c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) out.push_back(utf8::next(s, i));
  return out;
}

}  // namespace

std::string normalize_label(std::string_view s) { return normalize_label_start(s, std::string::npos); }

std::string normalize_label_start(std::string_view s, std::size_t bytes) {
  std::string out;
  out.reserve(bytes < s.size() ? bytes + 3 : s.size());  // folding only shortens valid text
  std::size_t i = 0;
  while (i < s.size() && out.size() < bytes) {
    // CJK ideographs U+4000..U+9FFF (lead bytes E4..E9) are never folded: copied as they are, undecoded.
    // A run of them is appended at once, each taken while the output is still under `bytes`.
    auto ideograph_at = [&s](std::size_t k) {
      unsigned char lead = static_cast<unsigned char>(s[k]);
      return lead >= 0xE4 && lead <= 0xE9 && k + 2 < s.size() &&
             (static_cast<unsigned char>(s[k + 1]) & 0xC0) == 0x80 &&
             (static_cast<unsigned char>(s[k + 2]) & 0xC0) == 0x80;
    };
    if (ideograph_at(i)) {
      std::size_t j = i + 3;
      while (j < s.size() && out.size() + (j - i) < bytes && ideograph_at(j)) j += 3;
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    char32_t c = utf8::next(s, i);
    if (is_space(c)) continue;
    if (c >= 0xFF01 && c <= 0xFF5E) c = c - 0xFF01 + 0x21;  // full-width ASCII
    switch (c) {
      case U'（':
      case U'【':
      case U'〔':
      case U'[':
      case U'［':
        c = '(';
        break;
      case U'）':
      case U'】':
      case U'〕':
      case U']':
      case U'］':
        c = ')';
        break;
      case U'“':
      case U'”':
      case U'‘':
      case U'’':
      case U'「':
      case U'」':
      case '"':
      case '\'':
        continue;
      case U'、':
      case U'，':
      case ',':
      case U'；':
      case ';':
      case U'．':
      case U'。':
        c = '.';
        break;
      case U'：':
        c = ':';
        break;
      default:
        break;
    }
    if (c < 0x80)
      out.push_back(static_cast<char>(c));  // the encoder's one byte, without a call per character
    else
      utf8::append(out, c);
  }
  return out;
}

std::string strip_trailing_note(std::string_view n) {
  if (n.empty() || n.back() != ')') return std::string(n);
  int depth = 0;
  for (std::size_t i = n.size(); i-- > 0;) {
    if (n[i] == ')') ++depth;
    if (n[i] == '(' && --depth == 0) {
      if (i == 0) return std::string(n);  // the whole label is bracketed: "(一)"
      return std::string(n.substr(0, i));
    }
  }
  return std::string(n);
}

std::string strip_numbering(std::string_view n) {
  static const std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  std::size_t i = 0;
  if (i < n.size() && n[i] == '(') {
    std::size_t close = n.find(')');
    if (close != std::string_view::npos && close <= 10) {
      std::string_view inner = n.substr(1, close - 1);
      bool numeral = !inner.empty();
      for (std::size_t k = 0; k < inner.size();) {
        bool hit = false;
        for (auto num : kNumerals)
          if (inner.substr(k, num.size()) == num) {
            k += num.size();
            hit = true;
            break;
          }
        if (!hit && inner[k] >= '0' && inner[k] <= '9') {
          ++k;
          hit = true;
        }
        if (!hit) {
          numeral = false;
          break;
        }
      }
      if (numeral) {
        i = close + 1;
        if (i < n.size() && n[i] == '.') ++i;
        return std::string(n.substr(i));
      }
    }
  }
  std::size_t k = 0;
  while (k < n.size() && n[k] >= '0' && n[k] <= '9') ++k;
  if (k > 0 && k < n.size() && n[k] == '.') return std::string(n.substr(k + 1));
  k = 0;
  bool any = false;
  for (;;) {
    bool hit = false;
    for (auto num : kNumerals)
      if (n.substr(k, num.size()) == num) {
        k += num.size();
        hit = true;
        any = true;
        break;
      }
    if (!hit) break;
  }
  if (any && k < n.size() && n[k] == '.') return std::string(n.substr(k + 1));
  return std::string(n);
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  std::size_t i = 0, run = std::string_view::npos;  // [run, i): characters not yet appended, run by run
  while (i < s.size()) {
    std::size_t b = i;
    char32_t c = utf8::next(s, i);
    if (is_space(c)) {
      if (run != std::string_view::npos) {
        out.append(s.data() + run, b - run);
        run = std::string_view::npos;
      }
      pending = !out.empty();
      continue;
    }
    if (run == std::string_view::npos) {
      if (pending) out += ' ';
      pending = false;
      run = b;
    }
  }
  if (run != std::string_view::npos) out.append(s.data() + run, s.size() - run);
  return out;
}

std::string trim(std::string_view s) { return std::string(trim_view(s)); }

std::string_view trim_view(std::string_view s) {
  std::size_t b = 0, e = s.size();
  for (;;) {
    std::size_t i = b;
    if (i >= e) break;
    char32_t c = utf8::next(s, i);
    if (!is_space(c)) break;
    b = i;
  }
  while (e > b) {
    std::size_t p = e - 1;
    while (p > b && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    std::size_t i = p;
    char32_t c = utf8::next(s, i);
    if (!is_space(c)) break;
    e = p;
  }
  return s.substr(b, e - b);
}

std::string fold_width(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0, run = 0;  // [run, b): copied as it is, in one append before each folded character
  while (i < s.size()) {
    std::size_t b = i;
    char32_t c = utf8::next(s, i);
    if ((c >= U'０' && c <= U'９') || c == U'．' || c == U'－' || c == U'＋' || c == U'，') {
      out.append(s.data() + run, b - run);
      out += c == U'，' ? ',' : static_cast<char>(c - 0xFF01 + 0x21);
      run = i;
    }
  }
  out.append(s.data() + run, s.size() - run);
  return out;
}

namespace {

// The LCS length of x and y; prev and cur hold y.size() + 1 zeros.
int common_length(const char32_t* x, std::size_t nx, const char32_t* y, std::size_t ny, int* prev, int* cur) {
  for (std::size_t i = 1; i <= nx; ++i) {
    for (std::size_t j = 1; j <= ny; ++j)
      cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return prev[ny];
}

}  // namespace

double similarity(std::string_view a, std::string_view b) {
  // Labels are short: they are compared in arrays on the stack, longer text in vectors.
  constexpr std::size_t kShort = 64;
  if (a.size() <= kShort && b.size() <= kShort) {  // bytes bound code points
    char32_t x[kShort], y[kShort];
    std::size_t nx = 0, ny = 0, i = 0;
    while (i < a.size()) x[nx++] = utf8::next(a, i);
    i = 0;
    while (i < b.size()) y[ny++] = utf8::next(b, i);
    if (nx == 0 && ny == 0) return 1.0;
    if (nx == 0 || ny == 0) return 0.0;
    int prev[kShort + 1] = {}, cur[kShort + 1] = {};
    return 2.0 * common_length(x, nx, y, ny, prev, cur) / static_cast<double>(nx + ny);
  }
  auto x = code_points(a), y = code_points(b);
  if (x.empty() && y.empty()) return 1.0;
  if (x.empty() || y.empty()) return 0.0;
  std::vector<int> prev(y.size() + 1, 0), cur(y.size() + 1, 0);
  return 2.0 * common_length(x.data(), x.size(), y.data(), y.size(), prev.data(), cur.data()) /
         static_cast<double>(x.size() + y.size());
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) { return find(s, p) != std::string_view::npos; }

std::size_t find(std::string_view s, std::string_view p, std::size_t from) {
  constexpr std::size_t kAnchor = 2;  // the third byte of a three-byte first character
  if (p.size() <= kAnchor || (static_cast<unsigned char>(p[0]) & 0xF0) != 0xE0 || from > s.size() ||
      s.size() - from < p.size())
    return s.find(p, from);
  const char* data = s.data();
  const std::size_t last = s.size() - p.size();  // the last possible start
  std::size_t at = from;                         // the next start to try
  while (at <= last) {
    const void* hit = std::memchr(data + at + kAnchor, p[kAnchor], last - at + 1);
    if (hit == nullptr) return std::string_view::npos;
    std::size_t start = static_cast<std::size_t>(static_cast<const char*>(hit) - data) - kAnchor;
    if (std::memcmp(data + start, p.data(), p.size()) == 0) return start;
    at = start + 1;
  }
  return std::string_view::npos;
}

std::size_t last_of(std::string_view s, std::string_view part) {
  if (part.empty()) return s.size();  // as rfind
  if (part.size() > s.size()) return std::string_view::npos;
  // The first and the last byte first: a Chinese word's last byte tells most characters apart.
  const std::size_t m = part.size() - 1;
  const char first = part[0], last = part[m];
  for (std::size_t p = s.size() - part.size() + 1; p-- > 0;)
    if (s[p] == first && s[p + m] == last && s.compare(p, m, part.substr(0, m)) == 0) return p;
  return std::string_view::npos;
}

}  // namespace nianbao::text
