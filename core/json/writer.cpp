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
    out_.append(kLine, 0, n + 1);
    return;
  }
  out_ += '\n';
  out_.append(n, ' ');
}

JsonWriter& JsonWriter::open(char c) {
  before_value();
  out_ += c;
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  bool items = has_items_.back();
  has_items_.pop_back();
  if (items && indent_ >= 0) newline_indent(depth_ + has_items_.size());
  out_ += c;
  return *this;
}

namespace {

// True when s needs no escaping: printable ASCII without '"' and '\\' (every key the core writes).
bool plain_ascii(std::string_view s) {
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  if (k.size() <= 60 && plain_ascii(k)) {  // one append of "key": (or "key": with a space when indenting)
    char buf[64];
    buf[0] = '"';
    k.copy(buf + 1, k.size());
    buf[k.size() + 1] = '"';
    buf[k.size() + 2] = ':';
    buf[k.size() + 3] = ' ';
    out_.append(buf, k.size() + (indent_ >= 0 ? 4 : 3));
    after_key_ = true;
    return *this;
  }
  out_.push_back('"');
  escape_into(out_, k);
  if (indent_ >= 0)
    out_.append("\": ", 3);
  else
    out_.append("\":", 2);
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  out_.push_back('"');
  escape_into(out_, s);
  out_.push_back('"');
  return *this;
}

template <typename Integer>
JsonWriter& JsonWriter::digits(Integer v) {
  before_value();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
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
    out_.append("null", 4);
    return *this;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, end);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  before_value();
  if (b)
    out_.append("true", 4);
  else
    out_.append("false", 5);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_.append("null", 4);
  return *this;
}

void JsonWriter::escape_into(std::string& out, std::string_view s) {
  static const char* const kHex = "0123456789abcdef";
  std::size_t i = 0, run = 0;  // [run, i) is copied verbatim
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
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
      char32_t cp = utf8::next(s, i);
      bool replaced = cp == 0xFFFD && !(i - start == 3 && static_cast<unsigned char>(s[start]) == 0xEF);
      if (!replaced) continue;
      out.append(s.data() + run, start - run);
      out += "\xEF\xBF\xBD";
      run = i;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    ++i;
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
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
