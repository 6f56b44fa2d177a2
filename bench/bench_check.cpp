// nianbao_bench [--min-ms N] [--runs N] [--extract] FILE...: for each file, decodes it as the CLI does,
// then repeats check() + result JSON (or, with --extract, only the reading half: extract()) for at least
// N ms of this thread's CPU time (default 300; --runs: exactly N times) and prints one JSON line
// {"file", "bytes", "runs", "ms", "out", "peak_kb"} with the mean CPU time of one check and the
// process's peak resident memory so far (bench/scaling.mjs runs one file per process to read it per
// input). CPU time, not wall time: the figures hold on a busy machine. Prints figures, asserts nothing.
#include <sys/resource.h>
#include <time.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/decode_file.hpp"
#include "core/check.hpp"
#include "core/render/result_json.hpp"

namespace {

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

long peak_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // kilobytes on Linux
}

}  // namespace

int main(int argc, char** argv) {
  double min_ms = 300;
  long fixed_runs = 0;
  bool extract_only = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--min-ms" && i + 1 < argc) {
      min_ms = std::stod(argv[++i]);
    } else if (a == "--runs" && i + 1 < argc) {
      fixed_runs = std::stol(argv[++i]);
    } else if (a == "--extract") {
      extract_only = true;
    } else {
      files.push_back(a);
    }
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    nianbao::cli::Decoded d = nianbao::cli::decode_bytes(bytes, f);
    nianbao::CheckOptions o;
    o.file_name = f;
    o.encoding = d.encoding;
    if (d.kind == "html") o.kind = "html";
    const std::string& text = d.ok ? d.text : bytes;
    std::size_t out = 0;
    long runs = 0;
    double start = thread_cpu_ms(), elapsed = 0;
    do {
      if (extract_only)
        out += nianbao::extract(text, o).report.t3.rows.size();
      else
        out += nianbao::result_json(nianbao::check(text, o), text, "zh").size();
      ++runs;
      elapsed = thread_cpu_ms() - start;
    } while (fixed_runs > 0 ? runs < fixed_runs : elapsed < min_ms);
    std::cout << nlohmann::json{{"file", f},
                                {"bytes", bytes.size()},
                                {"runs", runs},
                                {"ms", elapsed / static_cast<double>(runs)},
                                {"out", out / static_cast<std::size_t>(runs)},
                                {"peak_kb", peak_kb()}}
                     .dump()
              << "\n";
  }
  return 0;
}
