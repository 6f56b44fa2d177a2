#pragma once
// The language of a run from what the caller wrote: "zh" or "en", or a BCP 47 tag of either (zh-CN,
// zh-Hans-CN, en-US), as the JS package's normalizeLang takes it; empty means zh.
#include <optional>
#include <string>
#include <string_view>

namespace nianbao::ui {

// "zh" / "en", or nothing when `tag` is not a well-formed tag of either language.
std::optional<std::string> lang_of_tag(std::string_view tag);

}  // namespace nianbao::ui
