#pragma once
// What rules write into: diagnostics plus the counts of the summary (checks run, not assessable).
#include <string>
#include <vector>

#include "core/model/diagnostic.hpp"

namespace nianbao {

class Findings {
 public:
  // Adds a diagnostic; its severity is taken from the rule table unless `keep_severity` is set.
  void add(Diagnostic d, bool keep_severity = false);
  void checked(int n = 1) { checks_run_ += n; }
  void not_assessable(int n = 1) { not_assessable_ += n; }

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  int checks_run() const { return checks_run_; }
  int not_assessable_count() const { return not_assessable_; }

 private:
  std::vector<Diagnostic> diagnostics_;
  int checks_run_ = 0;
  int not_assessable_ = 0;
};

}  // namespace nianbao
