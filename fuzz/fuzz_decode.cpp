// The CLI's byte decoding (BOMs, UTF-16, UTF-8, GB18030 via iconv) on arbitrary bytes; the first byte
// picks the file name (.txt or .html) so both kinds are reached.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/decode_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char* name = data[0] & 1 ? "report.html" : "report.txt";
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  nianbao::cli::Decoded d = nianbao::cli::decode_bytes(bytes, name);
  if (d.ok && d.kind != "docx" && d.encoding.empty()) __builtin_trap();  // decoded text names its encoding
  return 0;
}
