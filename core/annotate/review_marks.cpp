#include "core/annotate/review_marks.hpp"

#include <map>

namespace nianbao {

namespace {

struct Mark {
  std::string status, reason;
};

template <typename Each>
void each_result(nlohmann::json& results, Each each) {
  if (results.is_array()) {
    for (auto& r : results)
      if (r.is_object()) each(r);
  } else if (results.is_object()) {
    each(results);
  }
}

}  // namespace

bool apply_review_marks(nlohmann::json& results, const nlohmann::json& marks, std::string& error) {
  if (!marks.is_object() || !marks.contains("marks") || !marks["marks"].is_array()) {
    error = "not a marks file: expected {\"nianbao_marks\": 1, \"marks\": [...]}";
    return false;
  }
  std::map<std::string, Mark> by_fingerprint;
  for (const auto& m : marks["marks"]) {
    if (!m.is_object() || !m.contains("fingerprint") || !m["fingerprint"].is_string()) {
      error = "every mark needs a \"fingerprint\" string";
      return false;
    }
    std::string status =
        m.contains("status") && m["status"].is_string() ? m["status"].get<std::string>() : "";
    if (status != "verified" && status != "ignored") {
      error = "mark status must be \"verified\" or \"ignored\", not \"" + status + "\"";
      return false;
    }
    std::string reason =
        m.contains("reason") && m["reason"].is_string() ? m["reason"].get<std::string>() : "";
    by_fingerprint[m["fingerprint"].get<std::string>()] = {status, reason};
  }
  each_result(results, [&](nlohmann::json& r) {
    int reviewed = 0;
    if (r.contains("diagnostics") && r["diagnostics"].is_array())
      for (auto& d : r["diagnostics"]) {
        if (!d.is_object() || !d.contains("fingerprint") || !d["fingerprint"].is_string()) continue;
        auto it = by_fingerprint.find(d["fingerprint"].get<std::string>());
        if (it == by_fingerprint.end()) continue;
        nlohmann::json review = {{"status", it->second.status}};
        if (!it->second.reason.empty()) review["reason"] = it->second.reason;
        d["review"] = review;
        ++reviewed;
      }
    if (r.contains("summary") && r["summary"].is_object()) r["summary"]["reviewed"] = reviewed;
  });
  return true;
}

int open_errors(const nlohmann::json& results) {
  int n = 0;
  auto count = [&](const nlohmann::json& r) {
    if (!r.is_object() || !r.contains("diagnostics") || !r["diagnostics"].is_array()) return;
    for (const auto& d : r["diagnostics"])
      // (no .value(): it throws on a non-string severity, and results may be the caller's)
      if (d.is_object() && d.contains("severity") && d["severity"] == "error" && !d.contains("review")) ++n;
  };
  if (results.is_array())
    for (const auto& r : results) count(r);
  else
    count(results);
  return n;
}

}  // namespace nianbao
