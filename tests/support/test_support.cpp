#include "tests/support/test_support.hpp"

#include <sys/stat.h>

#include <fstream>
#include <iterator>

namespace nianbao::testing {

std::string source_dir() { return NIANBAO_SOURCE_DIR; }

std::string fixture_path(const std::string& name) { return source_dir() + "/tests/fixtures/" + name; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::optional<std::string> corpus_dir() {
  std::string p = source_dir() + "/../shared/corpus";
  struct stat st;
  if (stat((p + "/index.json").c_str(), &st) == 0) return p;
  return std::nullopt;
}

}  // namespace nianbao::testing
