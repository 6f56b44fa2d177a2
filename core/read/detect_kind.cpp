#include <algorithm>
#include <cctype>
#include <string>

#include "core/read/read.hpp"

namespace nianbao {

// HTML when the start of the input carries markup that text never does: a doctype, <html>, or a
// table/paragraph tag. Text that merely mentions "<" stays text.
bool looks_like_html(std::string_view s) {
  std::string head(s.substr(0, std::min<std::size_t>(s.size(), 4096)));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* tag : {"<!doctype html", "<html", "<table", "<body", "<meta ", "<div", "<p>", "<p ", "<tr",
                          "<td", "<span", "<br", "<h1", "<h2", "<head"})
    if (head.find(tag) != std::string::npos) return true;
  return false;
}

}  // namespace nianbao
