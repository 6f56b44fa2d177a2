#include "core/rules/relation_engine.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <numeric>

namespace nianbao::rules {

namespace {

Decimal neg(Decimal v) { return Decimal() - v; }

int coefficient(const Relation& r, int cell) {
  int k = 0;
  for (const auto& t : r)
    if (t.cell == cell) k += t.coef;
  return k;
}

// Union-find over failing relations: two failures belong together when they share a cell.
struct Groups {
  std::vector<std::size_t> parent;
  explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// The value of `cell` that makes `r` hold, if its coefficient allows one (±1 always does).
std::optional<Decimal> solve(const Relation& r, int cell, const std::vector<Decimal>& values) {
  int k = coefficient(r, cell);
  if (k != 1 && k != -1) return std::nullopt;
  Decimal res = residual(r, values);
  // k·(current + d) + rest = 0 and k·current + rest = res  =>  d = −res/k = −k·res.
  return k == 1 ? values[cell] - res : values[cell] + res;
}

}  // namespace

Decimal residual(const Relation& r, const std::vector<Decimal>& values) {
  Decimal s;
  for (const auto& t : r) s += t.coef > 0 ? values[t.cell] : neg(values[t.cell]);
  return s;
}

std::vector<std::optional<std::pair<int, Decimal>>> infer_fixes(const std::vector<Relation>& relations,
                                                                const std::vector<Decimal>& values) {
  std::vector<std::optional<std::pair<int, Decimal>>> out(relations.size());
  std::vector<std::size_t> failing;
  for (std::size_t i = 0; i < relations.size(); ++i)
    if (residual(relations[i], values) != Decimal()) failing.push_back(i);

  Groups groups(relations.size());
  for (std::size_t a = 0; a < failing.size(); ++a)
    for (std::size_t b = a + 1; b < failing.size(); ++b)
      for (const auto& t : relations[failing[a]])
        if (coefficient(relations[failing[b]], t.cell) != 0) {
          groups.join(failing[a], failing[b]);
          break;
        }
  std::map<std::size_t, std::vector<std::size_t>> components;
  for (std::size_t i : failing) components[groups.find(i)].push_back(i);

  for (const auto& entry : components) {
    const std::vector<std::size_t>& members = entry.second;
    if (members.size() < 2) continue;  // one failing relation: any of its cells could be the mistake
    // Cells that lie in every failing relation of the component, in ascending id order.
    std::vector<int> common;
    for (const auto& t : relations[members[0]])
      if (coefficient(relations[members[0]], t.cell) != 0) common.push_back(t.cell);
    std::sort(common.begin(), common.end());
    common.erase(std::unique(common.begin(), common.end()), common.end());
    for (std::size_t m : members)
      common.erase(std::remove_if(common.begin(), common.end(),
                                  [&](int c) { return coefficient(relations[m], c) == 0; }),
                   common.end());
    std::vector<std::pair<int, Decimal>> candidates;
    for (int cell : common) {
      std::optional<Decimal> value = solve(relations[members[0]], cell, values);
      if (!value || value->negative()) continue;
      std::vector<Decimal> changed = values;
      changed[cell] = *value;
      // The new value must satisfy every relation that uses the cell, failing or not.
      bool all_hold = true;
      for (const auto& rel : relations)
        if (coefficient(rel, cell) != 0 && residual(rel, changed) != Decimal()) {
          all_hold = false;
          break;
        }
      if (all_hold) candidates.push_back({cell, *value});
    }
    if (candidates.size() != 1) continue;  // none, or more than one explanation: no guess
    for (std::size_t m : members) out[m] = candidates.front();
  }
  return out;
}

namespace {

using ResolvedSets = std::map<std::pair<tmpl::KeySet, std::string>, std::vector<std::string>>;

// What a report's relation shape depends on, as one string: the template, and per table whether it is
// present and its rows in order, each with whether it holds cells (tmpl::resolve reads no more than this).
// Two reports with the same key have the same shape, down to the index of each cell's row, and the key
// is made without resolving anything: a recheck or a batch of like reports finds its shape at once.
std::string shape_key(const Report& report) {
  std::string key = report.template_id;
  for (const ReportTable* t : {&report.t2, &report.t3, &report.t4}) {
    key += t->present ? '+' : '-';
    for (const auto& r : t->rows) ((key += r.key) += r.cells.empty() ? '\x1f' : '\x1d');
    key += '\x1e';
  }
  return key;
}

// The key sets the relations of `report` range over, resolved once each.
ResolvedSets resolve_sets(const Report& report) {
  using tmpl::Axis;
  ResolvedSets resolved;
  auto need = [&](tmpl::KeySet set, const std::string& table) {
    auto key = std::make_pair(set, table);
    if (!resolved.count(key)) resolved.emplace(key, tmpl::resolve(set, table, report));
  };
  for (const auto& def : tmpl::relations()) {
    const std::string table_key = def.table;
    const ReportTable* table = report.table(table_key);
    if (!table || !table->present) continue;
    need(def.each, table_key);
    for (const auto& t : def.terms)
      for (const Axis* a : {&t.row, &t.col})
        if (a->kind == Axis::Sum) need(a->set, table_key);
  }
  return resolved;
}

// The instances of every relation over the cells they name, for reports with `resolved` key sets.
std::shared_ptr<const RelationSet::Shape> build_shape(const Report& report, const ResolvedSets& resolved,
                                                      std::string shape_key) {
  using tmpl::Axis;
  auto shape = std::make_shared<RelationSet::Shape>();
  shape->key = std::move(shape_key);
  // A report's relations use a few hundred cells: room for them at once, not by doubling.
  constexpr std::size_t kUsualCells = 256;
  shape->ids.reserve(kUsualCells);
  shape->keys.reserve(kUsualCells);
  shape->at.reserve(kUsualCells);
  std::string key;  // the canonical key being looked up, in a buffer kept across cells
  auto cell = [&](const char* table, const std::string& row, const std::string& col) {
    key.assign(table).append(1, '.').append(row).append(1, '.').append(col);
    auto found = shape->ids.find(key);
    if (found != shape->ids.end()) return found->second;
    int id = static_cast<int>(shape->keys.size());
    shape->keys.push_back(&shape->ids.emplace(key, id).first->first);  // one copy, in the map's node
    // The row's index in the report's table: the same in every report of this shape (see shape_key).
    const ReportTable* t = report.table(table);
    const TableRow* r = t ? t->row(row) : nullptr;
    shape->at.push_back({table, r ? static_cast<int>(r - t->rows.data()) : -1, col});
    return id;
  };
  std::string fixed_row, fixed_col;  // a fixed key, in a string kept across terms
  for (const auto& def : tmpl::relations()) {
    const std::string table_key = def.table;
    const ReportTable* table = report.table(table_key);
    if (!table || !table->present) continue;
    for (const auto& each : resolved.at({def.each, table_key})) {
      RelationSet::Instance inst{&def, each, {}, {}, -1};
      for (std::size_t k = 0; k < def.terms.size(); ++k) {
        const tmpl::TermDef& t = def.terms[k];
        // The keys an axis ranges over, without copying them: [first, first + count).
        auto keys_of = [&](const Axis& a, std::string& fixed) -> std::pair<const std::string*, std::size_t> {
          if (a.kind == Axis::Fixed) return {&fixed.assign(a.key), 1};
          if (a.kind == Axis::Each) return {&each, 1};
          const std::vector<std::string>& keys = resolved.at({a.set, table_key});
          return {keys.data(), keys.size()};
        };
        auto rows = keys_of(t.row, fixed_row);
        auto cols = keys_of(t.col, fixed_col);
        for (std::size_t r = 0; r < rows.second; ++r)
          for (std::size_t c = 0; c < cols.second; ++c) {
            int id = cell(def.table, rows.first[r], cols.first[c]);
            inst.terms.push_back({id, t.sign});
            inst.term_of.push_back(k);
            if (k == def.subject && inst.subject < 0) inst.subject = id;
          }
      }
      shape->instances.push_back(std::move(inst));
    }
  }
  // The instances a total is determined by, among those whose subject it is (lowest rank first).
  shape->definers.resize(shape->keys.size());
  for (std::size_t i = 0; i < shape->instances.size(); ++i)
    if (shape->instances[i].def->determines_total) shape->definers[shape->instances[i].subject].push_back(i);
  for (auto& list : shape->definers)
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return shape->instances[a].def->total_rank < shape->instances[b].def->total_rank;
    });
  return shape;
}

// The shape for `report`: one built before for the same signature (a batch's reports mostly share
// one), else a new one. Per thread, so the CLI's parallel checks share nothing; the last few are kept.
std::shared_ptr<const RelationSet::Shape> shape_for(const Report& report) {
  constexpr std::size_t kKept = 8;
  thread_local std::vector<std::shared_ptr<const RelationSet::Shape>> kept;
  std::string key = shape_key(report);
  for (std::size_t i = 0; i < kept.size(); ++i)
    if (kept[i]->key == key) {
      std::rotate(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(i),
                  kept.begin() + static_cast<std::ptrdiff_t>(i) + 1);  // most recent first
      return kept.front();
    }
  auto shape = build_shape(report, resolve_sets(report), std::move(key));
  if (kept.size() == kKept) kept.pop_back();
  kept.insert(kept.begin(), shape);
  return shape;
}

}  // namespace

