#include "core/json/value.hpp"

#include <algorithm>

#include "core/json/writer.hpp"

namespace nianbao::json {

namespace {

bool key_less(const Value::Member& m, std::string_view key) { return std::string_view(m.first) < key; }

void write(JsonWriter& w, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
    case Value::Kind::Discarded:  // (never printed by the callers; null keeps the output JSON)
      w.null();
      break;
    case Value::Kind::Boolean:
      w.boolean(v.as_bool());
      break;
    case Value::Kind::Integer:
      w.integer(v.as_int());
      break;
    case Value::Kind::Unsigned:
      w.unsigned_integer(v.as_uint());
      break;
    case Value::Kind::Float:
      w.real(v.as_double());
      break;
    case Value::Kind::String:
      w.string(v.str());
      break;
    case Value::Kind::Array:
      w.begin_array();
      for (const Value& item : v) write(w, item);
      w.end_array();
      break;
    case Value::Kind::Object:
      w.begin_object();
      for (const auto& [key, member] : v.members()) {
        w.key(key);
        write(w, member);
      }
      w.end_object();
      break;
  }
}

}  // namespace

Value Value::object(std::initializer_list<Member> members) {
  Value v;
  v.kind_ = Kind::Object;
  for (const Member& m : members) v.set(m.first, m.second);
  return v;
}

Value Value::array(std::initializer_list<Value> items) {
  Value v;
  v.kind_ = Kind::Array;
  v.array_.assign(items.begin(), items.end());
  return v;
}

template <typename T>
T Value::number_as() const {
  switch (kind_) {
    case Kind::Integer:
      return static_cast<T>(int_);
    case Kind::Unsigned:
      return static_cast<T>(uint_);
    case Kind::Float:
      return static_cast<T>(float_);
    default:
      return T(0);
  }
}

std::int64_t Value::as_int() const { return number_as<std::int64_t>(); }
std::uint64_t Value::as_uint() const { return number_as<std::uint64_t>(); }
double Value::as_double() const { return number_as<double>(); }

const std::string& Value::str() const {
  static const std::string kEmpty;
  return kind_ == Kind::String ? string_ : kEmpty;
}

std::size_t Value::size() const {
  switch (kind_) {
    case Kind::Null:
      return 0;
    case Kind::Array:
      return array_.size();
    case Kind::Object:
      return members_.size();
    default:
      return 1;
  }
}

void Value::push_back(Value v) {
  if (kind_ == Kind::Null) kind_ = Kind::Array;
  if (kind_ == Kind::Array) array_.push_back(std::move(v));
}

const Value* Value::find(std::string_view key) const {
  if (kind_ != Kind::Object) return nullptr;
  auto it = std::lower_bound(members_.begin(), members_.end(), key, key_less);
  return it != members_.end() && it->first == key ? &it->second : nullptr;
}

const Value& Value::operator[](std::string_view key) const {
  const Value* v = find(key);
  return v ? *v : null_value();
}

Value& Value::set(std::string_view key, Value v) {
  if (kind_ != Kind::Object) *this = object();
  auto it = std::lower_bound(members_.begin(), members_.end(), key, key_less);
  if (it == members_.end() || it->first != key)
    it = members_.insert(it, Member(std::string(key), std::move(v)));
  else
    it->second = std::move(v);
  return it->second;
}

bool Value::erase(std::string_view key) {
  if (kind_ != Kind::Object) return false;
  auto it = std::lower_bound(members_.begin(), members_.end(), key, key_less);
  if (it == members_.end() || it->first != key) return false;
  members_.erase(it);
  return true;
}

std::string Value::dump(int indent) const {
  std::string out;
  JsonWriter w(out, indent);
  write(w, *this);
  w.flush();
  return out;
}

const Value& Value::null_value() {
  static const Value kNull;
  return kNull;
}

}  // namespace nianbao::json
