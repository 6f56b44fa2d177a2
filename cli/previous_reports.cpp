#include "cli/previous_reports.hpp"

namespace nianbao::cli {

PreviousReports::PreviousReports(const std::vector<std::string>& files,
                                 const std::vector<std::string>& previous)
    : previous_index_(files.size(), kNone), wanted_(files.size(), 0) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < files.size(); ++i) index.emplace(files[i], i);
  for (std::size_t i = 0; i < files.size() && i < previous.size(); ++i) {
    auto it = previous[i].empty() ? index.end() : index.find(previous[i]);
    if (it == index.end() || it->second == i) continue;
    previous_index_[i] = it->second;
    ++wanted_[it->second];
  }
}

void PreviousReports::offer(std::size_t i, Report report, bool readable) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (i >= wanted_.size() || wanted_[i] <= 0 || kept_.size() >= kCapacity) return;
  auto read = std::make_shared<ReadReport>();
  read->report = std::move(report);
  read->readable = readable;
  kept_[i] = std::move(read);
}

std::shared_ptr<const ReadReport> PreviousReports::take(std::size_t i) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (i >= previous_index_.size() || previous_index_[i] == kNone) return nullptr;
  std::size_t j = previous_index_[i];
  --wanted_[j];  // this check no longer waits for it, kept or not
  auto it = kept_.find(j);
  if (it == kept_.end()) return nullptr;
  std::shared_ptr<const ReadReport> read = it->second;
  if (wanted_[j] <= 0) kept_.erase(it);
  return read;
}

}  // namespace nianbao::cli
