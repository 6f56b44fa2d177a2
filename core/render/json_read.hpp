#pragma once
// Tolerant reads of the result JSON. Renderers are handed results from several producers (the CLI,
// the WebAssembly API, tests, older versions): a missing or mistyped field must degrade to "not
// shown", never to an exception.
#include <string>
#include <string_view>

#include "core/json/value.hpp"

namespace nianbao::jr {

// j[key] when j is an object holding key, otherwise a shared null. Keys are views: renderers look up
// literals ("tables", "raw") for every cell, which must not build a string each time.
const json::Value& at(const json::Value& j, std::string_view key);
// j[key] as a string when it is one; numbers are printed; otherwise `def`.
std::string str(const json::Value& j, std::string_view key, const std::string& def = "");
// j[key] as an integer when it is a number; otherwise `def`.
long long num(const json::Value& j, std::string_view key, long long def = 0);
// Parses result JSON handed in by a caller (render()/format() of a result it built, stored or
// edited). Foreign text is repaired where the meaning is clear: invalid UTF-8 and lone UTF-16
// surrogate escapes ("\ud800", what JSON.stringify writes for a lone surrogate) become U+FFFD.
// Anything else that is no JSON value, or nests deeper than kMaxForeignDepth (a result nests about
// six levels; the limit keeps every later walk of it shallow), comes back discarded
// (is_discarded()) with `error` set to a message starting "not a result: " (no exceptions: the
// WebAssembly build has none).
constexpr int kMaxForeignDepth = 64;
json::Value parse_foreign(const std::string& text, std::string& error);

// A scalar shown to people or written to CSV: strings as they are, numbers without JSON quoting
// (decimals exactly as the JSON holds them), booleans as true/false, null and containers as "".
std::string scalar(const json::Value& v);

}  // namespace nianbao::jr
