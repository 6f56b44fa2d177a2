#pragma once
// A small report for the text rules' tests: prose paragraphs laid out one after another in an imaginary
// source (so tests can check where a finding points) and only the table cells a test needs.
#include <string>
#include <vector>

#include "core/model/report.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/run.hpp"

namespace nianbao::testing {

class ProseReport {
 public:
  ProseReport() {
    report.template_id = "2021";
    report.year = 2023;
    report.t2.key = "t2";
    report.t3.key = "t3";
    report.t4.key = "t4";
    report.t2.present = report.t3.present = report.t4.present = true;
  }

  // Adds a paragraph of prose; returns *this for chaining.
  ProseReport& paragraph(const std::string& text) {
    TextPiece p;
    p.append(text, Range{source.size(), source.size() + text.size()});
    source += text + "\n";
    report.prose.push_back(p);
    return *this;
  }

  ProseReport& cell(const std::string& key, long long value) {
    std::size_t a = key.find('.'), b = key.find('.', a + 1);
    std::string table = key.substr(0, a), row = key.substr(a + 1, b - a - 1), col = key.substr(b + 1);
    ReportTable& t = table == "t2" ? report.t2 : table == "t3" ? report.t3 : report.t4;
    TableRow* r = nullptr;
    for (auto& x : t.rows)
      if (x.key == row) r = &x;
    if (!r) {
      t.rows.push_back(TableRow{});
      r = &t.rows.back();
      r->key = row;
    }
    CellValue& c = r->cells[col];
    c.kind = CellKind::Number;
    c.value = Decimal::from_int(value);
    c.raw = std::to_string(value);
    return *this;
  }

  // Table 三 with consistent totals: new + carry_in = r7 + carry_out, r7 = the sum of the outcome rows.
  ProseReport& table3(long long fresh, long long carry_in, long long r1, long long r2, long long r3_1,
                      long long r4_1, long long r5_1, long long r6_3, long long carry_out) {
    cell("t3.new.total", fresh).cell("t3.carry_in.total", carry_in);
    cell("t3.r1.total", r1).cell("t3.r2.total", r2);
    for (const char* k : {"r3_1", "r3_2", "r3_3", "r3_4", "r3_5", "r3_6", "r3_7", "r3_8"})
      cell(std::string("t3.") + k + ".total", std::string(k) == "r3_1" ? r3_1 : 0);
    for (const char* k : {"r4_1", "r4_2", "r4_3"})
      cell(std::string("t3.") + k + ".total", std::string(k) == "r4_1" ? r4_1 : 0);
    for (const char* k : {"r5_1", "r5_2", "r5_3", "r5_4", "r5_5"})
      cell(std::string("t3.") + k + ".total", std::string(k) == "r5_1" ? r5_1 : 0);
    for (const char* k : {"r6_1", "r6_2", "r6_3"})
      cell(std::string("t3.") + k + ".total", std::string(k) == "r6_3" ? r6_3 : 0);
    cell("t3.r7.total", r1 + r2 + r3_1 + r4_1 + r5_1 + r6_3);
    cell("t3.carry_out.total", carry_out);
    return *this;
  }

  // One group of table 四 ("rv", "ld", "lr"), total = the sum of its parts.
  ProseReport& table4(const std::string& group, long long keep, long long fix, long long other,
                      long long pending) {
    cell("t4." + group + ".keep", keep).cell("t4." + group + ".fix", fix);
    cell("t4." + group + ".other", other).cell("t4." + group + ".pending", pending);
    return cell("t4." + group + ".total", keep + fix + other + pending);
  }

  // Byte offset in the imaginary source of the n-th occurrence of `needle`.
  std::size_t offset_of(const std::string& needle, int nth = 0) const {
    std::size_t p = source.find(needle);
    while (nth-- > 0 && p != std::string::npos) p = source.find(needle, p + 1);
    return p;
  }

  Findings run() const {
    Findings f;
    run_text_rules(report, rules::RelationSet(report), f);
    return f;
  }

  Report report;
  std::string source;
};

inline std::vector<Diagnostic> only(const Findings& f, const std::string& rule) {
  std::vector<Diagnostic> out;
  for (const auto& d : f.diagnostics())
    if (d.rule == rule) out.push_back(d);
  return out;
}

}  // namespace nianbao::testing
