#include "core/annotate/fingerprint.hpp"

#include <cstdint>
#include <map>
#include <string>

#include "core/json/writer.hpp"

namespace nianbao {

namespace {

// FNV-1a, 64 bits: the same number natively and in WebAssembly, no library needed.
std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex16(std::uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 15];
  return out;
}

// The source text a finding points at, whitespace removed (re-wrapping a line keeps the finding).
std::string anchor_text(const Diagnostic& d, std::string_view input) {
  if (!d.at || d.at->begin >= input.size()) return {};
  std::size_t end = d.at->end < input.size() ? d.at->end : input.size();
  std::string out;
  for (std::size_t i = d.at->begin; i < end && out.size() < 400; ++i) {
    char c = input[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out += c;
  }
  return out;
}

// The found value as JSON text (what nlohmann's dump() printed before the streaming writer).
std::string scalar_json(const Scalar& v) {
  std::string out;
  JsonWriter w(out);
  write_scalar(w, v);
  w.flush();
  return out;
}

}  // namespace

void assign_fingerprints(std::vector<Diagnostic>& diagnostics, std::string_view input) {
  std::map<std::string, int> seen;
  for (auto& d : diagnostics) {
    std::string identity = d.rule + '\x1f';
    if (!d.cell.empty())
      identity += "cell\x1f" + d.cell + '\x1f' + scalar_json(d.found);
    else
      identity += "text\x1f" + anchor_text(d, input) + '\x1f' + scalar_json(d.found);
    int n = seen[identity]++;
    d.fingerprint = hex16(fnv1a(identity + '\x1f' + std::to_string(n)));
  }
}

}  // namespace nianbao
