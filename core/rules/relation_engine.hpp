#pragma once
// The one engine for the arithmetic of the tables: it instantiates the relations of
// template/relations.hpp over a report's cells (addressed by integer), evaluates them with exact
// decimals, and derives from the same data the culprit inference, the "recompute totals" operation and
// the set of certain fixes. Rule wording stays in arithmetic_rules.cpp; no relation is written twice.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/diagnostic.hpp"
#include "core/model/report.hpp"
#include "core/template/relations.hpp"

namespace nianbao::rules {

// Σ coef·cell = 0 over integer cell ids (coefficients ±1: every relation of FORMAT §2.5 has this shape).
struct Term {
  int cell;
  int coef;
};
using Relation = std::vector<Term>;

Decimal residual(const Relation& r, const std::vector<Decimal>& values);

// Fix inference (RULES.md "Fix suggestions"): when several relations fail and exactly one cell lies in
// every failing relation of a group of failures that share cells, and a single value of that cell makes
// them all hold without breaking one that held, that cell is the likely mistake. A lone failing relation
// gets no fix (any of its cells could be wrong). Returns one entry per relation: (cell, value) or none.
std::vector<std::optional<std::pair<int, Decimal>>> infer_fixes(const std::vector<Relation>& relations,
                                                                const std::vector<Decimal>& values);

// The relations of one report, instantiated.
class RelationSet {
 public:
  struct Instance {
    const tmpl::RelationDef* def;
    std::string each;                  // the key the relation's variable takes ("np", "new", "rv")
    Relation terms;                    // expanded, in the order of the definition's terms
    std::vector<std::size_t> term_of;  // for each expanded term, the index of its definition term
    int subject;                       // the cell a failure is about
  };

  // What the relations of a report are, apart from its values: the instances and the cells they name.
  // It depends only on the template, the tables present and their rows, so reports that share these
  // share one (RelationSet keeps the last few it built, per thread, and finds them by `key`).
  struct Shape {
    Shape() = default;
    Shape(const Shape&) = delete;  // keys point into ids: a copy would point into the original's map
    Shape& operator=(const Shape&) = delete;
    struct CellAt {
      const char* table;
      int row_index;  // in the table's rows, the same for every report of the shape; -1: no such row
      std::string col;
    };
    std::string key;  // what it was built from: the template, the tables present and their rows
    std::vector<Instance> instances;
    std::vector<const std::string*> keys;  // the keys held by ids, by cell id
    std::vector<CellAt> at;                // where each cell id is in a report
    std::unordered_map<std::string, int> ids;
    std::vector<std::vector<std::size_t>> definers;  // per cell: the instances that determine it as a total
  };

  explicit RelationSet(const Report& report);

  const std::vector<Instance>& instances() const { return shape_->instances; }
  const std::string& key(int cell) const { return *shape_->keys[cell]; }
  std::size_t cell_count() const { return shape_->keys.size(); }
  // The value a relation sees: the cell's arithmetic value (blank and placeholder = 0), except that a
  // blank 总计 of table 三 stands for the sum of its parts (FORMAT V5). None for text or missing cells.
  const std::optional<Decimal>& value(int cell) const { return values_[cell]; }
  // The same by canonical key; nullptr when the cell is in no relation of this report.
  const std::optional<Decimal>* value(const std::string& key) const {
    auto it = shape_->ids.find(key);
    return it == shape_->ids.end() ? nullptr : &values_[it->second];
  }
  bool assessable(const Instance& i) const;
  Decimal residual(const Instance& i) const;
  // Blank 总计 cells of table 三 whose parts are not zero, with the sum they stand for, in row order.
  const std::vector<std::pair<int, Decimal>>& blank_totals() const { return blank_totals_; }
  // Totals of table 三 that are checked for being blank: the distinct determined cells of present rows.
  int total_cells_checked() const { return total_cells_checked_; }

  // Every total set to the sum of its parts (blank parts count as 0, blank totals are recomputed too),
  // in a consistent order (row totals, then （七）总计, then its own total): the cells whose value changes.
  std::vector<Fix> recompute_totals() const;

 private:
  void stand_in_blank_totals();

  std::shared_ptr<const Shape> shape_;
  std::vector<const CellValue*> cells_;  // by cell id
  std::vector<std::optional<Decimal>> values_;
  std::vector<std::pair<int, Decimal>> blank_totals_;
  int total_cells_checked_ = 0;
};

// One consistent set of certain fixes: the fixes of `diagnostics` and the sums blank 总计 cells stand
// for, one per cell (two different values for a cell: neither), none breaking a relation that holds.
std::vector<Fix> certain_fixes(const RelationSet& set, const std::vector<Diagnostic>& diagnostics);

}  // namespace nianbao::rules