RelationSet::RelationSet(const Report& report) : shape_(shape_for(report)) {
  cells_.reserve(shape_->at.size());
  values_.reserve(shape_->at.size());
  const char* table_key = nullptr;
  const ReportTable* table = nullptr;
  for (const auto& at : shape_->at) {
    if (at.table != table_key) table = report.table(table_key = at.table);  // cells come table by table
    const CellValue* c = nullptr;
    if (table && at.row_index >= 0) {
      const auto& cells = table->rows[static_cast<std::size_t>(at.row_index)].cells;
      auto it = cells.find(at.col);
      if (it != cells.end()) c = &it->second;
    }
    cells_.push_back(c);
    values_.push_back(c ? c->arithmetic() : std::nullopt);
  }
  stand_in_blank_totals();
}

namespace {

// The subject's value that makes `inst` hold given the other cells' values, when all of them are known.
std::optional<Decimal> determined(const RelationSet::Instance& inst,
                                  const std::vector<std::optional<Decimal>>& values) {
  Decimal rest;
  int k = 0;
  for (const auto& t : inst.terms) {
    if (t.cell == inst.subject) {
      k += t.coef;
      continue;
    }
    if (!values[t.cell]) return std::nullopt;
    rest += t.coef > 0 ? *values[t.cell] : neg(*values[t.cell]);
  }
  if (k == 1) return neg(rest);
  if (k == -1) return rest;
  return std::nullopt;
}

}  // namespace

