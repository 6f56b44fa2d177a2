#pragma once
// Source ranges (UTF-8 bytes) -> OUTPUT.md locations (UTF-16 offset/length, 1-based line/column).
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/model/diagnostic.hpp"
#include "core/model/report.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

class Locator {
 public:
  explicit Locator(std::string_view input) : map_(input) {}
  nlohmann::json operator()(const Range& r) const {
    auto b = map_.at(r.begin);
    std::size_t end16 = map_.utf16_offset(r.end);
    return {{"offset", b.offset}, {"length", end16 - b.offset}, {"line", b.line}, {"column", b.column}};
  }

 private:
  utf8::SourceMap map_;
};

nlohmann::json report_to_json(const Report& report, const Locator& loc);
nlohmann::json diagnostic_to_json(const Diagnostic& d, const Locator& loc, const std::string& lang);

}  // namespace nianbao
