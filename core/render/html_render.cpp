#include "core/render/render.hpp"

namespace nianbao {

std::string render_html(const nlohmann::json& /*result*/, const std::string& /*lang*/, bool /*fragment*/) {
  return "<!doctype html><meta charset=utf-8><title>nianbao</title>";
}

}  // namespace nianbao
