#include "cli/batch.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <thread>

#include "cli/batch_output.hpp"
#include "cli/batch_pairing.hpp"
#include "cli/load_input.hpp"
#include "cli/ordered_pool.hpp"
#include "cli/previous_reports.hpp"
#include "core/check.hpp"

namespace nianbao::cli {

namespace {

struct Outcome {
  Piece piece;
  std::string stderr_note;  // why a file could not be read (also in its result)
  bool unreadable = false;  // not checked: cannot be opened, or input-unreadable / input-too-large
  int errors = 0, warnings = 0, infos = 0;
  std::vector<std::string> rules;  // rule ids found (one per diagnostic)
  bool paired = false;
};

// A file that cannot even be opened still gets a result of the usual shape, so that every format
// lists it where it belongs; the core words it (as for the package's and the page's files).
Result unopenable(const std::string& path) {
  CheckOptions o;
  o.file_name = path;
  o.encoding = "binary";
  o.input_kind = "text";
  o.unpack_error = "unopenable";
  return check("", o);
}

std::string previous_note(const std::string& previous, bool paired_run, bool en) {
  if (!paired_run) return "";
  if (previous.empty()) return en ? "  Previous year: not paired\n" : "  上一年度报告：未配对\n";
  return (en ? "  Previous year: " : "  上一年度报告：") + previous + "\n";
}

Outcome check_one(const std::string& path, const std::string& previous, const BatchOptions& o,
                  std::size_t index, bool paired_run, PreviousReports& kept) {
  Outcome out;
  const bool en = o.lang == "en";
  try {
    Loaded l;
    std::string input;
    Result r;
    if (!load(path, l)) {
      r = unopenable(path);
      out.stderr_note = "cannot read " + path;
    } else {
      if (!l.problem.empty()) out.stderr_note = path + ": " + l.problem;
      l.options.published = o.published;
      Loaded prev;
      if (auto read = kept.take(index)) {  // checked a moment ago in this batch: not read again
        l.options.previous_read = std::move(read);
        l.options.previous_name = previous;
      } else if (!previous.empty()) {
        if (load(previous, prev)) {
          l.options.previous = std::move(prev.text);
          l.options.previous_kind = prev.options.kind;
          l.options.previous_name = previous;
        } else {
          out.stderr_note += (out.stderr_note.empty() ? "" : "; ") + std::string("cannot read ") + previous;
        }
      }
      r = check(l.text, l.options);
      input = std::move(l.text);
    }
    for (const auto& d : r.diagnostics) {
      out.rules.push_back(d.rule);
      (d.severity == Severity::Error     ? out.errors
       : d.severity == Severity::Warning ? out.warnings
                                         : out.infos)++;
      if (d.rule == "input-unreadable" || d.rule == "input-too-large") {
        out.unreadable = true;
        // Exit status 2 always comes with its reason on stderr, also when only the core found it
        // (not a report, undecodable bytes, too large), so a script reading stderr learns why.
        if (out.stderr_note.empty()) out.stderr_note = path + ": " + (en ? d.message_en : d.message_zh);
      }
    }
    out.paired = r.previous.given && r.previous.readable;
    out.piece =
        batch_piece(r, input, index, o.format, o.lang, paired_run, previous_note(previous, paired_run, en));
    // An empty file is no previous report at all (CheckOptions::previous ""), so it is never kept as one.
    if (!input.empty()) kept.offer(index, std::move(r.report), !out.unreadable);
  } catch (const std::exception& e) {
    out.unreadable = true;
    out.errors = 1;
    out.rules = {"input-unreadable"};
    out.stderr_note = path + ": internal error: " + e.what();
    Result r = unopenable(path);
    out.piece = batch_piece(r, "", index, o.format, o.lang, false, "");
  }
  return out;
}

struct Totals {
  std::size_t files = 0, unreadable = 0, with_errors = 0, paired = 0;
  long long errors = 0, warnings = 0, infos = 0;
  std::map<std::string, std::pair<long long, long long>> rules;  // id -> (findings, files)
  std::vector<std::string> unreadable_files;
};

std::string summary_text(const Totals& t, const std::vector<std::string>& skipped, bool en) {
  auto avg = [&](long long n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f",
                  t.files ? static_cast<double>(n) / static_cast<double>(t.files) : 0.0);
    return std::string(buf);
  };
  std::vector<std::pair<std::string, std::pair<long long, long long>>> top(t.rules.begin(), t.rules.end());
  std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.second.first != b.second.first ? a.second.first > b.second.first : a.first < b.first;
  });
  if (top.size() > 10) top.resize(10);
  std::string s;
  if (en) {
    s += "\n== Batch summary ==\n";
    s += "Files: " + std::to_string(t.files) + " (" + std::to_string(t.files - t.unreadable) + " checked, " +
         std::to_string(t.unreadable) + " unreadable); " + std::to_string(t.paired) +
         " compared with last year's report\n";
    s += "Files with errors: " + std::to_string(t.with_errors) + "; errors " + std::to_string(t.errors) +
         ", warnings " + std::to_string(t.warnings) + ", infos " + std::to_string(t.infos) +
         " (per file: " + avg(t.errors) + " errors, " + avg(t.warnings) + " warnings)\n";
    if (!top.empty()) s += "Most common rules:\n";
    for (const auto& [id, n] : top)
      s += "  " + id + "  " + std::to_string(n.first) + " in " + std::to_string(n.second) + " files\n";
    for (const auto& f : t.unreadable_files) s += "Unreadable: " + f + "\n";
    for (const auto& f : skipped) s += "Skipped (hidden or not a report format): " + f + "\n";
  } else {
    s += "\n== 批量检查汇总 ==\n";
    s += "文件 " + std::to_string(t.files) + " 个：已检查 " + std::to_string(t.files - t.unreadable) +
         " 个，无法读取 " + std::to_string(t.unreadable) + " 个；与上一年度报告对照 " +
         std::to_string(t.paired) + " 个\n";
    s += "有错误的文件 " + std::to_string(t.with_errors) + " 个；错误 " + std::to_string(t.errors) +
         " 个，警告 " + std::to_string(t.warnings) + " 个，提示 " + std::to_string(t.infos) +
         " 个（平均每个文件错误 " + avg(t.errors) + " 个、警告 " + avg(t.warnings) + " 个）\n";
    if (!top.empty()) s += "最常见的问题：\n";
    for (const auto& [id, n] : top)
      s += "  " + id + "  " + std::to_string(n.first) + " 处，" + std::to_string(n.second) + " 个文件\n";
    for (const auto& f : t.unreadable_files) s += "无法读取：" + f + "\n";
    for (const auto& f : skipped) s += "已跳过（隐藏文件或非报告格式）：" + f + "\n";
  }
  return s;
}

}  // namespace

