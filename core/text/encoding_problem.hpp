#pragma once
// Why bytes that should be text cannot be decoded, and where: the reason the input-unreadable
// diagnostic names (invalid UTF-8 at byte N, odd-length UTF-16, truncated GB18030). The callers (CLI,
// JS package) decode; when they fail they hand the core the raw bytes and the encoding they tried,
// and the core, the same in both, says what is wrong with them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao::text {

struct EncodingProblem {
  std::size_t offset = 0;  // byte of the input where decoding fails
  std::string zh, en;      // the reason, worded for the message
};

// `encoding`: what the caller tried ("utf-16le", "utf-16be" with the bytes from the BOM on; anything
// else: UTF-8, then GB18030). nullopt when the bytes decode (then they are no encoding problem).
std::optional<EncodingProblem> encoding_problem(std::string_view bytes, std::string_view encoding);

}  // namespace nianbao::text
