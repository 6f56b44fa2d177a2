#include "core/render/render.hpp"

namespace nianbao {

std::string render_text(const nlohmann::json& results, const std::string& lang) {
  std::string out;
  for (const auto& r : results) {
    out += r.value("file", std::string("-")) + "\n";
    for (const auto& d : r["diagnostics"]) {
      std::string line = d.contains("at") ? std::to_string(d["at"].value("line", 0)) : "-";
      out += "  " + line + "  " + d.value("severity", std::string()) + "  " + d.value("rule", std::string()) + "  " +
             d.value("message", std::string()) + "\n";
    }
    (void)lang;
  }
  return out;
}

}  // namespace nianbao
