#include "core/rules/culprit.hpp"

#include <numeric>
#include <set>

namespace nianbao::rules {

bool LinearRelation::contains(const std::string& cell) const { return coefficient(cell) != 0; }

int LinearRelation::coefficient(const std::string& cell) const {
  int k = 0;
  for (const auto& t : terms)
    if (t.first == cell) k += t.second;
  return k;
}

Decimal LinearRelation::residual(const std::map<std::string, Decimal>& values) const {
  Decimal r;
  for (const auto& t : terms) {
    auto it = values.find(t.first);
    Decimal v = it == values.end() ? Decimal() : it->second;
    r += t.second > 0 ? v : Decimal() - v;
  }
  return r;
}

namespace {

// Union-find over failing relations: two failures belong together when they share a cell.
struct Groups {
  std::vector<std::size_t> parent;
  explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// The value of `cell` that makes `rel` hold, if the coefficient allows one (±1 always does).
std::optional<Decimal> solve(const LinearRelation& rel, const std::string& cell,
                             const std::map<std::string, Decimal>& values) {
  int k = rel.coefficient(cell);
  if (k != 1 && k != -1) return std::nullopt;
  auto it = values.find(cell);
  Decimal current = it == values.end() ? Decimal() : it->second;
  Decimal r = rel.residual(values);
  // k·(current + d) + rest = 0 and k·current + rest = r  =>  d = −r/k = −k·r.
  return k == 1 ? current - r : current + r;
}

}  // namespace

std::vector<std::optional<Fix>> infer_fixes(const std::vector<LinearRelation>& relations,
                                            const std::map<std::string, Decimal>& values) {
  std::vector<std::optional<Fix>> out(relations.size());
  std::vector<std::size_t> failing;
  for (std::size_t i = 0; i < relations.size(); ++i)
    if (relations[i].residual(values) != Decimal()) failing.push_back(i);

  Groups groups(relations.size());
  for (std::size_t a = 0; a < failing.size(); ++a)
    for (std::size_t b = a + 1; b < failing.size(); ++b)
      for (const auto& t : relations[failing[a]].terms)
        if (relations[failing[b]].contains(t.first)) {
          groups.join(failing[a], failing[b]);
          break;
        }

  std::map<std::size_t, std::vector<std::size_t>> components;
  for (std::size_t i : failing) components[groups.find(i)].push_back(i);

  for (const auto& entry : components) {
    const std::vector<std::size_t>& members = entry.second;
    if (members.size() < 2) continue;  // one failing relation: any of its cells could be the mistake

    // Cells that lie in every failing relation of the component.
    std::set<std::string> common;
    for (const auto& t : relations[members[0]].terms)
      if (relations[members[0]].contains(t.first)) common.insert(t.first);
    for (std::size_t m : members) {
      std::set<std::string> keep;
      for (const auto& c : common)
        if (relations[m].contains(c)) keep.insert(c);
      common.swap(keep);
    }

    std::vector<Fix> candidates;
    for (const auto& cell : common) {
      std::optional<Decimal> value = solve(relations[members[0]], cell, values);
      if (!value || value->negative()) continue;
      std::map<std::string, Decimal> changed = values;
      changed[cell] = *value;
      // The new value must satisfy every relation that uses the cell, failing or not.
      bool all_hold = true;
      for (const auto& rel : relations)
        if (rel.contains(cell) && rel.residual(changed) != Decimal()) {
          all_hold = false;
          break;
        }
      if (all_hold) candidates.push_back(Fix{cell, *value});
    }
    if (candidates.size() != 1) continue;  // none, or more than one explanation: no guess
    for (std::size_t m : members) out[m] = candidates.front();
  }
  return out;
}

}  // namespace nianbao::rules
