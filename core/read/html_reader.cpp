#include "core/read/read.hpp"

namespace nianbao {

Document read_html(std::string_view /*utf8*/) {
  Document d;
  d.layout = Layout::Html;
  return d;
}

}  // namespace nianbao
