#include "core/read/html_entities.hpp"

#include <cstdint>
#include <unordered_map>

#include "core/text/utf8.hpp"

namespace nianbao::html {

namespace {

struct Named {
  const char* name;
  char32_t cp;  // 0: the reference stands for nothing (zero-width)
};

// The references Chinese government pages and Word exports actually use, plus the common rest.
// Spaces: &nbsp; &ensp; &emsp; &thinsp; decode to their own code points; the HTML reader decides how
// they count as spaces.
constexpr Named kNamed[] = {
    {"nbsp", 0xA0},     {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"lt", '<'},
    {"gt", '>'},        {"amp", '&'},       {"quot", '"'},      {"apos", '\''},     {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"bdquo", 0x201E},  {"sbquo", 0x201A},
    {"middot", 0xB7},   {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013},  {"bull", 0x2022},
    {"times", 0xD7},    {"divide", 0xF7},   {"plusmn", 0xB1},   {"deg", 0xB0},      {"copy", 0xA9},
    {"reg", 0xAE},      {"trade", 0x2122},  {"yen", 0xA5},      {"cent", 0xA2},     {"pound", 0xA3},
    {"euro", 0x20AC},   {"sect", 0xA7},     {"para", 0xB6},     {"laquo", 0xAB},    {"raquo", 0xBB},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},
    {"larr", 0x2190},   {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},   {"le", 0x2264},
    {"ge", 0x2265},     {"ne", 0x2260},     {"asymp", 0x2248},  {"minus", 0x2212},  {"sup1", 0xB9},
    {"sup2", 0xB2},     {"sup3", 0xB3},     {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"macr", 0xAF},     {"acute", 0xB4},    {"micro", 0xB5},
    {"ordm", 0xBA},     {"ordf", 0xAA},     {"brvbar", 0xA6},   {"uml", 0xA8},      {"loz", 0x25CA},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"oline", 0x203E},  {"circ", 0x2C6},    {"tilde", 0x2DC},
    {"shy", 0},         {"zwnj", 0},        {"zwj", 0},         {"lrm", 0},         {"rlm", 0},
    {"alpha", 0x3B1},   {"beta", 0x3B2},    {"mu", 0x3BC},      {"pi", 0x3C0},      {"radic", 0x221A},
    {"infin", 0x221E},  {"sum", 0x2211},    {"check", 0x2713},  {"star", 0x2606},
};

// Legacy names browsers accept without the closing ';' ("&nbsp" is common in hand-written pages).
constexpr const char* kNoSemicolon[] = {"nbsp", "amp", "lt", "gt", "quot", "copy", "reg"};

// Windows-1252 meanings of the C1 range, which browsers apply to numeric references (&#150; is –).
constexpr char32_t kC1[32] = {0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
                              0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
                              0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const Named* find_named(std::string_view name) {
  static const std::unordered_map<std::string_view, const Named*> kIndex = [] {
    std::unordered_map<std::string_view, const Named*> m;
    for (const Named& n : kNamed) m.emplace(n.name, &n);
    return m;
  }();
  auto it = kIndex.find(name);
  return it == kIndex.end() ? nullptr : it->second;
}

void append_cp(std::string& out, char32_t cp) {
  if (cp == 0) return;
  utf8::append(out, cp);
}

bool decode_numeric(std::string_view s, std::size_t& i, std::string& out) {
  std::size_t j = i + 2;  // past "&#"
  bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
  if (hex) ++j;
  std::size_t digits_start = j;
  std::uint32_t value = 0;
  bool overflow = false;
  while (j < s.size()) {
    int d = hex ? hex_value(s[j]) : (s[j] >= '0' && s[j] <= '9' ? s[j] - '0' : -1);
    if (d < 0) break;
    if (value > 0x10FFFF)
      overflow = true;  // keep consuming digits, but stop growing
    else
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    ++j;
  }
  if (j == digits_start) return false;
  if (j < s.size() && s[j] == ';') ++j;
  char32_t cp = static_cast<char32_t>(value);
  if (overflow || cp > 0x10FFFF || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  else if (cp >= 0x80 && cp <= 0x9F)
    cp = kC1[cp - 0x80];
  utf8::append(out, cp);
  i = j;
  return true;
}

}  // namespace

bool decode_entity(std::string_view s, std::size_t& i, std::string& out) {
  if (i >= s.size() || s[i] != '&') return false;
  if (i + 1 < s.size() && s[i + 1] == '#') return decode_numeric(s, i, out);
  std::size_t j = i + 1;
  while (j < s.size() && j - i <= 32 && is_alnum(s[j])) ++j;
  std::string_view name = s.substr(i + 1, j - i - 1);
  if (name.empty()) return false;
  bool semicolon = j < s.size() && s[j] == ';';
  if (semicolon) {
    if (const Named* n = find_named(name)) {
      append_cp(out, n->cp);
      i = j + 1;
      return true;
    }
  }
  // Without ';' (or an unknown longer name): the longest legacy name that prefixes it, as browsers do.
  std::size_t best = 0;
  for (const char* legacy : kNoSemicolon) {
    std::string_view l(legacy);
    if (l.size() > best && name.substr(0, l.size()) == l) best = l.size();
  }
  const Named* n = best == 0 ? nullptr : find_named(name.substr(0, best));
  if (n == nullptr) return false;
  append_cp(out, n->cp);
  i = i + 1 + best;
  return true;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&' && decode_entity(s, i, out)) continue;
    out += s[i++];
  }
  return out;
}

}  // namespace nianbao::html
