#pragma once
// The canonical report's stylesheet: inline (no external resources), every selector scoped by
// .nianbao-report so it can live in a shadow root or a host page without leaking either way.
namespace nianbao::html {

const char* stylesheet();

}  // namespace nianbao::html
