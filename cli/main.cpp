// nianbao: the native command line (OUTPUT.md "CLI"). Argument parsing, files and exit codes only;
// every decision is the core's.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli/decode_file.hpp"
#include "cli/pdf_runs.hpp"
#include "cli/unzip.hpp"
#include "core/check.hpp"
#include "core/render/render.hpp"

namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  nianbao check [--format text|json|csv|sarif] [--lang zh|en] [--previous FILE] FILE... | -\n"
    "  nianbao render FILE [--lang zh|en] [-o OUT.html]\n"
    "  nianbao extract FILE\n"
    "  nianbao rules [--format json|text]\n";

int usage_error(const std::string& why) {
  std::cerr << "nianbao: " << why << "\n" << kUsage;
  return 2;
}

bool read_all(const std::string& path, std::string& out) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

struct Loaded {
  std::string text;
  nianbao::CheckOptions options;
};

bool load(const std::string& path, Loaded& l) {
  std::string bytes;
  if (!read_all(path, bytes)) return false;
  if (l.options.kind != "pdf-runs" && nianbao::cli::positioned_file(bytes, path)) {  // PDF/OFD: docs/runs.md
    std::string runs, error;
    if (!nianbao::cli::extract_runs(path, runs, error)) runs = nianbao::cli::unavailable_runs(error);
    bytes = std::move(runs);
    l.options.kind = "pdf-runs";
  }
  nianbao::cli::Decoded d = nianbao::cli::decode_bytes(bytes, path);
  l.options.file_name = path == "-" ? "stdin" : path;
  l.options.encoding = d.encoding.empty() ? "binary" : d.encoding;
  if (d.kind == "html") l.options.kind = "html";
  if (d.kind == "docx") {
    l.options.input_kind = "docx";
    nianbao::cli::Unzipped doc = nianbao::cli::unzip_docx_document(bytes);
    if (!doc.ok) {
      // The core answers input-unreadable for the binary bytes; the reason goes to stderr.
      std::cerr << "nianbao: " << l.options.file_name << ": cannot read the .docx: " << doc.error << "\n";
      l.text = bytes;
      return true;
    }
    l.options.kind = "docx-xml";
    l.options.encoding = "utf-8";
    l.text = std::move(doc.data);
    return true;
  }
  l.text = d.ok ? d.text : bytes;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command");
  std::string cmd = args[0];
  std::string format = cmd == "rules" ? "json" : "text", lang = "zh", out_path, previous;
  std::vector<std::string> files;
  bool runs = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= args.size()) return false;
      dst = args[++i];
      return true;
    };
    if (a == "--format" || a == "-f") {
      if (!value(format)) return usage_error("--format needs a value");
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else if (a == "--lang") {
      if (!value(lang)) return usage_error("--lang needs a value");
    } else if (a.rfind("--lang=", 0) == 0) {
      lang = a.substr(7);
    } else if (a == "-o" || a == "--output") {
      if (!value(out_path)) return usage_error("-o needs a file");
    } else if (a == "--runs") {  // the files are runs JSON (docs/runs.md), e.g. from `npx nianbao runs`
      runs = true;
    } else if (a == "--previous") {
      if (!value(previous)) return usage_error("--previous needs a file");
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error("unknown option " + a);
    } else {
      files.push_back(a);
    }
  }
  if (lang != "zh" && lang != "en") return usage_error("--lang must be zh or en");

  if (cmd == "rules") {
    nlohmann::json rules = nianbao::rules_json();
    if (format == "json") {
      std::cout << rules.dump(2) << "\n";
    } else {
      for (const auto& r : rules)
        std::cout << r["id"].get<std::string>() << "\t" << r["severity"].get<std::string>() << "\t"
                  << r["title"][lang].get<std::string>() << "\n";
    }
    return 0;
  }
  if (cmd != "check" && cmd != "extract" && cmd != "render") return usage_error("unknown command " + cmd);
  if (files.empty()) return usage_error("no input file (use - for standard input)");
  if (cmd == "check" && format != "text" && format != "json" && format != "csv" && format != "sarif")
    return usage_error("--format must be text, json, csv or sarif");
  if (!previous.empty()) {
    std::string tmp;
    if (!read_all(previous, tmp)) {
      std::cerr << "nianbao: cannot read " << previous << "\n";
      return 2;
    }
  }

  nlohmann::json results = nlohmann::json::array();
  for (const auto& f : files) {
    Loaded l;
    if (runs) l.options.kind = "pdf-runs";
    if (!load(f, l)) {
      std::cerr << "nianbao: cannot read " << f << "\n";
      return 2;
    }
    nianbao::Result r =
        cmd == "extract" ? nianbao::extract(l.text, l.options) : nianbao::check(l.text, l.options);
    results.push_back(nianbao::result_to_json(r, l.text, lang));
  }

  if (cmd == "extract") {
    if (results.size() == 1) {
      std::cout << results[0]["report"].dump(2) << "\n";
    } else {
      nlohmann::json reports = nlohmann::json::array();
      for (const auto& r : results) reports.push_back(r["report"]);
      std::cout << reports.dump(2) << "\n";
    }
    return 0;
  }
  if (cmd == "render") {
    std::string html = nianbao::render_html(results[0], lang);
    if (out_path.empty()) {
      std::cout << html;
    } else {
      std::ofstream o(out_path, std::ios::binary);
      if (!o || !(o << html)) {
        std::cerr << "nianbao: cannot write " << out_path << "\n";
        return 2;
      }
    }
  } else if (format == "json") {
    std::cout << results.dump(2) << "\n";
  } else if (format == "csv") {
    std::cout << nianbao::render_csv(results);
  } else if (format == "sarif") {
    std::cout << nianbao::render_sarif(results, lang).dump(2) << "\n";
  } else {
    std::cout << nianbao::render_text(results, lang);
  }
  int errors = 0;
  for (const auto& r : results) errors += r["summary"]["errors"].get<int>();
  return errors > 0 ? 1 : 0;
}
