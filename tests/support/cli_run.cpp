#include "tests/support/cli_run.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>

#include "tests/support/test_support.hpp"

namespace nianbao::testing {

CliRun run_cli(const std::string& args) {
  // One stderr file per process and call: ctest runs the test binaries in parallel.
  static std::atomic<int> calls{0};
  const std::string err_path = ::testing::TempDir() + "nianbao_cli_stderr_" + std::to_string(::getpid()) +
                               "_" + std::to_string(calls++) + ".txt";
  const std::string cmd = std::string(NIANBAO_CLI) + " " + args + " 2>" + err_path;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err_path);
  std::remove(err_path.c_str());
  return r;
}

}  // namespace nianbao::testing
