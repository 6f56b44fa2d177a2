// SARIF 2.1.0 for code-scanning tools and CI dashboards: one run, the whole rule catalogue declared
// in tool.driver.rules (so viewers can show a rule even before it fires), one result per diagnostic.
// Columns and offsets are UTF-16 code units, as ours are, which SARIF allows via run.columnKind.
#include <algorithm>
#include <map>

#include "core/render/json_read.hpp"
#include "core/render/render.hpp"
#include "core/version.hpp"

namespace nianbao {

namespace {

using V = json::Value;

V text(const std::string& t) { return V::object({{"text", t}}); }

const char* level(const std::string& severity) {
  if (severity == "error") return "error";
  if (severity == "warning") return "warning";
  return "note";  // SARIF has no "info"
}

// "t3-row-total" -> "T3RowTotal": SARIF's reportingDescriptor.name is an identifier-like name.
std::string pascal(const std::string& id) {
  std::string out;
  bool up = true;
  for (char ch : id) {
    if (ch == '-' || ch == '_' || ch == '.') {
      up = true;
      continue;
    }
    out += up && ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    up = false;
  }
  return out;
}

// File names become URI references: '\' to '/', and everything outside RFC 3986's unreserved set
// and '/' percent-encoded (UTF-8 bytes), so Chinese names and spaces survive strict consumers.
std::string file_uri(std::string path) {
  for (char& ch : path)
    if (ch == '\\') ch = '/';
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : path) {
    bool keep = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/';
    if (keep) {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += hex[ch >> 4];
      out += hex[ch & 15];
    }
  }
  if (!out.empty() && out[0] == '/') out = "file://" + out;  // absolute POSIX path
  return out;
}

std::string pick(const json::Value& both, const std::string& lang) {
  std::string v = jr::str(both, lang == "en" ? "en" : "zh");
  return v.empty() ? jr::str(both, lang == "en" ? "zh" : "en") : v;
}

json::Value rule_descriptor(const json::Value& r, const std::string& lang) {
  const std::string id = jr::str(r, "id");
  std::string title = pick(jr::at(r, "title"), lang);
  std::string description = pick(jr::at(r, "description"), lang);
  if (title.empty()) title = id;
  if (description.empty()) description = title;
  json::Value d =
      V::object({{"id", id},
                 {"name", pascal(id)},
                 {"shortDescription", text(title)},
                 {"fullDescription", text(description)},
                 {"defaultConfiguration", V::object({{"level", level(jr::str(r, "severity"))}})}});
  std::string help = description;
  const std::string formula = jr::str(r, "formula"), official = jr::str(r, "official");
  const std::string fix = pick(jr::at(r, "fix"), lang);
  const bool en = lang == "en";
  if (!formula.empty()) help += std::string("\n") + (en ? "Formula: " : "公式：") + formula;
  if (!official.empty()) help += std::string("\n") + (en ? "Official wording: " : "官方表述：") + official;
  if (!fix.empty()) help += std::string("\n") + (en ? "How to fix: " : "如何修改：") + fix;
  d.set("help", text(help));
  json::Value props = V::object({{"family", jr::str(r, "family")}, {"applies", jr::str(r, "applies")}});
  if (jr::at(r, "implemented").is_boolean()) props.set("implemented", jr::at(r, "implemented"));
  if (!props["family"].str().empty()) props.set("tags", V::array({props["family"]}));
  d.set("properties", std::move(props));
  return d;
}

json::Value result_entry(const json::Value& d, const std::string& uri, std::size_t artifact,
                         const std::map<std::string, std::size_t>& index) {
  const std::string rule = jr::str(d, "rule", "unknown");
  std::string message = jr::str(d, "message");
  if (message.empty()) message = rule;  // message.text must not be empty to be useful
  json::Value res =
      V::object({{"ruleId", rule}, {"level", level(jr::str(d, "severity"))}, {"message", text(message)}});
  if (auto it = index.find(rule); it != index.end()) res.set("ruleIndex", it->second);

  json::Value phys = V::object({{"artifactLocation", V::object({{"uri", uri}, {"index", artifact}})}});
  const auto& at = jr::at(d, "at");
  if (jr::num(at, "line", 0) > 0) {
    json::Value region = V::object(
        {{"startLine", jr::num(at, "line")}, {"startColumn", std::max(1LL, jr::num(at, "column", 1))}});
    if (jr::num(at, "offset", -1) >= 0) {
      region.set("charOffset", jr::num(at, "offset"));
      region.set("charLength", std::max(0LL, jr::num(at, "length", 0)));
    }
    phys.set("region", std::move(region));
  }
  json::Value loc = V::object({{"physicalLocation", std::move(phys)}});
  const std::string cell = jr::str(d, "cell");
  if (!cell.empty())
    loc.set("logicalLocations", V::array({V::object({{"fullyQualifiedName", cell}, {"kind", "element"}})}));
  res.set("locations", V::array({loc}));

  json::Value props = V::object();
  for (const char* k : {"cell", "cells", "expected", "found", "fix"})
    if (!jr::at(d, k).is_null()) props.set(k, jr::at(d, k));
  if (!jr::str(at, "path").empty()) props.set("path", jr::str(at, "path"));  // .docx: paragraph/cell path
  if (!props.empty()) res.set("properties", std::move(props));
  // The core's fingerprint (core/annotate/fingerprint.hpp): viewers match findings across runs with it,
  // and a review mark (the page's 已核实 / 忽略, or the CLI's --marks file) becomes a SARIF suppression.
  const std::string fingerprint = jr::str(d, "fingerprint");
  if (!fingerprint.empty()) res.set("partialFingerprints", V::object({{"nianbao/v1", fingerprint}}));
  const auto& review = jr::at(d, "review");
  if (review.is_object()) {
    std::string why = jr::str(review, "status") +
                      (jr::str(review, "reason").empty() ? "" : ": " + jr::str(review, "reason"));
    res.set("suppressions",
            V::array({V::object({{"kind", "external"}, {"status", "accepted"}, {"justification", why}})}));
  }
  return res;
}

}  // namespace

