#pragma once
// PDF text layers often carry a radical (U+2F00 ⼀, U+2EDD ⻘) where the page shows the ordinary
// ideograph (一, 青): the font's glyph is shared and its ToUnicode names the radical. Folding them
// back makes labels, names and numbers in words readable. Radicals never occur in report prose.
#include <string>
#include <string_view>

namespace nianbao {

std::string fold_cjk_radicals(std::string_view utf8);

}  // namespace nianbao
