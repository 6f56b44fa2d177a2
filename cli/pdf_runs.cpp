#include "cli/pdf_runs.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

#include "core/json/value.hpp"

extern char** environ;

namespace nianbao::cli {

namespace {

bool ends_with_ci(const std::string& s, const std::string& suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != suffix[i]) return false;
  }
  return true;
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

}  // namespace

bool positioned_file(const std::string& bytes, const std::string& path) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string::npos) return true;
  return bytes.compare(0, 4, "PK\x03\x04") == 0 && ends_with_ci(path, ".ofd");
}

std::string unavailable_runs(const std::string& why) {
  using nianbao::json::Value;
  return Value::object(
             {{"nianbao_runs", 1}, {"error", "unavailable"}, {"detail", why}, {"pages", Value::array()}})
      .dump();
}

bool extract_runs(const std::string& path, std::string& json, std::string& error) {
  std::string node = env_or("NIANBAO_NODE", "node");
  std::string script = env_or("NIANBAO_PDF_EXTRACTOR", NIANBAO_PDF_EXTRACTOR);
  int out[2];
  if (pipe(out) != 0) {
    error = "cannot create a pipe";
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::vector<std::string> args = {node, script, path};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, node.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (rc != 0) {
    close(out[0]);
    error = "reading a PDF needs Node.js (" + node +
            " not found); or write the runs with `npx nianbao runs " + path +
            " > report.runs.json` and check them with --runs";
    return false;
  }
  char buf[65536];
  ssize_t n;
  while ((n = read(out[0], buf, sizeof buf)) > 0) json.append(buf, static_cast<std::size_t>(n));
  close(out[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || json.empty()) {
    error = "the PDF extractor (" + script + ") failed";
    return false;
  }
  return true;
}

}  // namespace nianbao::cli
