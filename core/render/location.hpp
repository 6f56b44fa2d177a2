#pragma once
// Source ranges (UTF-8 bytes) -> OUTPUT.md locations (UTF-16 offset/length, 1-based line/column).
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model/diagnostic.hpp"
#include "core/model/page_box.hpp"
#include "core/model/report.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

class Locator {
 public:
  explicit Locator(std::string_view input, const std::vector<PageBox>* boxes = nullptr)
      : map_(input), boxes_(boxes) {}
  nlohmann::json operator()(const Range& r) const {
    auto b = map_.at(r.begin);
    std::size_t end16 = map_.utf16_offset(r.end);
    return {{"offset", b.offset}, {"length", end16 - b.offset}, {"line", b.line}, {"column", b.column}};
  }

  // PDF/OFD input: the box on the printed page that holds the range ({"page", "x", "y", "w", "h"},
  // points from the page's top-left corner): the union of the runs it touches on its first page.
  std::optional<nlohmann::json> box(const Range& r) const {
    if (!boxes_ || boxes_->empty()) return std::nullopt;
    const PageBox* first = nullptr;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    for (const auto& b : *boxes_) {
      bool touches =
          r.empty() ? b.at.begin <= r.begin && r.begin < b.at.end : b.at.begin < r.end && r.begin < b.at.end;
      if (!touches || (first && b.page != first->page)) continue;
      if (!first) {
        first = &b;
        x0 = b.x, y0 = b.y, x1 = b.x + b.w, y1 = b.y + b.h;
      }
      x0 = std::min(x0, b.x), y0 = std::min(y0, b.y);
      x1 = std::max(x1, b.x + b.w), y1 = std::max(y1, b.y + b.h);
    }
    if (!first) return std::nullopt;
    auto tenth = [](double v) { return std::round(v * 10) / 10; };
    return nlohmann::json{{"page", first->page},
                          {"x", tenth(x0)},
                          {"y", tenth(y0)},
                          {"w", tenth(x1 - x0)},
                          {"h", tenth(y1 - y0)}};
  }

 private:
  utf8::SourceMap map_;
  const std::vector<PageBox>* boxes_;
};

nlohmann::json report_to_json(const Report& report, const Locator& loc);
nlohmann::json diagnostic_to_json(const Diagnostic& d, const Locator& loc, const std::string& lang);

}  // namespace nianbao
