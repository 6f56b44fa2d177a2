#include "cli/collect_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace nianbao::cli {

namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void walk(const fs::path& root, Inputs& in) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (hidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      in.skipped.push_back(p.string());
      continue;
    }
    if (it->is_directory(ec)) continue;  // walked into
    if (!it->is_regular_file(ec)) {
      // A link to nothing is a file that cannot be read: checked (and reported) like one.
      (it->is_symlink(ec) ? found : in.skipped).push_back(p.string());
      continue;
    }
    (report_extension(p.string()) ? found : in.skipped).push_back(p.string());
  }
  // A folder that cannot be listed is one input that cannot be read: the caller reports it.
  if (ec && found.empty()) found.push_back(root.string());
  std::sort(found.begin(), found.end());
  in.files.insert(in.files.end(), found.begin(), found.end());
}

}  // namespace

bool report_extension(const std::string& path) {
  std::string ext = lower(fs::path(path).extension().string());
  for (const char* e : {".txt", ".text", ".md", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".pdf", ".ofd"})
    if (ext == e) return true;
  return false;
}

Inputs collect_inputs(const std::vector<std::string>& args) {
  Inputs in;
  for (const auto& a : args) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      in.any_folder = true;
      walk(a, in);
    } else {
      in.files.push_back(a);  // as given: one that does not exist is reported as unreadable
    }
  }
  std::sort(in.skipped.begin(), in.skipped.end());
  return in;
}

}  // namespace nianbao::cli
