// The renderers (HTML, text, CSV, SARIF) on arbitrary result JSON, as render()/format() receive it
// from callers: parse_foreign may refuse it with the documented error, nothing else may go wrong.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/render/json_read.hpp"
#include "core/render/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  nlohmann::json j =
      nianbao::jr::parse_foreign(std::string(reinterpret_cast<const char*>(data), size), error);
  if (j.is_discarded()) return 0;  // refused with the documented error (errors are values)
  const nlohmann::json list = j.is_array() ? j : nlohmann::json::array({j});
  (void)nianbao::render_html(j.is_array() && !j.empty() ? j[0] : j, "zh", size & 1);
  (void)nianbao::render_text(list, "en");
  (void)nianbao::render_csv(list);
  (void)nianbao::render_sarif(list, "zh").dump();
  return 0;
}
