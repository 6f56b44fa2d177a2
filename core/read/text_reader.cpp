#include "core/read/read.hpp"

namespace nianbao {

Document read_text(std::string_view /*utf8*/) {
  Document d;
  return d;
}

}  // namespace nianbao
