#pragma once
// What the HTML reader needs to know about a tag name, looked up once per tag.
#include <string_view>

namespace nianbao::html {

struct TagInfo {
  bool block = false;         // starts a new line of text (a new paragraph row outside tables)
  bool head_element = false;  // may stand in <head>; any other tag means the body has begun
  bool raw_text = false;      // content is not markup and never shown (script, style, title...)
};

// Lower-case tag name -> what it does; unknown names (span, font, o:p...) are inline.
TagInfo tag_info(std::string_view lower_case_name);

}  // namespace nianbao::html
