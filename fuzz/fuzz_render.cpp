// The renderers (HTML, text, CSV, SARIF) on arbitrary result JSON, as render()/format() receive it
// from callers: parse_foreign may refuse it with the documented error, nothing else may go wrong. And the
// core's JSON parser must accept, refuse and print exactly as nlohmann::json does (core/json/value.hpp).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "core/json/value.hpp"
#include "core/render/json_read.hpp"
#include "core/render/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  nianbao::json::Value ours = nianbao::json::parse(text);
  nlohmann::json theirs = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (ours.is_discarded() != theirs.is_discarded()) __builtin_trap();
  if (!ours.is_discarded() &&
      ours.dump() != theirs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
    __builtin_trap();

  std::string error;
  nianbao::json::Value j = nianbao::jr::parse_foreign(text, error);
  if (j.is_discarded()) return 0;  // refused with the documented error (errors are values)
  const nianbao::json::Value list = j.is_array() ? j : nianbao::json::Value::array({j});
  (void)nianbao::render_html(j.is_array() && !j.empty() ? j[0] : j, "zh", size & 1);
  (void)nianbao::render_text(list, "en");
  (void)nianbao::render_csv(list);
  (void)nianbao::render_sarif(list, "zh").dump();
  return 0;
}