void RelationSet::stand_in_blank_totals() {
  const std::vector<std::vector<std::size_t>>& by_cell = shape_->definers;
  // Totals of table 三 in the order of their first (lowest-rank) defining relation.
  std::vector<std::pair<std::size_t, int>> order;  // (rank-major instance order, cell)
  for (std::size_t c = 0; c < by_cell.size(); ++c) {
    if (by_cell[c].empty() || std::strcmp(shape_->instances[by_cell[c].front()].def->table, "t3") != 0)
      continue;
    const Instance& first = shape_->instances[by_cell[c].front()];
    order.push_back(
        {static_cast<std::size_t>(first.def->total_rank) * shape_->instances.size() + by_cell[c].front(),
         static_cast<int>(c)});
  }
  std::sort(order.begin(), order.end());
  std::vector<int> blanks;
  for (const auto& o : order) {
    if (shape_->at[static_cast<std::size_t>(o.second)].row_index >= 0)
      ++total_cells_checked_;  // t3 has the row
    if (cells_[o.second] && cells_[o.second]->kind == CellKind::Blank) blanks.push_back(o.second);
  }
  // A blank total may be a part of another (（七）总计's 总计): settle them until nothing changes.
  for (int pass = 0; pass < 8; ++pass) {
    bool changed = false;
    for (int c : blanks)
      for (std::size_t i : by_cell[c]) {
        std::optional<Decimal> v = determined(shape_->instances[i], values_);
        if (!v) continue;
        if (values_[c] != v) {
          values_[c] = v;
          changed = true;
        }
        break;
      }
    if (!changed) break;
  }
  for (int c : blanks)
    if (values_[c] && *values_[c] != Decimal()) blank_totals_.push_back({c, *values_[c]});
}

