#pragma once
// What the diagnostics say about each canonical key (cell "t3.new.total", row "t3.new", table "t3",
// section "s5"): the worst severity, the problem numbers to link to, the messages for the tooltip and
// screen readers, the rules of failing relations the key takes part in, and a certain fix.
// The renderer only reads this index; which cells are wrong is decided by the rules.
#include <map>
#include <string>
#include <vector>

#include "core/json/value.hpp"

namespace nianbao::html {

struct Mark {
  std::string severity;               // worst: "error", "warning" or "info"
  bool primary = false;               // named by a diagnostic's `cell` (not only among its `cells`)
  std::vector<int> problems;          // 1-based numbers of the problem list (nb-diag-N), ascending
  std::vector<std::string> messages;  // in problem order
  std::vector<std::string> related;   // rule ids of relations (`cells`) the key is part of, unique
  std::string fix;                    // the certain value, as text; empty when there is none
};

class Marks {
 public:
  explicit Marks(const json::Value& diagnostics);
  const Mark* find(const std::string& key) const;

 private:
  std::map<std::string, Mark> marks_;
};

// Rank for "worst": error 3, warning 2, info 1, anything else 0.
int severity_rank(const std::string& severity);

}  // namespace nianbao::html
