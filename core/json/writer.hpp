#pragma once
// A streaming JSON writer: appends to a string as the caller walks its data, so a result is printed
// without building a tree first. Output is byte for byte what nlohmann::json::dump() prints for the
// same values (compact, or indented by N spaces), so the two may be mixed and compared; keys are
// written in the order given: callers give them sorted, as nlohmann's std::map would.
//
// The text is staged in the writer and appended to the output a few kilobytes at a time (a result writes
// thousands of short tokens, and std::string::append is a call that is never inlined): the output holds
// all of it after flush(), which the destructor also calls. Call flush() before reading the output while
// the writer lives (before `return out;`).
#include <cstddef>
#include <cstdint>
#include <cstring>
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
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Appends the staged text to the output.
  void flush() {
    out_.append(staged_, staged_size_);
    staged_size_ = 0;
  }

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

 private:
  // The characters of a JSON string body for s (no quotes): escapes as nlohmann does; bytes that are not
  // UTF-8 become U+FFFD (nlohmann would throw).
  void escape(std::string_view s);
  // Staging: put() copies into the stage, flushing it first when it has no room.
  void put(char c) {
    if (staged_size_ == kStage) flush();
    staged_[staged_size_++] = c;
  }
  void put(const char* s, std::size_t n) {
    if (n > kStage - staged_size_) {
      flush();
      if (n > kStage) {
        out_.append(s, n);
        return;
      }
    }
    std::memcpy(staged_ + staged_size_, s, n);
    staged_size_ += n;
  }

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
    if (has_items_.back()) put(',');
    has_items_.back() = 1;
    if (indent_ >= 0) newline_indent(depth_ + has_items_.size());
  }
  void newline_indent(std::size_t depth);

  std::string& out_;
  int indent_;
  std::size_t depth_;
  std::vector<unsigned char> has_items_;  // per open container: something written yet (bytes, not bits)
  bool after_key_ = false;
  static constexpr std::size_t kStage = 2048;
  std::size_t staged_size_ = 0;
  char staged_[kStage];
};

// A diagnostic's expected/found value: null, a number or a string.
void write_scalar(JsonWriter& w, const Scalar& v);

}  // namespace nianbao
