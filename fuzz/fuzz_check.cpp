// check() as a whole (reading, recognising, every rule, the result JSON) on arbitrary bytes; the first
// byte picks the input kind so the text, HTML and .docx paths are all reached from one corpus.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kKinds[] = {"auto", "text", "html", "docx-xml"};
  nianbao::CheckOptions o;
  o.kind = kKinds[data[0] & 3];
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  nianbao::Result r = nianbao::check(input, o);
  nlohmann::json j = nianbao::result_to_json(r, input, data[0] & 4 ? "en" : "zh");
  (void)j.dump();  // the JSON must be printable (valid UTF-8 throughout)
  return 0;
}
