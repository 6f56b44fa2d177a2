// json::parse: JSON text into a Value, accepting and refusing exactly what nlohmann::json::parse does
// (tests/json/value_test.cpp compares the two), in one recursive pass bounded by max_depth.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <system_error>

#include "core/json/escape.hpp"
#include "core/json/value.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::json {

class Parser {
 public:
  Parser(std::string_view text, int max_depth) : s_(text), max_depth_(max_depth) {}

  bool document(Value& out) {
    // nlohmann's lexer takes a NUL byte for the end of the input (it also reads C strings): nothing after one
    // is read. (A NUL inside a string leaves it unterminated: refused, as nlohmann refuses it.)
    s_ = s_.substr(0, s_.find('\0'));
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte order mark, as nlohmann skips it
    // Strings must be UTF-8 and nothing outside them may be other than ASCII: one check for both.
    if (!utf8::valid(s_)) return fail("invalid UTF-8");
    if (!value(out, 0)) return false;
    space();
    return i_ == s_.size() || fail("text after the value");
  }

  std::string error() const { return why_ + " at byte " + std::to_string(i_); }

 private:
  bool fail(const char* why) {
    if (why_.empty()) why_ = why;
    return false;
  }

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return fail("invalid literal");
    i_ += word.size();
    return true;
  }

  bool value(Value& out, int depth) {
    space();
    if (i_ >= s_.size()) return fail("unexpected end of input");
    switch (s_[i_]) {
      case '{':
        return object(out, depth + 1);
      case '[':
        return array(out, depth + 1);
      case '"':
        out.kind_ = Value::Kind::String;
        return string(out.string_);
      case 't':
        out = Value(true);
        return literal("true");
      case 'f':
        out = Value(false);
        return literal("false");
      case 'n':
        out = Value();
        return literal("null");
      default:
        return number(out);
    }
  }

  bool object(Value& out, int depth) {
    if (depth > max_depth_) return fail("nested too deep");
    out.kind_ = Value::Kind::Object;
    auto& members = out.members_;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    // Most objects of a result hold a few members (a cell's at, raw, value): room for four from the start
    // spares the vector two of its reallocations, each of which moves every member read so far.
    members.reserve(4);
    while (true) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a key");
      members.emplace_back();
      if (!string(members.back().first)) return false;
      space();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':'");
      ++i_;
      if (!value(members.back().second, depth)) return false;
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        break;
      }
      return fail("expected ',' or '}'");
    }
    sort_members(members);
    return true;
  }

  // Members in key order; of equal keys the last one stays (nlohmann assigns each into its std::map).
  static void sort_members(std::vector<Value::Member>& members) {
    auto less = [](const Value::Member& a, const Value::Member& b) { return a.first < b.first; };
    if (std::adjacent_find(members.begin(), members.end(),
                           [&](const auto& a, const auto& b) { return !less(a, b); }) == members.end())
      return;  // already strictly ascending: every result the core writes
    std::stable_sort(members.begin(), members.end(), less);
    std::vector<Value::Member> kept;
    kept.reserve(members.size());
    for (auto& m : members) {
      if (!kept.empty() && kept.back().first == m.first)
        kept.back() = std::move(m);
      else
        kept.push_back(std::move(m));
    }
    members = std::move(kept);
  }

  bool array(Value& out, int depth) {
    if (depth > max_depth_) return fail("nested too deep");
    out.kind_ = Value::Kind::Array;
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    while (true) {
      out.array_.emplace_back();
      if (!value(out.array_.back(), depth)) return false;
      space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') {
        ++i_;
        return true;
      }
      return fail("expected ',' or ']'");
    }
  }

  int hex4() {  // the 4 hex digits at i_ (advanced past them), or -1
    int v = json::hex4(s_, i_);
    if (v >= 0) i_ += 4;
    return v;
  }

  bool string(std::string& out) {
    ++i_;  // the opening quote
    while (true) {
      std::size_t run = i_;
      while (i_ < s_.size() && s_[i_] != '"' && s_[i_] != '\\' && static_cast<unsigned char>(s_[i_]) >= 0x20)
        ++i_;
      out.append(s_.data() + run, i_ - run);
      if (i_ >= s_.size()) return fail("unterminated string");
      char c = s_[i_];
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c != '\\') return fail("control character in a string");
      if (++i_ >= s_.size()) return fail("unterminated string");
      char e = s_[i_++];
      if (char plain = json::simple_escape(e)) {
        out += plain;
        continue;
      }
      if (e != 'u') return fail("invalid escape");
      int u = hex4();
      if (u < 0) return fail("invalid \\u escape");
      char32_t cp = static_cast<char32_t>(u);
      if (u >= 0xDC00 && u <= 0xDFFF) return fail("lone low surrogate");
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (s_.substr(i_, 2) != "\\u") return fail("lone high surrogate");
        i_ += 2;
        int low = hex4();
        if (low < 0xDC00 || low > 0xDFFF) return fail("lone high surrogate");
        cp = 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
      }
      utf8::append(out, cp);
    }
  }

  bool number(Value& out) {
    std::size_t start = i_;
    bool negative = i_ < s_.size() && s_[i_] == '-';
    if (negative) ++i_;
    auto digits = [&] {
      std::size_t from = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ - from;
    };
    if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') return fail("invalid value");
    if (s_[i_] == '0')
      ++i_;
    else
      digits();
    bool integer = true;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (digits() == 0) return fail("invalid number");
      integer = false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (digits() == 0) return fail("invalid number");
      integer = false;
    }
    const char* first = s_.data() + start;
    const char* last = s_.data() + i_;
    if (integer) {
      // As nlohmann's lexer: a non-negative integer is unsigned, a negative one signed; one that does not
      // fit 64 bits is read as a double.
      if (negative) {
        std::int64_t v = 0;
        if (std::from_chars(first, last, v).ec == std::errc()) {
          out.kind_ = Value::Kind::Integer;
          out.int_ = v;
          return true;
        }
      } else {
        std::uint64_t v = 0;
        if (std::from_chars(first, last, v).ec == std::errc()) {
          out.kind_ = Value::Kind::Unsigned;
          out.uint_ = v;
          return true;
        }
      }
    }
    std::string text(first, last);  // (strtod needs a terminated string)
    double d = std::strtod(text.c_str(), nullptr);
    if (!std::isfinite(d)) return fail("number overflow");
    out.kind_ = Value::Kind::Float;
    out.float_ = d;
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int max_depth_;
  std::string why_;
};

Value parse(std::string_view text, std::string* error, int max_depth) {
  Value out;
  Parser p(text, max_depth);
  if (!p.document(out)) {
    if (error) *error = p.error();
    return Value::discarded();
  }
  return out;
}

}  // namespace nianbao::json
