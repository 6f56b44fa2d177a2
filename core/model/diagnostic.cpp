#include "core/model/diagnostic.hpp"

namespace nianbao {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "error";
}

}  // namespace nianbao
