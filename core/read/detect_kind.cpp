#include <algorithm>
#include <cctype>
#include <string>

#include "core/read/read.hpp"

namespace nianbao {

// HTML when the start of the input carries markup that text never does: a doctype, <html>, or a
// table/paragraph tag. Text that merely mentions "<" stays text.
bool looks_like_html(std::string_view s) {
  const std::string_view head = s.substr(0, std::min<std::size_t>(s.size(), 4096));
  // Every tag opens with '<': only there is the text compared (ignoring case), and plain text has few.
  auto opens_with = [](std::string_view at, std::string_view tag) {
    if (at.size() < tag.size()) return false;
    for (std::size_t i = 0; i < tag.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(at[i])) != tag[i]) return false;
    return true;
  };
  for (std::size_t at = head.find('<'); at != std::string_view::npos; at = head.find('<', at + 1))
    for (std::string_view tag : {"<!doctype html", "<html", "<table", "<body", "<meta ", "<div", "<p>", "<p ",
                                 "<tr", "<td", "<span", "<br", "<h1", "<h2", "<head"})
      if (opens_with(head.substr(at), tag)) return true;
  return false;
}

}  // namespace nianbao
