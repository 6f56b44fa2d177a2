#include "core/render/json_read.hpp"

namespace nianbao::jr {

const nlohmann::json& at(const nlohmann::json& j, const std::string& key) {
  static const nlohmann::json null_value;
  if (!j.is_object()) return null_value;
  auto it = j.find(key);
  return it == j.end() ? null_value : *it;
}

std::string str(const nlohmann::json& j, const std::string& key, const std::string& def) {
  const auto& v = at(j, key);
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return def;
}

long long num(const nlohmann::json& j, const std::string& key, long long def) {
  const auto& v = at(j, key);
  if (v.is_number_integer() || v.is_number_unsigned()) return v.get<long long>();
  if (v.is_number_float()) return static_cast<long long>(v.get<double>());
  return def;
}

std::string scalar(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number() || v.is_boolean()) return v.dump();
  return "";
}

}  // namespace nianbao::jr
