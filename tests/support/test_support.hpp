#pragma once
// Shared helpers for the native tests: fixture and corpus paths, file reading.
#include <optional>
#include <string>

namespace nianbao::testing {

std::string source_dir();                           // the project root
std::string fixture_path(const std::string& name);  // tests/fixtures/NAME
std::string read_file(const std::string& path);
// ../shared/corpus beside the project root, if it is there (tests skip cleanly when absent).
std::optional<std::string> corpus_dir();

}  // namespace nianbao::testing
