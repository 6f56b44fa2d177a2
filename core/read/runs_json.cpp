// A small JSON parser that keeps where every string stands (nlohmann::json forgets positions), used
// only for the runs format: values are read into a light tree, then the pages and runs are taken out.
#include "core/read/runs_json.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <tuple>
#include <utility>

#include "core/text/exact_decimal.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

struct Value {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  double number = 0;
  std::string str;
  Range at;  // strings: the characters between the quotes
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;

  const Value* get(std::string_view key) const {
    for (const auto& m : members)
      if (m.first == key) return &m.second;
    return nullptr;
  }
  Value* get(std::string_view key) { return const_cast<Value*>(std::as_const(*this).get(key)); }
  double num(std::string_view key, double fallback = 0) const {
    const Value* v = get(key);
    return v && v->kind == Number && std::isfinite(v->number) ? v->number : fallback;
  }
  std::string text(std::string_view key) const {
    const Value* v = get(key);
    return v && v->kind == String ? v->str : std::string();
  }
};

constexpr int kMaxDepth = 32;

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  bool parse(Value& out) {
    skip();
    if (!value(out, 0)) return false;
    skip();
    if (i_ != s_.size()) return fail("text after the JSON value");
    return true;
  }
  const std::string& problem() const { return problem_; }
  std::size_t values() const { return values_; }

 private:
  bool fail(const std::string& why) {
    if (problem_.empty()) problem_ = why + " at byte " + std::to_string(i_);
    return false;
  }
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  bool value(Value& v, int depth) {
    if (depth > kMaxDepth) return fail("nesting too deep");
    if (++values_ > kMaxRuns * 16) return fail("too many values");
    if (i_ >= s_.size()) return fail("unexpected end");
    char c = s_[i_];
    if (c == '{') return object(v, depth);
    if (c == '[') return array(v, depth);
    if (c == '"') {
      v.kind = Value::String;
      return string(v.str, v.at);
    }
    if (c == 't' && s_.compare(i_, 4, "true") == 0) {
      v.kind = Value::Bool;
      v.number = 1;
      i_ += 4;
      return true;
    }
    if (c == 'f' && s_.compare(i_, 5, "false") == 0) {
      v.kind = Value::Bool;
      i_ += 5;
      return true;
    }
    if (c == 'n' && s_.compare(i_, 4, "null") == 0) {
      i_ += 4;
      return true;
    }
    return number(v);
  }
  bool number(Value& v) {
    std::size_t b = i_;
    while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' ||
                              s_[i_] == '+' || s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E'))
      ++i_;
    if (i_ == b || i_ - b > 40) return fail("bad value");
    v.kind = Value::Number;
    // Most runs numbers are plain decimals read exactly without strtod (about a tenth of a read's cost).
    if (auto exact = text::exact_decimal(s_.substr(b, i_ - b))) {
      v.number = *exact;
      return true;
    }
    std::string tok(s_.substr(b, i_ - b));
    char* end = nullptr;
    v.number = std::strtod(tok.c_str(), &end);
    if (end != tok.c_str() + tok.size()) return fail("bad number");
    return true;
  }
  bool hex4(unsigned& cp) {
    if (i_ + 4 > s_.size()) return fail("bad \\u escape");
    cp = 0;
    for (int k = 0; k < 4; ++k) {
      char h = s_[i_++];
      cp <<= 4;
      if (h >= '0' && h <= '9')
        cp |= static_cast<unsigned>(h - '0');
      else if (h >= 'a' && h <= 'f')
        cp |= static_cast<unsigned>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F')
        cp |= static_cast<unsigned>(h - 'A' + 10);
      else
        return fail("bad \\u escape");
    }
    return true;
  }
  bool string(std::string& out, Range& at) {
    ++i_;  // opening quote
    at.begin = i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      char c = s_[i_];
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      if (c != '\\') {  // the plain stretch up to the next quote, escape or control character, in one append
        std::size_t end = i_ + 1;
        while (end < s_.size() && s_[end] != '"' && s_[end] != '\\' &&
               static_cast<unsigned char>(s_[end]) >= 0x20)
          ++end;
        out.append(s_.data() + i_, end - i_);
        i_ = end;
        continue;
      }
      if (++i_ >= s_.size()) break;
      char e = s_[i_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && s_.compare(i_, 2, "\\u") == 0) {
            i_ += 2;
            unsigned lo = 0;
            if (!hex4(lo)) return false;
            if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
          utf8::append(out, static_cast<char32_t>(cp));
          break;
        }
        default:
          return fail("bad escape");
      }
    }
    if (i_ >= s_.size()) return fail("unterminated string");
    at.end = i_;
    ++i_;  // closing quote
    return true;
  }
  bool array(Value& v, int depth) {
    v.kind = Value::Array;
    ++i_;
    skip();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    for (;;) {
      v.items.emplace_back();
      skip();
      if (!value(v.items.back(), depth + 1)) return false;
      skip();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') {
        ++i_;
        return true;
      }
      return fail("expected , or ]");
    }
  }
  bool object(Value& v, int depth) {
    v.kind = Value::Object;
    ++i_;
    skip();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    v.members.reserve(8);  // a run has seven: one allocation instead of four
    for (;;) {
      skip();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a key");
      std::string key;
      Range at;
      if (!string(key, at)) return false;
      skip();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected :");
      ++i_;
      skip();
      v.members.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::move(key)),
                             std::forward_as_tuple());  // the value built in place, no temporary to move
      if (!value(v.members.back().second, depth + 1)) return false;
      skip();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        return true;
      }
      return fail("expected , or }");
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t values_ = 0;
  std::string problem_;
};

