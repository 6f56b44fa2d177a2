#include "core/model/document.hpp"

namespace nianbao {

const char* layout_name(Layout l) {
  switch (l) {
    case Layout::Tabs:
      return "tabs";
    case Layout::Pipes:
      return "pipes";
    case Layout::Lines:
      return "lines";
    case Layout::Aligned:
      return "pdf-text";
    case Layout::Html:
      return "html";
    case Layout::Runs:
      return "pdf";
    case Layout::Unknown:
      break;
  }
  return "unknown";
}

}  // namespace nianbao
