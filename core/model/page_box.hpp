#pragma once
// Where a piece of positioned input (a PDF or OFD text run) stands on its page, so a finding can be
// shown on the printed page: points, origin at the top-left corner of the page as displayed.
#include "core/model/range.hpp"

namespace nianbao {

struct PageBox {
  Range at;      // the run's text in the runs JSON the core was given
  int page = 0;  // 1-based
  double x = 0, y = 0, w = 0, h = 0;
};

}  // namespace nianbao