json::Value render_sarif(const json::Value& results, const std::string& lang) {
  json::Value rules = json::Value::array();
  std::map<std::string, std::size_t> index;
  for (const auto& r : rules_json()) {
    index[jr::str(r, "id")] = rules.size();
    rules.push_back(rule_descriptor(r, lang));
  }

  json::Value artifacts = json::Value::array(), out = json::Value::array();
  const json::Value list = results.is_array() ? results : json::Value::array({results});
  for (const auto& r : list) {
    const std::string uri = file_uri(jr::str(r, "file", "stdin"));
    const std::size_t artifact = artifacts.size();
    json::Value a = V::object({{"location", V::object({{"uri", uri}})}});
    const auto& input = jr::at(r, "input");
    const std::string enc = jr::str(input, "encoding");
    if (!enc.empty() && enc != "binary") a.set("encoding", enc);
    const std::string kind = jr::str(input, "kind");
    a.set("mimeType", kind == "html" ? "text/html"
                      : kind == "docx"
                          ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                          : "text/plain");
    artifacts.push_back(std::move(a));
    const auto& diags = jr::at(r, "diagnostics");
    if (diags.is_array())
      for (const auto& d : diags) out.push_back(result_entry(d, uri, artifact, index));
  }

  json::Value driver =
      V::object({{"name", kToolName},
                 {"version", version()},
                 {"semanticVersion", version()},
                 // no informationUri: the schema wants an absolute URI and we promise no web site
                 {"rules", std::move(rules)}});
  json::Value run = V::object({{"tool", V::object({{"driver", std::move(driver)}})},
                               {"columnKind", "utf16CodeUnits"},
                               {"language", lang == "en" ? "en" : "zh-CN"},
                               {"artifacts", std::move(artifacts)},
                               {"results", std::move(out)}});
  return V::object(
      {{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"},
       {"version", "2.1.0"},
       {"runs", V::array({std::move(run)})}});
}

}  // namespace nianbao
