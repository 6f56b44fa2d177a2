#include "core/render/ui_lang.hpp"

#include <cctype>

namespace nianbao::ui {

namespace {

bool alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<std::string> lang_of_tag(std::string_view tag) {
  if (tag.empty()) return std::string("zh");
  // primary language subtag (2-3 letters), then subtags of 1-8 letters or digits:
  // /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i
  std::size_t dash = tag.find('-');
  std::string_view primary = tag.substr(0, dash);
  if (primary.size() < 2 || primary.size() > 3) return std::nullopt;
  for (char c : primary)
    if (!alpha(c)) return std::nullopt;
  while (dash != std::string_view::npos) {
    std::size_t next = tag.find('-', dash + 1);
    std::string_view sub =
        tag.substr(dash + 1, next == std::string_view::npos ? std::string_view::npos : next - dash - 1);
    if (sub.empty() || sub.size() > 8) return std::nullopt;
    for (char c : sub)
      if (!alnum(c)) return std::nullopt;
    dash = next;
  }
  std::string p;
  for (char c : primary) p += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (p == "zh" || p == "en") return p;
  return std::nullopt;
}

}  // namespace nianbao::ui
