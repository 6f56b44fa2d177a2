#include "core/json/writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
// nlohmann's number formatting alone (Grisu2, its exponent rules): a double prints exactly as
// nlohmann::json::dump() prints it, without its parser and tree in the WebAssembly module.
#include <nlohmann/detail/conversions/to_chars.hpp>

#include "core/text/utf8.hpp"

namespace nianbao {

void JsonWriter::newline_indent(std::size_t depth) {
  // One append for the line break and its spaces (an indented result has a line per value).
  static const std::string kLine = '\n' + std::string(128, ' ');
  std::size_t n = depth * static_cast<std::size_t>(indent_);
  if (n < kLine.size()) {
    put(kLine.data(), n + 1);
    return;
  }
  put('\n');
  for (std::size_t k = 0; k < n; ++k) put(' ');
}

JsonWriter& JsonWriter::open(char c) {
  before_value();
  put(c);
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  bool items = has_items_.back();
  has_items_.pop_back();
  if (items && indent_ >= 0) newline_indent(depth_ + has_items_.size());
  put(c);
  return *this;
}

namespace {

// The bytes a JSON string holds as they are: printable ASCII but '"' and '\\'.
struct PlainBytes {
  bool plain[256] = {};
  constexpr PlainBytes() {
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  }
};
constexpr PlainBytes kPlain;

}  // namespace

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  // Every key the core writes is short plain ASCII: copied into the stage with its quotes and colon while it
  // is checked, in one pass.
  constexpr std::size_t kShort = 60;
  if (k.size() <= kShort) {
    if (kStage - staged_size_ < kShort + 4) flush();
    char* d = staged_ + staged_size_;
    d[0] = '"';
    std::size_t i = 0;
    while (i < k.size() && kPlain.plain[static_cast<unsigned char>(k[i])]) {
      d[i + 1] = k[i];
      ++i;
    }
    if (i == k.size()) {
      d[i + 1] = '"';
      d[i + 2] = ':';
      d[i + 3] = ' ';
      staged_size_ += i + (indent_ >= 0 ? 4 : 3);
      after_key_ = true;
      return *this;
    }
  }
  put('"');
  escape(k);
  if (indent_ >= 0)
    put("\": ", 3);
  else
    put("\":", 2);
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  put('"');
  escape(s);
  put('"');
  return *this;
}

template <typename Integer>
JsonWriter& JsonWriter::digits(Integer v) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  put(buf, static_cast<std::size_t>(r.ptr - buf));
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t v) { return digits(v); }

JsonWriter& JsonWriter::unsigned_integer(std::uint64_t v) { return digits(v); }

JsonWriter& JsonWriter::number(Decimal d) {
  if (d.is_integer()) return integer(d.integer_part());
  // Rare (fees in 万元): printed as nlohmann prints the double of the exact text, so results do not
  // change with the writer (7730.28, and 1e-06 for a millionth).
  return real(std::strtod(d.str().c_str(), nullptr));
}

JsonWriter& JsonWriter::real(double v) {
  before_value();
  if (!std::isfinite(v)) {  // as dump(): JSON has no NaN or infinity
    put("null", 4);
    return *this;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  put(buf, static_cast<std::size_t>(end - buf));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  before_value();
  if (b)
    put("true", 4);
  else
    put("false", 5);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put("null", 4);
  return *this;
}

void JsonWriter::escape(std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  std::size_t i = 0, run = 0;  // [run, i) is copied verbatim
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (kPlain.plain[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      // A well-formed three-byte sequence (every Chinese character) is copied as it is, without decoding.
      if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
        unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
        bool cont = (c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80;
        // not overlong (E0 needs A0..BF), not a surrogate (ED needs 80..9F)
        if (cont && (c != 0xE0 || c1 >= 0xA0) && (c != 0xED || c1 < 0xA0)) {
          i += 3;
          continue;
        }
      }
      std::size_t start = i;
      if (utf8::next_valid(s, i)) continue;
      put(s.data() + run, start - run);
      put("\xEF\xBF\xBD", 3);
      run = i;
      continue;
    }
    put(s.data() + run, i - run);
    switch (c) {
      case '"':
        put("\\\"", 2);
        break;
      case '\\':
        put("\\\\", 2);
        break;
      case '\b':
        put("\\b", 2);
        break;
      case '\f':
        put("\\f", 2);
        break;
      case '\n':
        put("\\n", 2);
        break;
      case '\r':
        put("\\r", 2);
        break;
      case '\t':
        put("\\t", 2);
        break;
      default:
        put("\\u00", 4);
        put(kHex[c >> 4]);
        put(kHex[c & 15]);
    }
    ++i;
    run = i;
  }
  put(s.data() + run, s.size() - run);
}

void write_scalar(JsonWriter& w, const Scalar& v) {
  switch (v.kind()) {
    case Scalar::Kind::Null:
      w.null();
      break;
    case Scalar::Kind::Number:
      w.number(v.number());
      break;
    case Scalar::Kind::Text:
      w.string(v.text());
      break;
  }
}

}  // namespace nianbao
