#include "core/render/json_read.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/json/escape.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::jr {

const json::Value& at(const json::Value& j, std::string_view key) { return j[key]; }

std::string str(const json::Value& j, std::string_view key, const std::string& def) {
  const auto& v = at(j, key);
  if (v.is_string()) return v.str();
  if (v.is_number()) return v.dump();
  return def;
}

long long num(const json::Value& j, std::string_view key, long long def) {
  const auto& v = at(j, key);
  // Foreign results may hold any JSON number: only whole numbers a long long holds exactly are
  // taken (1e308, NaN, 2.5 and 2^64-1 are no line or column), never an out-of-range cast.
  if (v.is_number_unsigned()) {
    auto u = v.as_uint();
    return u <= static_cast<unsigned long long>(std::numeric_limits<long long>::max())
               ? static_cast<long long>(u)
               : def;
  }
  if (v.is_number_integer()) return v.as_int();
  if (v.is_number_float()) {
    double d = v.as_double();
    constexpr double kExact = 9007199254740992.0;  // 2^53: beyond it a double skips integers
    if (!(d >= -kExact && d <= kExact) || d != std::floor(d)) return def;
    return static_cast<long long>(d);
  }
  return def;
}

namespace {

// Lone surrogate escapes -> \ufffd; invalid UTF-8 -> U+FFFD; fails when nesting is too deep.
bool repair(const std::string& in, std::string& out) {
  out.reserve(in.size());
  bool in_string = false;
  int depth = 0;
  for (std::size_t i = 0; i < in.size();) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c >= 0x80) {
      std::size_t b = i;
      if (utf8::next_valid(in, i))
        out.append(in, b, i - b);
      else
        out += "\xEF\xBF\xBD";
      continue;
    }
    if (!in_string) {
      if (c == '"') in_string = true;
      if (c == '[' || c == '{') {
        if (++depth > kMaxForeignDepth) return false;
      }
      if (c == ']' || c == '}') --depth;
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\' && i + 1 < in.size()) {
      if (in[i + 1] == 'u') {
        int u = json::hex4(in, i + 2);
        if (u >= 0xD800 && u <= 0xDBFF) {
          int low = i + 8 <= in.size() && in.compare(i + 6, 2, "\\u") == 0 ? json::hex4(in, i + 8) : -1;
          if (low >= 0xDC00 && low <= 0xDFFF) {
            out.append(in, i, 12);  // a proper pair
            i += 12;
            continue;
          }
          out += "\\ufffd";
          i += 6;
          continue;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) {
          out += "\\ufffd";
          i += 6;
          continue;
        }
      }
      out.append(in, i, 2);  // any other escape, kept for the parser to judge
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
    ++i;
  }
  return true;
}

}  // namespace

json::Value parse_foreign(const std::string& text, std::string& error) {
  // Errors are values (the WebAssembly build has no exceptions): a discarded value and the reason.
  std::string repaired;
  if (!repair(text, repaired)) {
    error = "not a result: nested deeper than " + std::to_string(kMaxForeignDepth) + " levels";
    return json::Value::discarded();
  }
  json::Value j = json::parse(repaired);
  if (j.is_discarded()) error = "not a result: the text is not JSON (parse error)";
  return j;
}

std::string scalar(const json::Value& v) {
  if (v.is_string()) return v.str();
  if (v.is_number() || v.is_boolean()) return v.dump();
  return "";
}

}  // namespace nianbao::jr
