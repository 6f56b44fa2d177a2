#pragma once
// The tests build and inspect results as nlohmann::json trees: an independent JSON library, so what they
// check is the text the core prints, not the core's own reading of it. The core's renderers take its
// json::Value (core/json/value.hpp); these overloads and helpers convert through JSON text.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/annotate/review_marks.hpp"
#include "core/json/value.hpp"
#include "core/render/render.hpp"
#include "core/render/result_json.hpp"

namespace nianbao {

namespace testing {

inline json::Value to_value(const nlohmann::json& j) {
  return json::parse(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
inline nlohmann::json to_tree(const json::Value& v) { return nlohmann::json::parse(v.dump()); }
// The result as the core prints it, read back by nlohmann.
inline nlohmann::json result_tree(const Result& r, std::string_view input, const std::string& lang) {
  return nlohmann::json::parse(result_json(r, input, lang));
}
inline nlohmann::json rules_tree() { return to_tree(rules_json()); }

}  // namespace testing

inline std::string render_html(const nlohmann::json& result, const std::string& lang, bool fragment = false) {
  return render_html(testing::to_value(result), lang, fragment);
}
inline std::string render_html(const nlohmann::json& result, const std::string& lang,
                               const RenderOptions& o) {
  return render_html(testing::to_value(result), lang, o);
}
inline std::string render_text(const nlohmann::json& results, const std::string& lang) {
  return render_text(testing::to_value(results), lang);
}
inline std::string render_csv(const nlohmann::json& results, const std::string& lang = "zh") {
  return render_csv(testing::to_value(results), lang);
}
inline nlohmann::json render_sarif(const nlohmann::json& results, const std::string& lang) {
  return testing::to_tree(render_sarif(testing::to_value(results), lang));
}
inline int open_errors(const nlohmann::json& results) { return open_errors(testing::to_value(results)); }
inline bool apply_review_marks(nlohmann::json& results, const nlohmann::json& marks, std::string& error) {
  json::Value v = testing::to_value(results);
  if (!apply_review_marks(v, testing::to_value(marks), error)) return false;
  results = testing::to_tree(v);
  return true;
}

}  // namespace nianbao
