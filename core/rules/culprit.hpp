#pragma once
// Fix inference (RULES.md "Fix suggestions"): when several arithmetic relations fail and exactly one
// cell lies in every one of them, and a single value of that cell makes them all hold (without
// breaking a relation that held), that cell is the likely mistake and the value is the fix.
// Failures that share no cell (e.g. one in 表三, one in 表四) are separate problems and are judged
// separately; a lone failing relation never gets a fix, since any of its cells could be wrong.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/decimal.hpp"
#include "core/model/diagnostic.hpp"

namespace nianbao::rules {

// Σ coef·cell = 0, coefficients ±1 (every relation of FORMAT §2.5 has this shape).
struct LinearRelation {
  std::vector<std::pair<std::string, int>> terms;
  bool contains(const std::string& cell) const;
  int coefficient(const std::string& cell) const;  // summed over the terms, 0 when absent
  Decimal residual(const std::map<std::string, Decimal>& values) const;  // 0 when the relation holds
};

// `relations`: every assessable relation; `values`: the arithmetic value of each cell they use.
// Returns one entry per relation: the fix when one is certain, for failing relations only.
std::vector<std::optional<Fix>> infer_fixes(const std::vector<LinearRelation>& relations,
                                            const std::map<std::string, Decimal>& values);

}  // namespace nianbao::rules
