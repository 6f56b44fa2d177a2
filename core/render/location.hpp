#pragma once
// Source ranges (UTF-8 bytes) -> OUTPUT.md locations (UTF-16 offset/length, 1-based line/column).
#include <string_view>

#include "core/model/range.hpp"
#include "core/render/json_writer.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

class Locator {
 public:
  explicit Locator(std::string_view input) : map_(input) {}
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

 private:
  utf8::SourceMap map_;
};

}  // namespace nianbao
