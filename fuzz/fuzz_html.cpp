// The tolerant HTML reader (tokenizer, entities, table grid with spans) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/read/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nianbao::Document d = nianbao::read_html(std::string_view(reinterpret_cast<const char*>(data), size));
  (void)d;
  return 0;
}
