#pragma once
// Who made a result: the tool's name and version, from one place (project(VERSION) in CMakeLists.txt,
// passed to the compiler as NIANBAO_VERSION), for result.tool, SARIF and the CLIs' --version.

namespace nianbao {

constexpr const char* kToolName = "nianbao";
const char* version();

}  // namespace nianbao
