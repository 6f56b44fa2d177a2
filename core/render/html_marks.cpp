#include "core/render/html_marks.hpp"

#include <algorithm>

#include "core/render/json_read.hpp"

namespace nianbao::html {

int severity_rank(const std::string& s) {
  if (s == "error") return 3;
  if (s == "warning") return 2;
  if (s == "info") return 1;
  return 0;
}

namespace {

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

Marks::Marks(const json::Value& diagnostics) {
  if (!diagnostics.is_array()) return;
  int n = 0;
  for (const auto& d : diagnostics) {
    ++n;  // numbering follows the problem list, which lists every diagnostic, marked or not
    if (!d.is_object()) continue;
    const std::string severity = jr::str(d, "severity", "info");
    const std::string rule = jr::str(d, "rule");
    const std::string message = jr::str(d, "message");
    const std::string cell = jr::str(d, "cell");
    const auto& cells = jr::at(d, "cells");

    auto touch = [&](const std::string& key, bool primary, bool in_relation) {
      if (key.empty()) return;
      Mark& m = marks_[key];
      if (severity_rank(severity) > severity_rank(m.severity)) m.severity = severity;
      m.primary = m.primary || primary;
      if (m.problems.empty() || m.problems.back() != n) {
        m.problems.push_back(n);
        m.messages.push_back(message);
      }
      if (in_relation && !rule.empty()) add_unique(m.related, rule);
    };

    const bool relation = cells.is_array() && !cells.empty();
    touch(cell, true, relation);
    if (relation)
      for (const auto& c : cells)
        if (c.is_string()) touch(c.str(), false, true);

    const auto& fix = jr::at(d, "fix");
    const std::string fix_cell = jr::str(fix, "cell");
    const std::string fix_value = jr::scalar(jr::at(fix, "value"));
    if (!fix_cell.empty() && !fix_value.empty()) {
      touch(fix_cell, fix_cell == cell, relation);
      marks_[fix_cell].fix = fix_value;
    }
  }
}

const Mark* Marks::find(const std::string& key) const {
  auto it = marks_.find(key);
  return it == marks_.end() ? nullptr : &it->second;
}

}  // namespace nianbao::html
