// The .docx reader (word/document.xml: paragraphs, runs, tables with gridSpan/vMerge) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/read/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nianbao::Document d = nianbao::read_docx_xml(std::string_view(reinterpret_cast<const char*>(data), size));
  (void)d;
  return 0;
}
