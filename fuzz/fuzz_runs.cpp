// The positioned-runs reader (docs/runs.md) on arbitrary bytes: the streaming JSON reader, then the layout of
// the runs it keeps into rows and cells (what a PDF or OFD becomes in the page and the CLI).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/read/read.hpp"
#include "core/read/runs_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nianbao::RunsInput in =
      nianbao::parse_runs_json(std::string_view(reinterpret_cast<const char*>(data), size));
  // A document that is read keeps nothing of a broken one; one that is read gives a document.
  if (!in.ok && (!in.pages.empty() || in.problem.empty())) __builtin_trap();
  if (in.ok) {
    nianbao::Document d = nianbao::read_runs(in);
    (void)d;
  }
  return 0;
}
