#pragma once
// A JSON value as the renderers read it: results handed back by callers (render, format, review marks),
// the binding's options, the CLI's few trees. Why not nlohmann::json (the tests still read results with
// it, as an independent parser): its tree keeps a std::map per object, and reading a result back was over
// half the work of rendering it in the page (2.7 M of 5.3 M instructions for a typical report; this reader
// takes 1.25 M). This one keeps an object's members in a vector sorted by key, parses in one pass, and
// prints through JsonWriter, so every dump() is byte for byte what nlohmann::json::dump() prints for the
// same text: keys sorted, the last of duplicate keys kept, numbers read as nlohmann reads them (integers
// as 64-bit integers, anything else as a double), a NUL byte taken for the end of the text.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nianbao::json {

class Value {
 public:
  enum class Kind : unsigned char {
    Null,
    Boolean,
    Integer,
    Unsigned,
    Float,
    String,
    Array,
    Object,
    Discarded
  };
  using Member = std::pair<std::string, Value>;

  Value() {}                // null (user-provided: a `static const Value` needs one under clang)
  Value(std::nullptr_t) {}  // NOLINT: null, as in {"fix", nullptr}
  Value(bool b) : kind_(Kind::Boolean), bool_(b) {}
  Value(int v) : kind_(Kind::Integer), int_(v) {}
  Value(long v) : kind_(Kind::Integer), int_(v) {}
  Value(long long v) : kind_(Kind::Integer), int_(v) {}
  Value(unsigned v) : kind_(Kind::Unsigned), uint_(v) {}
  Value(unsigned long v) : kind_(Kind::Unsigned), uint_(v) {}
  Value(unsigned long long v) : kind_(Kind::Unsigned), uint_(v) {}
  Value(double v) : kind_(Kind::Float), float_(v) {}
  Value(const char* s) : kind_(Kind::String), string_(s) {}
  Value(std::string s) : kind_(Kind::String), string_(std::move(s)) {}
  Value(std::string_view s) : kind_(Kind::String), string_(s) {}

  static Value object(std::initializer_list<Member> members = {});
  static Value array(std::initializer_list<Value> items = {});
  static Value discarded() {
    Value v;
    v.kind_ = Kind::Discarded;
    return v;
  }

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::Null; }
  bool is_boolean() const { return kind_ == Kind::Boolean; }
  bool is_number() const { return kind_ == Kind::Integer || kind_ == Kind::Unsigned || kind_ == Kind::Float; }
  bool is_number_integer() const { return kind_ == Kind::Integer || kind_ == Kind::Unsigned; }
  bool is_number_unsigned() const { return kind_ == Kind::Unsigned; }
  bool is_number_float() const { return kind_ == Kind::Float; }
  bool is_string() const { return kind_ == Kind::String; }
  bool is_array() const { return kind_ == Kind::Array; }
  bool is_object() const { return kind_ == Kind::Object; }
  bool is_discarded() const { return kind_ == Kind::Discarded; }

  // The scalar, or the type's zero when the value is of another kind (never a throw: results may be the
  // caller's). as_int/as_uint/as_double convert between the three number kinds as a C++ cast would.
  bool as_bool() const { return kind_ == Kind::Boolean && bool_; }
  std::int64_t as_int() const;
  std::uint64_t as_uint() const;
  double as_double() const;
  // The string, or "" for any other kind.
  const std::string& str() const;
  bool operator==(std::string_view s) const { return kind_ == Kind::String && string_ == s; }
  bool operator!=(std::string_view s) const { return !(*this == s); }

  // Arrays: the elements; objects: the number of members; scalars: size() 1, as nlohmann counts.
  // (Only an array holds elements and only an object members: every other kind has none.)
  std::size_t size() const;
  bool empty() const { return size() == 0; }
  const std::vector<Value>& elements() const { return array_; }
  std::vector<Value>::const_iterator begin() const { return array_.begin(); }
  std::vector<Value>::const_iterator end() const { return array_.end(); }
  std::vector<Value>::iterator begin() { return array_.begin(); }
  std::vector<Value>::iterator end() { return array_.end(); }
  const Value& operator[](std::size_t i) const { return i < array_.size() ? array_[i] : null_value(); }
  // (v[0] would otherwise be ambiguous with the key overloads: 0 is also a null pointer)
  const Value& operator[](int i) const { return i < 0 ? null_value() : (*this)[static_cast<std::size_t>(i)]; }
  void push_back(Value v);  // null becomes an empty array first, as in nlohmann

  // Objects: members sorted by key (std::map's order, what dump() prints).
  const std::vector<Member>& members() const { return members_; }
  const Value* find(std::string_view key) const;  // nullptr when absent or not an object
  Value* find(std::string_view key) { return const_cast<Value*>(static_cast<const Value*>(this)->find(key)); }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // The member, or a shared null when absent or not an object. There is no inserting operator[] (reading
  // through one is how nlohmann trees grow members by accident): set() writes.
  const Value& operator[](std::string_view key) const;
  const Value& operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  // Sets the member, in key order; null becomes an empty object first, as in nlohmann, and any other kind
  // that is no object is replaced by one (nlohmann would throw). Returns the member.
  Value& set(std::string_view key, Value v);
  // Removes the member; false when there was none.
  bool erase(std::string_view key);

  // As nlohmann::json::dump(indent) with error_handler_t::replace: compact when indent < 0.
  std::string dump(int indent = -1) const;

  static const Value& null_value();

 private:
  friend class Parser;
  template <typename T>
  T number_as() const;  // as_int/as_uint/as_double: the number cast to T, 0 for any other kind

  Kind kind_ = Kind::Null;
  union {
    bool bool_;
    std::int64_t int_ = 0;
    std::uint64_t uint_;
    double float_;
  };
  std::string string_;
  std::vector<Value> array_;
  std::vector<Member> members_;
};

// Parses JSON text as nlohmann::json::parse does (a UTF-8 byte order mark first is skipped; numbers,
// escapes and duplicate keys as there), nesting at most `max_depth` containers deep. Anything else comes
// back discarded, with `error` (when given) saying why and at which byte.
Value parse(std::string_view text, std::string* error = nullptr, int max_depth = 512);

}  // namespace nianbao::json
