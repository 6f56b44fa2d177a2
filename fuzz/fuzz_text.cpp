// The plain-text reader (tabs, pipes, one cell per line, PDF text) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/read/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nianbao::Document d = nianbao::read_text(std::string_view(reinterpret_cast<const char*>(data), size));
  return d.rows.size() > size + 1 ? 1 : 0;  // never more rows than lines
}
