// Every input under tests/fuzz/<target>/ (crashes and slow units the fuzzers found, and the inputs of the
// defects of issue 8) is replayed through that libFuzzer target's own entry point (fuzz/fuzz_<target>.cpp):
// each must return normally, natively and under the sanitizers of CI's ASan stage. A fuzz run that finds
// a crash leaves it in build-fuzz/crashes/ (scripts/fuzz.sh): copy it here, under its target's folder.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#define NIANBAO_FUZZ_ENTRY(name) \
  extern "C" int nianbao_fuzz_##name(const std::uint8_t* data, std::size_t size);
NIANBAO_FUZZ_ENTRY(text)
NIANBAO_FUZZ_ENTRY(html)
NIANBAO_FUZZ_ENTRY(docx_xml)
NIANBAO_FUZZ_ENTRY(decode)
NIANBAO_FUZZ_ENTRY(unzip)
NIANBAO_FUZZ_ENTRY(check)
NIANBAO_FUZZ_ENTRY(render)
NIANBAO_FUZZ_ENTRY(runs)
#undef NIANBAO_FUZZ_ENTRY

namespace nianbao {
namespace {

namespace fs = std::filesystem;
using Entry = int (*)(const std::uint8_t*, std::size_t);

const std::map<std::string, Entry>& entries() {
  static const std::map<std::string, Entry> m = {
      {"text", nianbao_fuzz_text},     {"html", nianbao_fuzz_html},   {"docx_xml", nianbao_fuzz_docx_xml},
      {"decode", nianbao_fuzz_decode}, {"unzip", nianbao_fuzz_unzip}, {"check", nianbao_fuzz_check},
      {"render", nianbao_fuzz_render}, {"runs", nianbao_fuzz_runs}};
  return m;
}

const fs::path kRoot = fs::path(NIANBAO_SOURCE_DIR) / "tests" / "fuzz";

TEST(FuzzRegressions, EveryFolderIsATarget) {
  std::size_t inputs = 0;
  for (const auto& dir : fs::directory_iterator(kRoot)) {
    if (!dir.is_directory()) continue;
    EXPECT_TRUE(entries().count(dir.path().filename().string())) << "no fuzz target " << dir.path();
    for (const auto& f : fs::directory_iterator(dir.path())) inputs += f.is_regular_file() ? 1 : 0;
  }
  EXPECT_GT(inputs, 0u) << "tests/fuzz/ holds no regression input";
}

TEST(FuzzRegressions, EveryInputRunsCleanThroughItsTarget) {
  for (const auto& [name, entry] : entries()) {
    fs::path dir = kRoot / name;
    if (!fs::exists(dir)) continue;
    for (const auto& f : fs::directory_iterator(dir)) {
      if (!f.is_regular_file()) continue;
      std::ifstream in(f.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      SCOPED_TRACE(f.path().string());
      // The targets return 0, or trap (__builtin_trap) on a broken invariant: reaching here is the test.
      EXPECT_EQ(entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
    }
  }
}

}  // namespace
}  // namespace nianbao
