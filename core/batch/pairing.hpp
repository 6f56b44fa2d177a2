#pragma once
// Which report of a batch is the same body's report of the year before (issue 12): reports are paired
// on their normalised agency name and consecutive years. The CLI, the package's checkMany and the
// page's batch view all ask this one function, so they pair alike.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

// The body's name reduced for comparing: brackets and their contents, spaces, years, 年度报告 and
// 政府信息公开工作 removed, 人民政府 written 政府 (上海市人民政府办公厅 -> 上海市政府办公厅).
// `agency` is the report's agency; when empty, the title is used.
std::string agency_key(std::string_view agency, std::string_view title);

// True when two keys name the same body: equal, or one is the other with the place in front left
// out (上海市政府办公厅 / 市政府办公厅, 淮安市洪泽区政府 / 洪泽区政府). A 政府办公室 never matches its
// 政府: the office's name is not the government's name with a place in front.
bool same_agency(std::string_view a, std::string_view b);

struct PairingEntry {
  std::string key;  // agency_key()
  std::optional<int> year;
};

// For each entry, the index of its previous year's report in `entries`, if exactly one fits: the same
// agency (an exact key preferred over a short-name match) and year − 1. Two candidates that cannot be
// told apart leave the entry unpaired rather than guess.
std::vector<std::optional<std::size_t>> pair_previous_years(const std::vector<PairingEntry>& entries);

}  // namespace nianbao
