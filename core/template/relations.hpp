#pragma once
// The arithmetic of the official tables (勾稽关系, FORMAT §2.5 A1–A6) as data, beside the rows and
// columns of template.hpp. Each relation is a pattern "Σ sign·cell = 0" instantiated once per column
// (or row) of a set; one generic engine (rules/relation_engine) evaluates them, infers the likely
// mistake, recomputes totals, and writes the formula text of the documentation.
#include <string>
#include <vector>

#include "core/model/report.hpp"

namespace nianbao::tmpl {

enum class RelationKind {
  T3Balance,       // A1: new + carry_in = r7 + carry_out, per column (the rule printed in table 三)
  T3ResultsTotal,  // A2: （七）总计 = Σ result rows, per column
  T3RowTotal,      // A3: total = Σ applicant columns, per row
  T4Total,         // A4–A6: total = keep + fix + other + pending, per group
};

// A set of row or column keys, resolved against the template (and the report, for rows it adds).
enum class KeySet {
  AllColumns,   // every column of the table
  PartColumns,  // every column but "total"
  AllRows,      // every template row with numbers, then rows the report adds (their totals count too)
  ResultRows,   // table 三's result rows （一）…（六）: between carry_in and r7
};

// One axis of a term: a fixed key, the relation's variable, or a sum over a set.
struct Axis {
  enum Kind { Fixed, Each, Sum };
  Kind kind = Each;
  const char* key = "";
  KeySet set = KeySet::AllColumns;
};
constexpr Axis fixed(const char* key) { return {Axis::Fixed, key, KeySet::AllColumns}; }
constexpr Axis each() { return {Axis::Each, "", KeySet::AllColumns}; }
constexpr Axis sum(KeySet set) { return {Axis::Sum, "", set}; }

struct TermDef {
  Axis row, col;
  int sign;  // +1 or −1
};

struct RelationDef {
  RelationKind kind;
  const char* name;  // FORMAT's name: "A1"
  const char* table;
  bool each_row;  // the variable ranges over rows (else columns)
  KeySet each;
  std::vector<TermDef> terms;
  std::size_t subject;    // the term whose cell a failure is about
  bool determines_total;  // the subject is a total its other terms determine ("recompute totals" sets it)
  int total_rank;         // for a total several relations determine: the lower rank is the one it stands for
  const char* variable;   // the variable's name in the formula text: "c", "row", "g"
  bool list_variable;     // the formula text lists the keys the variable takes
};

// Every relation of tables 三 and 四, in the order of FORMAT §2.5.
const std::vector<RelationDef>& relations();

// The keys of a set for a report (its template, the rows it adds, the 2019/2021 （六） rows it keeps).
std::vector<std::string> resolve(KeySet set, const std::string& table, const Report& report);

// The formula text of the documentation: "t3.new.c + t3.carry_in.c = t3.r7.c + t3.carry_out.c".
std::string formula_text(const RelationDef& relation);

}  // namespace nianbao::tmpl
