// The CLI's ZIP reader (.docx: stored and deflated members, central directory, the package's
// relationships) on arbitrary bytes. Refusals must come back as errors, never as a crash or a
// member larger than the zip-bomb limit.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/unzip.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  nianbao::cli::Unzipped u = nianbao::cli::unzip_docx_document(bytes);
  if (u.ok && u.data.size() > nianbao::cli::kMaxUnzippedBytes) __builtin_trap();
  if (!u.ok && u.error.empty()) __builtin_trap();
  return 0;
}
