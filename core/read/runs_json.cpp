// A small JSON parser that keeps where every string stands (nlohmann::json forgets positions), used
// only for the runs format: the pages and runs are taken out as the text is parsed, without a tree.
#include "core/read/runs_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <utility>

#include "core/json/escape.hpp"
#include "core/text/exact_decimal.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

constexpr int kMaxDepth = 32;

// A JSON parser that hands each value to the reader that wants it, as it is read, and keeps only what the
// runs format uses: the JSON is never held as a tree (a tree of the runs cost more than reading them into
// pages). Every value is validated and counted whether it is kept or not, so an invalid document fails at
// the same byte, with the same words, wherever it goes wrong.
class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  // Reads the whole document: `root(depth)` reads the top value (with the readers below); nothing may follow.
  template <class Root>
  bool parse(Root&& root) {
    skip();
    if (!root(0)) return false;
    skip();
    if (i_ != s_.size()) return fail("text after the JSON value");
    return true;
  }
  const std::string& problem() const { return problem_; }

  // The readers of one value at nesting `depth`. Each reads the value whatever it is; it keeps it (and sets
  // `found`) only when it is of the wanted kind. An object reader calls on_member(key, depth) once per
  // member, which must read the member's value; an array reader calls on_item(depth) once per item.
  bool number_value(int depth, double& out, bool& found) {
    return value_of(depth, 'n', found, [&] { return number(out); });
  }
  bool string_value(int depth, std::string& out, Range& at, bool& found) {
    return value_of(depth, '"', found, [&] { return string(out, at); });
  }
  template <class OnMember>
  bool object_value(int depth, OnMember&& on_member, bool& found) {
    return value_of(depth, '{', found, [&] { return object(depth, on_member); });
  }
  template <class OnItem>
  bool array_value(int depth, OnItem&& on_item, bool& found) {
    return value_of(depth, '[', found, [&] { return array(depth, on_item); });
  }
  // Reads a value and keeps nothing of it.
  bool skip_value(int depth) {
    char kind = 0;
    return begin(depth, kind) && rest(depth, kind);
  }

 private:
  bool fail(const std::string& why) {
    if (problem_.empty()) problem_ = why + " at byte " + std::to_string(i_);
    return false;
  }
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  // One value: read(), with `found` set, when it is of kind `want` (see begin()); else read and dropped.
  template <class Read>
  bool value_of(int depth, char want, bool& found, Read&& read) {
    char kind = 0;
    if (!begin(depth, kind)) return false;
    if (kind != want) return rest(depth, kind);
    found = true;
    return read();
  }
  // The limits every value is held to, then its kind from its first character: '{', '[', '"', 'l' (true,
  // false, null) or 'n' (anything else is read as a number, which fails when it is none).
  bool begin(int depth, char& kind) {
    if (depth > kMaxDepth) return fail("nesting too deep");
    if (++values_ > kMaxRuns * 16) return fail("too many values");
    if (i_ >= s_.size()) return fail("unexpected end");
    char c = s_[i_];
    if (c == '{' || c == '[' || c == '"')
      kind = c;
    else if ((c == 't' && s_.compare(i_, 4, "true") == 0) || (c == 'f' && s_.compare(i_, 5, "false") == 0) ||
             (c == 'n' && s_.compare(i_, 4, "null") == 0))
      kind = 'l';
    else
      kind = 'n';
    return true;
  }
  // The rest of a value of `kind` whose limits begin() has checked, read and dropped.
  bool rest(int depth, char kind) {
    switch (kind) {
      case '{':
        return object(depth, [this](std::string_view, int d) { return skip_value(d); });
      case '[':
        return array(depth, [this](int d) { return skip_value(d); });
      case '"': {
        Range at;
        scratch_.clear();
        return string(scratch_, at);
      }
      case 'l':
        i_ += s_[i_] == 'f' ? 5 : 4;
        return true;
      default: {
        double ignored = 0;
        return number(ignored);
      }
    }
  }
  bool number(double& out) {
    constexpr std::size_t kLongest = 40;  // bytes of the longest number token read (strtod's copy is small)
    std::size_t b = i_;
    // Most runs numbers are plain decimals, read exactly in one pass without strtod (a tenth of a read's
    // cost) when what follows is not more of a number (an exponent, say).
    std::size_t used = 0;
    if (auto exact = text::exact_decimal_prefix(s_.substr(b, kLongest), used)) {
      if (b + used == s_.size() || !number_byte(s_[b + used])) {
        out = *exact;
        i_ = b + used;
        return true;
      }
    }
    while (i_ < s_.size() && number_byte(s_[i_])) ++i_;
    if (i_ == b || i_ - b > kLongest) return fail("bad value");
    std::string tok(s_.substr(b, i_ - b));
    char* end = nullptr;
    out = std::strtod(tok.c_str(), &end);
    if (end != tok.c_str() + tok.size()) return fail("bad number");
    return true;
  }
  static bool number_byte(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
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
  // The end of the plain stretch of a string's characters from `from`: the next quote, escape or control
  // character (or the end of the input).
  std::size_t plain_end(std::size_t from) const {
    while (from < s_.size() && s_[from] != '"' && s_[from] != '\\' &&
           static_cast<unsigned char>(s_[from]) >= 0x20)
      ++from;
    return from;
  }
  bool string(std::string& out, Range& at) {
    ++i_;  // opening quote
    at.begin = i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      char c = s_[i_];
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
      if (c != '\\') {  // the plain stretch, in one append
        std::size_t end = plain_end(i_ + 1);
        out.append(s_.data() + i_, end - i_);
        i_ = end;
        continue;
      }
      if (++i_ >= s_.size()) break;
      char e = s_[i_++];
      if (char plain = json::simple_escape(e)) {
        out += plain;
        continue;
      }
      if (e != 'u') return fail("bad escape");
      unsigned cp = 0;
      if (!hex4(cp)) return false;
      if (cp >= 0xD800 && cp < 0xDC00 && s_.compare(i_, 2, "\\u") == 0) {
        std::size_t next = i_;
        i_ += 2;
        unsigned lo = 0;
        if (!hex4(lo)) return false;
        if (lo >= 0xDC00 && lo < 0xE000)
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        else
          i_ = next;  // no pair: the lone surrogate is U+FFFD and the next escape is read on its own
      }
      if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
      utf8::append(out, static_cast<char32_t>(cp));
    }
    if (i_ >= s_.size()) return fail("unterminated string");
    at.end = i_;
    ++i_;  // closing quote
    return true;
  }
  // An object's members after its '{' (the value's limits checked): on_member(key, depth + 1) reads each
  // value.
  template <class OnMember>
  bool object(int depth, OnMember&& on_member) {
    ++i_;
    skip();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return true;
    }
    for (;;) {
      skip();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a key");
      // A key without escapes (every key a runs document has) is looked at where it stands in the input;
      // one with escapes is decoded into key_, which the next member reuses (the callee looks at the key
      // before it reads the value).
      std::string_view key;
      const std::size_t end = plain_end(i_ + 1);
      if (end < s_.size() && s_[end] == '"') {
        key = s_.substr(i_ + 1, end - i_ - 1);
        i_ = end + 1;
      } else {
        Range at;
        key_.clear();
        if (!string(key_, at)) return false;
        key = key_;
      }
      skip();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected :");
      ++i_;
      skip();
      if (!on_member(key, depth + 1)) return false;
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
  // An array's items after its '[': on_item(depth + 1) reads each.
  template <class OnItem>
  bool array(int depth, OnItem&& on_item) {
    ++i_;
    skip();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return true;
    }
    for (;;) {
      skip();
      if (!on_item(depth + 1)) return false;
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

  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t values_ = 0;
  std::string problem_;
  std::string key_;      // the member key being dispatched
  std::string scratch_;  // strings read and dropped
};

// A number member: the first occurrence of its key counts (a later duplicate is read and dropped), and only
// a finite number is taken; otherwise the reader's fallback stands.
struct NumberField {
  double value = 0;
  bool seen = false;  // the key has occurred
  bool found = false;
  bool read(Parser& p, int depth) {
    if (seen) return p.skip_value(depth);
    seen = true;
    return p.number_value(depth, value, found);
  }
  double get(double fallback = 0) const { return found && std::isfinite(value) ? value : fallback; }
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

namespace {

// Reads the runs document into `in` as the parser meets it. Of a key that occurs twice in one object, the
// first counts. Pages, runs and lines that are not objects, and runs without a string `text`, are left out.
class RunsDocumentReader {
 public:
  RunsDocumentReader(Parser& p, RunsInput& in, std::size_t max_pages)
      : p_(p), in_(in), max_pages_(max_pages) {}

  bool root(int depth) {
    bool object = false;
    return p_.object_value(
        depth, [this](std::string_view key, int d) { return root_member(key, d); }, object);
  }
  bool is_runs_document() const { return has_format_key_; }

 private:
  bool root_member(std::string_view key, int depth) {
    bool found = false;
    Range at;
    if (key == "nianbao_runs") {
      has_format_key_ = true;
      return p_.skip_value(depth);
    }
    if (key == "error")
      return first(seen_error_) ? p_.string_value(depth, in_.failure, at, found) : p_.skip_value(depth);
    if (key == "detail")
      return first(seen_detail_) ? p_.string_value(depth, in_.failure_detail, at, found)
                                 : p_.skip_value(depth);
    if (key == "source")
      return first(seen_source_) ? p_.string_value(depth, in_.source_format, at, found)
                                 : p_.skip_value(depth);
    if (key == "pages" && first(seen_pages_))
      return p_.array_value(
          depth, [this](int d) { return page(d); }, found);
    return p_.skip_value(depth);
  }

  // One item of "pages".
  bool page(int depth) {
    if (full()) return p_.skip_value(depth);  // past the limit: the rest is read, not kept
    if (in_.pages.size() >= max_pages_) {
      in_.pages_left_out = true;
      return p_.skip_value(depth);
    }
    RunsPage page;
    NumberField number, width, height, images;
    bool seen_runs = false, seen_lines = false, object = false;
    bool ok = p_.object_value(
        depth,
        [&](std::string_view key, int d) {
          bool found = false;
          if (key == "page") return number.read(p_, d);
          if (key == "width") return width.read(p_, d);
          if (key == "height") return height.read(p_, d);
          if (key == "images") return images.read(p_, d);
          if (key == "runs" && first(seen_runs))
            return p_.array_value(
                d, [&](int di) { return run(di, page); }, found);
          if (key == "lines" && first(seen_lines))
            return p_.array_value(
                d, [&](int di) { return line(di, page); }, found);
          return p_.skip_value(d);
        },
        object);
    if (!ok || !object) return ok;
    // (clamped before the cast: a double outside int's range is undefined behaviour; found by the runs
    // fuzzer)
    auto to_int = [](double v) {  // (the fields hold finite numbers only)
      constexpr double kLow = std::numeric_limits<int>::min(), kHigh = std::numeric_limits<int>::max();
      return static_cast<int>(std::clamp(v, kLow, kHigh));
    };
    page.number = to_int(number.get(static_cast<double>(in_.pages.size() + 1)));
    page.width = width.get();
    page.height = height.get();
    page.images = to_int(images.get());
    index_vertical_rules(page);
    in_.pages.push_back(std::move(page));
    return true;
  }

  // One item of a page's "runs": kept when it is an object with a string "text", while the limit allows.
  bool run(int depth, RunsPage& page) {
    Run r;
    NumberField x, y, w, h, size, rot;
    bool seen_text = false, has_text = false, object = false;
    bool ok = p_.object_value(
        depth,
        [&](std::string_view key, int d) {
          if (key == "text")
            return first(seen_text) ? p_.string_value(d, r.text, r.at, has_text) : p_.skip_value(d);
          if (key == "x") return x.read(p_, d);
          if (key == "y") return y.read(p_, d);
          if (key == "w") return w.read(p_, d);
          if (key == "h") return h.read(p_, d);
          if (key == "size") return size.read(p_, d);
          if (key == "rot") return rot.read(p_, d);
          return p_.skip_value(d);
        },
        object);
    if (!ok || !object || !has_text || full()) return ok;
    if (++runs_ > kMaxRuns) return true;  // the one over the limit is not kept; neither is anything after it
    r.x = x.get();
    r.y = y.get();
    r.w = std::max(0.0, w.get());
    r.h = std::max(0.0, h.get());
    r.size = std::max(0.0, size.get());
    r.rot = quarter_turn(rot.get());
    page.runs.push_back(std::move(r));
    return true;
  }

  // One item of a page's "lines".
  bool line(int depth, RunsPage& page) {
    NumberField x, y, w, h;
    bool object = false;
    bool ok = p_.object_value(
        depth,
        [&](std::string_view key, int d) {
          if (key == "x") return x.read(p_, d);
          if (key == "y") return y.read(p_, d);
          if (key == "w") return w.read(p_, d);
          if (key == "h") return h.read(p_, d);
          return p_.skip_value(d);
        },
        object);
    if (ok && object && page.lines.size() <= kMaxRuns)
      page.lines.push_back(RuleLine{x.get(), y.get(), w.get(), h.get()});
    return ok;
  }

  // True the first time a key is met in its object (its flag then set).
  static bool first(bool& seen) { return !seen && (seen = true); }
  bool full() const { return runs_ > kMaxRuns; }

  Parser& p_;
  RunsInput& in_;
  bool has_format_key_ = false;
  bool seen_error_ = false, seen_detail_ = false, seen_source_ = false, seen_pages_ = false;
  std::size_t runs_ = 0;  // runs kept over all pages (one more once the limit is passed)
  std::size_t max_pages_;
};

}  // namespace

RunsInput parse_runs_json(std::string_view json, std::size_t max_pages) {
  RunsInput in;
  Parser p(json);
  RunsDocumentReader reader(p, in, max_pages);
  if (!p.parse([&reader](int depth) { return reader.root(depth); })) {
    RunsInput failed;
    failed.problem = p.problem();
    return failed;
  }
  if (!reader.is_runs_document()) {
    RunsInput failed;
    failed.problem = "not a runs document (no \"nianbao_runs\" key)";
    return failed;
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
