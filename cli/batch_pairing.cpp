#include "cli/batch_pairing.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "cli/load_input.hpp"
#include "cli/ordered_pool.hpp"
#include "core/batch/pairing.hpp"
#include "core/check.hpp"

namespace fs = std::filesystem;

namespace nianbao::cli {

namespace {

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// One spelling per file, so "./a.txt", "a.txt" and "/abs/a.txt" compare equal.
std::string same_file_key(const std::string& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(fs::path(p), ec);
  return ec ? p : c.string();
}

std::string resolve(const std::string& p, const fs::path& base) {
  std::error_code ec;
  if (p.empty() || p == "-" || fs::exists(p, ec) || fs::path(p).is_absolute()) return p;
  fs::path alt = base / p;
  return fs::exists(alt, ec) ? alt.string() : p;
}

struct Identity {
  PairingEntry entry;
  std::string agency;
};

// The first pass: only the reading half of the core, for agency and year.
Identity identify(const std::string& path) {
  Identity id;
  try {
    Loaded l;
    if (!load(path, l)) return id;
    l.options.identity_only = true;
    Result r = extract(l.text, l.options);
    id.agency = r.report.agency;
    id.entry.key = agency_key(r.report.agency, r.report.title);
    id.entry.year = r.report.year;
  } catch (...) {
    // Unreadable here is reported by the second pass; it simply pairs with nothing.
  }
  return id;
}

}  // namespace

bool read_pairing_file(const std::string& path, std::vector<std::pair<std::string, std::string>>& pairs,
                       std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read the pairing file " + path;
    return false;
  }
  fs::path base = fs::path(path).parent_path();
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::size_t sep = t.find('\t');
    if (sep == std::string::npos) sep = t.find(',');
    std::string now = trim(t.substr(0, sep)),
                before = sep == std::string::npos ? "" : trim(t.substr(sep + 1));
    if (now.empty()) {
      error = path + ":" + std::to_string(n) + ": no file before the separator";
      return false;
    }
    pairs.emplace_back(resolve(now, base), before == "-" ? "" : resolve(before, base));
  }
  return true;
}

Pairing pair_batch(const std::vector<std::string>& files, unsigned jobs, bool automatic,
                   const std::vector<std::pair<std::string, std::string>>& overrides) {
  Pairing p;
  p.previous.assign(files.size(), "");
  p.agency.assign(files.size(), "");
  p.year.assign(files.size(), 0);
  if (automatic && files.size() > 1) {
    std::vector<PairingEntry> entries(files.size());
    run_ordered<Identity>(
        files.size(), jobs, [&](std::size_t i) { return identify(files[i]); },
        [&](std::size_t i, Identity& id) {
          entries[i] = id.entry;
          p.agency[i] = id.agency;
          p.year[i] = id.entry.year.value_or(0);
        });
    std::vector<std::optional<std::size_t>> found = pair_previous_years(entries);
    for (std::size_t i = 0; i < files.size(); ++i)
      if (found[i]) p.previous[i] = files[*found[i]];
  }
  if (!overrides.empty()) {
    std::vector<std::string> keys;
    for (const auto& f : files) keys.push_back(same_file_key(f));
    for (const auto& [now, before] : overrides) {
      std::string k = same_file_key(now);
      for (std::size_t i = 0; i < files.size(); ++i)
        if (keys[i] == k) p.previous[i] = before;
    }
  }
  return p;
}

}  // namespace nianbao::cli
