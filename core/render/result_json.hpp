#pragma once
// The result object of OUTPUT.md (report model, diagnostics, summary) written as JSON text by a
// streaming writer: no tree, keys in the sorted order nlohmann::json prints, locations in UTF-16.
#include <string>
#include <string_view>

#include "core/check.hpp"
#include "core/json/value.hpp"
#include "core/json/writer.hpp"

namespace nianbao {

// The result as JSON text; `indent` < 0 is compact (what the WebAssembly API returns), >= 0 indents.
// `lang` ("zh" or "en") picks the messages; `utf8_input` is what was checked (for locations).
std::string result_json(const Result& result, std::string_view utf8_input, const std::string& lang,
                        int indent = -1);

// The same into an open writer (e.g. one element of an array the caller is writing). `null_previous`:
// "previous": null when no previous report was given (a batch with pairing marks the unpaired ones so).
void write_result_json(JsonWriter& out, const Result& result, std::string_view utf8_input,
                       const std::string& lang, bool null_previous = false);

// The result as a JSON tree, for the renderers that walk one (text, CSV, SARIF, HTML).
json::Value result_to_json(const Result& result, std::string_view utf8_input, const std::string& lang);

}  // namespace nianbao