bool RelationSet::assessable(const Instance& i) const {
  for (const auto& t : i.terms)
    if (!values_[t.cell]) return false;
  return true;
}

Decimal RelationSet::residual(const Instance& i) const {
  Decimal s;
  for (const auto& t : i.terms) s += t.coef > 0 ? *values_[t.cell] : neg(*values_[t.cell]);
  return s;
}

std::vector<Fix> RelationSet::recompute_totals() const {
  const std::vector<std::vector<std::size_t>>& by_cell = shape_->definers;
  std::vector<std::optional<Decimal>> now(shape_->keys.size());
  for (std::size_t c = 0; c < shape_->keys.size(); ++c)
    now[c] = cells_[c] ? cells_[c]->arithmetic() : std::nullopt;
  std::vector<std::optional<Decimal>> next = now;
  for (int pass = 0; pass < 8; ++pass) {
    bool changed = false;
    for (std::size_t c = 0; c < by_cell.size(); ++c)
      for (std::size_t i : by_cell[c]) {
        std::optional<Decimal> v = determined(shape_->instances[i], next);
        if (!v) continue;
        if (next[c] != v) {
          next[c] = v;
          changed = true;
        }
        break;
      }
    if (!changed) break;
  }
  // Keep only totals every defining relation agrees on: the fixes never contradict one another.
  std::vector<Fix> fixes;
  for (std::size_t c = 0; c < by_cell.size(); ++c) {
    if (by_cell[c].empty() || !next[c] || (now[c] && *now[c] == *next[c])) continue;
    if (!cells_[c] || cells_[c]->kind == CellKind::Missing) continue;
    bool agreed = true;
    for (std::size_t i : by_cell[c]) {
      std::optional<Decimal> v = determined(shape_->instances[i], next);
      if (v && *v != *next[c]) agreed = false;
    }
    if (agreed) fixes.push_back(Fix{*shape_->keys[c], *next[c]});
  }
  return fixes;
}

std::vector<Fix> certain_fixes(const RelationSet& set, const std::vector<Diagnostic>& diagnostics) {
  std::vector<Fix> wanted;
  for (const auto& d : diagnostics)
    if (d.fix) wanted.push_back(*d.fix);
  for (const auto& b : set.blank_totals()) wanted.push_back(Fix{set.key(b.first), b.second});
  // One value per cell; a cell two findings want set to different values gets neither.
  std::vector<Fix> fixes;
  for (const auto& f : wanted) {
    bool conflict = false, seen = false;
    for (const auto& g : wanted)
      if (g.cell == f.cell) conflict = conflict || g.value != f.value;
    for (const auto& g : fixes) seen = seen || g.cell == f.cell;
    if (!conflict && !seen) fixes.push_back(f);
  }
  // Applied together they must not break a relation that held.
  std::vector<Decimal> before(set.cell_count()), after;
  for (std::size_t c = 0; c < set.cell_count(); ++c)
    before[c] = set.value(static_cast<int>(c)).value_or(Decimal());
  after = before;
  for (std::size_t c = 0; c < set.cell_count(); ++c)
    for (const auto& f : fixes)
      if (f.cell == set.key(static_cast<int>(c))) after[c] = f.value;
  for (const auto& inst : set.instances())
    if (set.assessable(inst) && residual(inst.terms, before) == Decimal() &&
        residual(inst.terms, after) != Decimal())
      return {};  // they do not fit together: offer none rather than a set that breaks the tables
  return fixes;
}

}  // namespace nianbao::rules
