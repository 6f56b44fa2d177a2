#pragma once
// A streaming JSON writer: appends to a string as the caller walks its data, so a result is printed
// without building a tree first. Output is byte for byte what nlohmann::json::dump() prints for the
// same values (compact, or indented by N spaces), so the two may be mixed and compared; keys are
// written in the order given: callers give them sorted, as nlohmann's std::map would.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/diagnostic.hpp"

namespace nianbao {

class JsonWriter {
 public:
  // indent < 0: compact (dump()); indent >= 0: dump(indent). `depth`: the value being written sits that many
  // levels deep in a document the caller writes around it (an element of a batch's array), so its lines
  // are indented as dump() would indent them there.
  explicit JsonWriter(std::string& out, int indent = -1, std::size_t depth = 0)
      : out_(out), indent_(indent), depth_(depth) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view k);

  JsonWriter& string(std::string_view s);
  JsonWriter& integer(std::int64_t v);
  JsonWriter& unsigned_integer(std::uint64_t v);
  JsonWriter& number(Decimal d);  // integer when whole, else the shortest decimal (as nlohmann prints it)
  JsonWriter& real(double v);     // a binary floating-point number, as nlohmann prints it
  JsonWriter& boolean(bool b);
  JsonWriter& null();

  // key(k) followed by a value.
  JsonWriter& field(std::string_view k, std::string_view s) { return key(k).string(s); }
  JsonWriter& field(std::string_view k, const char* s) { return key(k).string(s); }
  JsonWriter& field(std::string_view k, const std::string& s) { return key(k).string(s); }
  JsonWriter& field_int(std::string_view k, std::int64_t v) { return key(k).integer(v); }

  // The characters of a JSON string body for s (no quotes): escapes as nlohmann does; bytes that are not
  // UTF-8 become U+FFFD (nlohmann would throw).
  static void escape_into(std::string& out, std::string_view s);

 private:
  JsonWriter& open(char c);
  template <typename Integer>
  JsonWriter& digits(Integer v);
  JsonWriter& close(char c);
  // A comma before every item but a container's first, and a newline when indenting. Inline: it runs
  // before every key and value of a result (thousands per report).
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (has_items_.empty()) return;
    if (has_items_.back()) out_.push_back(',');
    has_items_.back() = 1;
    if (indent_ >= 0) newline_indent(depth_ + has_items_.size());
  }
  void newline_indent(std::size_t depth);

  std::string& out_;
  int indent_;
  std::size_t depth_;
  std::vector<unsigned char> has_items_;  // per open container: something written yet (bytes, not bits)
  bool after_key_ = false;
};

// A diagnostic's expected/found value: null, a number or a string.
void write_scalar(JsonWriter& w, const Scalar& v);

}  // namespace nianbao
