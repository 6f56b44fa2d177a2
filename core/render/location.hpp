#pragma once
// Source ranges (UTF-8 bytes) -> OUTPUT.md locations (UTF-16 offset/length, 1-based line/column), and
// for PDF/OFD input the box on the printed page.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "core/json/writer.hpp"
#include "core/model/page_box.hpp"
#include "core/model/range.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

class Locator {
 public:
  // `known_valid`: see utf8::SourceMap.
  explicit Locator(std::string_view input, const std::vector<PageBox>* boxes = nullptr,
                   bool known_valid = false)
      : map_(input, known_valid), boxes_(boxes) {}
  // {"column","length","line","offset"}: the keys in the order nlohmann prints them.
  void write(JsonWriter& out, const Range& r) const {
    auto b = map_.at(r.begin);
    std::size_t end16 = r.end == r.begin ? b.offset : map_.utf16_offset(r.end);
    out.begin_object()
        .field_int("column", static_cast<std::int64_t>(b.column))
        .field_int("length", static_cast<std::int64_t>(end16 - b.offset))
        .field_int("line", static_cast<std::int64_t>(b.line))
        .field_int("offset", static_cast<std::int64_t>(b.offset))
        .end_object();
  }

  // PDF/OFD input: key "box" and the box on the printed page that holds the range ({"h","page","w","x","y"},
  // points from the page's top-left corner): the union of the runs it touches on its first page. Nothing
  // when the input has no boxes or the range touches none.
  void write_box(JsonWriter& out, const Range& r) const {
    if (!boxes_ || boxes_->empty()) return;
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
    if (!first) return;
    // Tenths of a point; a whole number is written without ".0", as JavaScript's JSON.stringify
    // writes it, so the WebAssembly path (which re-parses the result in JS) prints the same bytes.
    auto put = [&out](const char* key, double v) {
      v = std::round(v * 10) / 10;
      if (v == std::floor(v) && std::fabs(v) < 1e15)
        out.key(key).integer(static_cast<std::int64_t>(v));
      else
        out.key(key).real(v);
    };
    out.key("box").begin_object();
    put("h", y1 - y0);
    out.field_int("page", first->page);
    put("w", x1 - x0);
    put("x", x0);
    put("y", y0);
    out.end_object();
  }

 private:
  utf8::SourceMap map_;
  const std::vector<PageBox>* boxes_;
};

}  // namespace nianbao