// Degrees clockwise, snapped to the nearest quarter turn.
int quarter_turn(double degrees) {
  double d = std::fmod(degrees, 360.0);
  if (d < 0) d += 360.0;
  int q = static_cast<int>(std::lround(d / 90.0)) % 4;
  return q * 90;
}

}  // namespace

bool looks_like_runs_json(std::string_view input) {
  std::size_t i = input.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || input[i] != '{') return false;
  return input.substr(i, 200).find("\"nianbao_runs\"") != std::string_view::npos;
}

RunsInput parse_runs_json(std::string_view json) {
  RunsInput in;
  Value root;
  Parser p(json);
  if (!p.parse(root)) {
    in.problem = p.problem();
    return in;
  }
  if (root.kind != Value::Object || !root.get("nianbao_runs")) {
    in.problem = "not a runs document (no \"nianbao_runs\" key)";
    return in;
  }
  in.failure = root.text("error");
  in.failure_detail = root.text("detail");
  in.source_format = root.text("source");
  Value* pages = root.get("pages");  // not const: the run texts are moved out of the tree
  std::size_t total = 0;
  if (pages && pages->kind == Value::Array) {
    for (Value& pv : pages->items) {
      if (pv.kind != Value::Object) continue;
      RunsPage page;
      page.number = static_cast<int>(pv.num("page", static_cast<double>(in.pages.size() + 1)));
      page.width = pv.num("width");
      page.height = pv.num("height");
      page.images = static_cast<int>(pv.num("images"));
      if (Value* runs = pv.get("runs"); runs && runs->kind == Value::Array) {
        for (Value& rv : runs->items) {
          Value* t = rv.get("text");
          if (rv.kind != Value::Object || !t || t->kind != Value::String) continue;
          if (++total > kMaxRuns) break;
          Run r;
          r.text = std::move(t->str);
          r.at = t->at;
          r.x = rv.num("x");
          r.y = rv.num("y");
          r.w = std::max(0.0, rv.num("w"));
          r.h = std::max(0.0, rv.num("h"));
          r.size = std::max(0.0, rv.num("size"));
          r.rot = quarter_turn(rv.num("rot"));
          page.runs.push_back(std::move(r));
        }
      }
      if (const Value* lines = pv.get("lines"); lines && lines->kind == Value::Array) {
        for (const Value& lv : lines->items) {
          if (lv.kind != Value::Object || page.lines.size() > kMaxRuns) continue;
          page.lines.push_back(RuleLine{lv.num("x"), lv.num("y"), lv.num("w"), lv.num("h")});
        }
      }
      index_vertical_rules(page);
      in.pages.push_back(std::move(page));
      if (total > kMaxRuns) break;
    }
  }
  in.ok = true;
  return in;
}

void index_vertical_rules(RunsPage& page) {
  page.vertical_rules.clear();
  for (const RuleLine& l : page.lines)
    if (l.w <= 2.5 && std::isfinite(l.x + l.w / 2)) page.vertical_rules.push_back(l);
  std::stable_sort(page.vertical_rules.begin(), page.vertical_rules.end(),
                   [](const RuleLine& a, const RuleLine& b) { return a.x + a.w / 2 < b.x + b.w / 2; });
}

}  // namespace nianbao
