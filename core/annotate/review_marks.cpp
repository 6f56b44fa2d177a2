#include "core/annotate/review_marks.hpp"

#include <map>

namespace nianbao {

namespace {

struct Mark {
  std::string status, reason;
};

template <typename Each>
void each_result(json::Value& results, Each each) {
  if (results.is_array()) {
    for (auto& r : results)
      if (r.is_object()) each(r);
  } else if (results.is_object()) {
    each(results);
  }
}

}  // namespace

bool apply_review_marks(json::Value& results, const json::Value& marks, std::string& error) {
  if (!marks.is_object() || !marks.contains("marks") || !marks["marks"].is_array()) {
    error = "not a marks file: expected {\"nianbao_marks\": 1, \"marks\": [...]}";
    return false;
  }
  std::map<std::string, Mark> by_fingerprint;
  for (const auto& m : marks["marks"]) {
    if (!m["fingerprint"].is_string()) {
      error = "every mark needs a \"fingerprint\" string";
      return false;
    }
    const std::string& status = m["status"].str();  // "" unless a string
    if (status != "verified" && status != "ignored") {
      error = "mark status must be \"verified\" or \"ignored\", not \"" + status + "\"";
      return false;
    }
    const std::string& reason = m["reason"].str();
    by_fingerprint[m["fingerprint"].str()] = {status, reason};
  }
  each_result(results, [&](json::Value& r) {
    int reviewed = 0;
    json::Value* diagnostics = r.find("diagnostics");
    if (diagnostics && diagnostics->is_array())
      for (auto& d : *diagnostics) {
        const json::Value& fingerprint = d["fingerprint"];
        if (!fingerprint.is_string()) continue;
        auto it = by_fingerprint.find(fingerprint.str());
        if (it == by_fingerprint.end()) continue;
        json::Value review = json::Value::object({{"status", it->second.status}});
        if (!it->second.reason.empty()) review.set("reason", it->second.reason);
        d.set("review", std::move(review));
        ++reviewed;
      }
    json::Value* summary = r.find("summary");
    if (summary && summary->is_object()) summary->set("reviewed", reviewed);
  });
  return true;
}

int open_errors(const json::Value& results) {
  int n = 0;
  auto count = [&](const json::Value& r) {
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
