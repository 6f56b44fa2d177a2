// nianbao: the native command line (OUTPUT.md "CLI"). Argument parsing, files and exit codes only;
// every decision is the core's. One file is checked as before; many files or a folder are a batch
// (cli/batch.cpp): streamed results, pairing with last year's reports, a summary.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "cli/collect_inputs.hpp"
#include "cli/load_input.hpp"
#include "core/annotate/review_marks.hpp"
#include "core/check.hpp"
#include "core/render/render.hpp"
#include "core/render/result_json.hpp"
#include "core/render/ui_lang.hpp"

#ifndef NIANBAO_VERSION
#define NIANBAO_VERSION "0.1.0"
#endif

namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  nianbao check [--format text|json|csv|sarif] [--lang zh|en] [--previous FILE] [--published DATE] "
    "[--marks FILE] FILE... | -\n"
    "  nianbao render FILE [--lang zh|en] [-o OUT.html]\n"
    "  nianbao extract FILE\n"
    "  nianbao rules [--format json|text]\n";
// --help prints the usage and this; a usage error prints the usage alone (as the Node CLI does).
constexpr const char* kHelpMore =
    "  nianbao --version | --help\n"
    "--lang takes zh or en, or a BCP 47 tag of either (zh-CN, en-US).\n"
    "--previous FILE: last year's report of the same body (cross-year rules); --published DATE: YYYY-MM-DD.\n"
    "Many files or a FOLDER (searched recursively) are a batch: -j N files at a time (default:\n"
    "one per core); reports of the same agency's consecutive years are paired; --pairs FILE (lines\n"
    "\"THIS_YEAR,PREVIOUS\") overrides the pairing, --no-pair turns it off; --no-summary.\n"
    "Exit status: 0 no errors found, 1 errors found, 2 usage or I/O failure (in a batch: a file not "
    "readable).\n";

int usage_error(const std::string& why) {
  std::cerr << "nianbao: " << why << "\n" << kUsage;
  return 2;
}

bool parse_jobs(const std::string& v, unsigned& jobs) {
  if (v.empty() || v.size() > 4 || v.find_first_not_of("0123456789") != std::string::npos) return false;
  jobs = static_cast<unsigned>(std::stoul(v));
  return jobs > 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command");
  if (args[0] == "--version" || args[0] == "-V") {
    std::cout << "nianbao " << NIANBAO_VERSION << "\n";
    return 0;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage << kHelpMore;
    return 0;
  }
  std::string cmd = args[0];
  std::string format = cmd == "rules" ? "json" : "text", lang = "zh", out_path, previous, pairs, published,
              jobs_text, marks_path;
  bool pair = true, summary = true;
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
    } else if (a == "--marks") {  // review marks (docs/review-marks.md): reviewed errors do not fail
      if (!value(marks_path)) return usage_error("--marks needs a file");
    } else if (a == "--pairs") {
      if (!value(pairs)) return usage_error("--pairs needs a file");
    } else if (a == "--published") {
      if (!value(published)) return usage_error("--published needs a date");
    } else if (a == "-j" || a == "--jobs") {
      if (!value(jobs_text)) return usage_error("-j needs a number");
    } else if (a.rfind("-j", 0) == 0 && a.size() > 2 && a[2] != '-') {
      jobs_text = a.substr(2);
    } else if (a == "--no-pair") {
      pair = false;
    } else if (a == "--no-summary") {
      summary = false;
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage << kHelpMore;
      return 0;
    } else if (a == "--version") {
      std::cout << "nianbao " << NIANBAO_VERSION << "\n";
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error("unknown option " + a);
    } else {
      files.push_back(a);
    }
  }
  if (auto l = nianbao::ui::lang_of_tag(lang))
    lang = *l;  // zh-CN, en-US, … (BCP 47)
  else
    return usage_error("--lang must be zh or en");
  unsigned jobs = 0;
  if (!jobs_text.empty() && !parse_jobs(jobs_text, jobs)) return usage_error("-j needs a positive number");

  if (cmd == "rules") {
    nianbao::json::Value rules = nianbao::rules_json();
    if (format == "json") {
      std::cout << rules.dump(2) << "\n";
    } else {
      for (const auto& r : rules)
        std::cout << r["id"].str() << "\t" << r["severity"].str() << "\t" << r["title"][lang].str() << "\n";
    }
    return 0;
  }
  if (cmd != "check" && cmd != "extract" && cmd != "render") return usage_error("unknown command " + cmd);
  if (files.empty()) return usage_error("no input file (use - for standard input)");
  if (cmd == "check" && format != "text" && format != "json" && format != "csv" && format != "sarif")
    return usage_error("--format must be text, json, csv or sarif");

  if (cmd == "check") {
    nianbao::cli::Inputs inputs = nianbao::cli::collect_inputs(files);
    if (inputs.files.size() > 1 || inputs.any_folder || !pairs.empty()) {
      if (!previous.empty()) return usage_error("--previous is for one report; use --pairs for many");
      if (!marks_path.empty()) return usage_error("--marks is for one report");
      nianbao::cli::BatchOptions o;
      o.format = format;
      o.lang = lang;
      o.jobs = jobs;
      o.pair = pair;
      o.pairs_file = pairs;
      o.published = published;
      o.summary = summary;
      return nianbao::cli::run_batch(inputs.files, inputs.skipped, o);
    }
  }

  // One report (and extract/render): the result as the core gives it.
  nianbao::cli::Loaded prev;
  if (!previous.empty() && !nianbao::cli::load(previous, prev)) {
    std::cerr << "nianbao: cannot read " << previous << "\n";
    return 2;
  }
  nianbao::json::Value results = nianbao::json::Value::array();
  for (const auto& f : files) {
    nianbao::cli::Loaded l;
    if (runs) l.options.kind = "pdf-runs";
    if (!nianbao::cli::load(f, l)) {
      std::cerr << "nianbao: cannot read " << f << "\n";
      return 2;
    }
    if (!l.problem.empty()) std::cerr << "nianbao: " << l.options.file_name << ": " << l.problem << "\n";
    l.options.published = published;
    if (!previous.empty()) {
      l.options.previous = prev.text;
      l.options.previous_kind = prev.options.kind;
      l.options.previous_name = previous;
    }
    nianbao::Result r =
        cmd == "extract" ? nianbao::extract(l.text, l.options) : nianbao::check(l.text, l.options);
    results.push_back(nianbao::result_to_json(r, l.text, lang));
  }

  if (!marks_path.empty()) {
    std::string text, why;
    if (!nianbao::cli::read_all(marks_path, text)) {
      std::cerr << "nianbao: cannot read " << marks_path << "\n";
      return 2;
    }
    nianbao::json::Value marks = nianbao::json::parse(text);
    if (!nianbao::apply_review_marks(results, marks, why)) {
      std::cerr << "nianbao: " << marks_path << ": " << why << "\n";
      return 2;
    }
  }

  if (cmd == "extract") {
    if (results.size() == 1) {
      std::cout << results[0]["report"].dump(2) << "\n";
    } else {
      nianbao::json::Value reports = nianbao::json::Value::array();
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
    std::cout << nianbao::render_csv(results, lang);
  } else if (format == "sarif") {
    std::cout << nianbao::render_sarif(results, lang).dump(2) << "\n";
  } else {
    std::cout << nianbao::render_text(results, lang);
  }
  return nianbao::open_errors(results) > 0 ? 1 : 0;
}
