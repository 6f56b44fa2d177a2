#pragma once
// Reports of a batch kept for the check that compares with them (pairing by year): a file that is another
// file's previous year is read once, when it is checked itself, not a second time for that comparison.
// Bounded, so that memory does not grow with the batch: a report not kept (the cap reached, or its check
// still running on another thread) is read again, with the same findings. Thread-safe.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/check.hpp"

namespace nianbao::cli {

class PreviousReports {
 public:
  // `previous[i]`: the file files[i] is compared with ("" for none; a file outside the batch is never kept).
  PreviousReports(const std::vector<std::string>& files, const std::vector<std::string>& previous);

  // After files[i] was checked: keeps what was read of it while a check still to come compares with it.
  void offer(std::size_t i, Report report, bool readable);

  // Before files[i] is checked: its previous year's report if kept, else nullptr (read the file).
  std::shared_ptr<const ReadReport> take(std::size_t i);

 private:
  static constexpr std::size_t kCapacity = 64;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::mutex mutex_;
  std::vector<std::size_t> previous_index_;  // per file: its previous file's index in the batch, or kNone
  std::vector<int> wanted_;                  // per file: checks still to come that compare with it
  std::unordered_map<std::size_t, std::shared_ptr<const ReadReport>> kept_;
};

}  // namespace nianbao::cli
