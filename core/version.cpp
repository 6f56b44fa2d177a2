#include "core/version.hpp"

#ifndef NIANBAO_VERSION
#error "NIANBAO_VERSION must be defined by the build (project(VERSION) in CMakeLists.txt)"
#endif

namespace nianbao {

const char* version() { return NIANBAO_VERSION; }

}  // namespace nianbao
