// check() as a whole (reading, recognising, every rule, the result JSON) on arbitrary bytes; the first
// byte picks the input kind so the text, HTML and .docx paths are all reached from one corpus.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>  // an independent parser to judge the output
#include <string>
#include <string_view>

#include "core/check.hpp"
#include "core/render/result_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kKinds[] = {"auto", "text", "html", "docx-xml"};
  nianbao::CheckOptions o;
  o.kind = kKinds[data[0] & 3];
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  nianbao::Result r = nianbao::check(input, o);
  // The streaming writer's output must be valid JSON (and valid UTF-8 throughout).
  std::string text = nianbao::result_json(r, input, data[0] & 4 ? "en" : "zh");
  if (nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false).is_discarded()) __builtin_trap();
  return 0;
}
