// nianbao_bench [--min-ms N] FILE...: for each file, decodes it as the CLI does, then repeats
// check() + result_to_json().dump() for at least N ms (default 300) and prints one JSON line
// {"file", "bytes", "runs", "ms"} with the mean time of one check. Prints figures, asserts nothing.
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/decode_file.hpp"
#include "core/check.hpp"

int main(int argc, char** argv) {
  double min_ms = 300;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--min-ms" && i + 1 < argc) {
      min_ms = std::stod(argv[++i]);
    } else {
      files.push_back(a);
    }
  }
  using clock = std::chrono::steady_clock;
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
    int runs = 0;
    auto start = clock::now();
    double elapsed = 0;
    do {
      out += nianbao::result_to_json(nianbao::check(text, o), text, "zh").dump().size();
      ++runs;
      elapsed = std::chrono::duration<double, std::milli>(clock::now() - start).count();
    } while (elapsed < min_ms);
    std::cout << nlohmann::json{{"file", f},
                                {"bytes", bytes.size()},
                                {"runs", runs},
                                {"ms", elapsed / runs},
                                {"out", out / runs}}
                     .dump()
              << "\n";
  }
  return 0;
}
