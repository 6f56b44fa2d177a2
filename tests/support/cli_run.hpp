#pragma once
// Running the native CLI (build/nianbao) from a test, as a user runs it: arguments through the shell,
// stdout and stderr captured, the exit status returned.
#include <string>

namespace nianbao::testing {

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

// `args` go through the shell as written (quote paths that need it).
CliRun run_cli(const std::string& args);

}  // namespace nianbao::testing