int run_batch(const std::vector<std::string>& files, const std::vector<std::string>& skipped,
              const BatchOptions& o) {
  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::pair<std::string, std::string>> overrides;
  if (!o.pairs_file.empty()) {
    std::string error;
    if (!read_pairing_file(o.pairs_file, overrides, error)) {
      std::cerr << "nianbao: " << error << "\n";
      return 2;
    }
  }
  const bool paired_run = o.pair || !overrides.empty();
  Pairing pairing = pair_batch(files, jobs, o.pair, overrides);
  PreviousReports kept(files, pairing.previous);

  Totals t;
  std::string artifacts;
  bool printed_any = false;
  long long csv_rows = 0;  // rows of the 整改清单 printed so far (numbered over the whole batch)
  std::cout << batch_opening(o.format, o.lang);
  run_ordered<Outcome>(
      files.size(), jobs,
      [&](std::size_t i) { return check_one(files[i], pairing.previous[i], o, i, paired_run, kept); },
      [&](std::size_t i, Outcome& r) {
        if (o.format == "json" || o.format == "sarif") {
          if (!r.piece.text.empty()) {
            std::cout << (printed_any ? ",\n" : "") << r.piece.text;
            printed_any = true;
          }
          if (!r.piece.artifact.empty()) artifacts += (artifacts.empty() ? "" : ",") + r.piece.artifact;
        } else if (o.format == "csv") {
          std::cout << csv_piece(r.piece, o.lang, csv_rows, i == 0);
        } else {
          std::cout << r.piece.text;
        }
        std::cout.flush();
        if (!r.stderr_note.empty()) std::cerr << "nianbao: " << r.stderr_note << "\n";
        ++t.files;
        if (r.unreadable) ++t.unreadable, t.unreadable_files.push_back(files[i]);
        if (r.errors > 0) ++t.with_errors;
        if (r.paired) ++t.paired;
        t.errors += r.errors;
        t.warnings += r.warnings;
        t.infos += r.infos;
        std::map<std::string, int> seen;
        for (const auto& id : r.rules) ++seen[id];
        for (const auto& [id, n] : seen) t.rules[id].first += n, ++t.rules[id].second;
      });
  std::cout << batch_closing(o.format, artifacts);
  std::cout.flush();
  if (o.summary) (o.format == "text" ? std::cout : std::cerr) << summary_text(t, skipped, o.lang == "en");
  if (t.unreadable > 0) return 2;
  return t.errors > 0 ? 1 : 0;
}

}  // namespace nianbao::cli
