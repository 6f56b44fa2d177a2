#include "core/read/html_tags.hpp"

#include <string>
#include <unordered_map>

namespace nianbao::html {

namespace {

std::unordered_map<std::string_view, TagInfo> make_table() {
  std::unordered_map<std::string_view, TagInfo> t;
  for (const char* b :
       {"p",       "div",        "h1",      "h2",       "h3",         "h4",     "h5",       "h6",
        "li",      "ul",         "ol",      "dl",       "dt",         "dd",     "br",       "hr",
        "pre",     "blockquote", "center",  "section",  "article",    "aside",  "header",   "footer",
        "nav",     "main",       "address", "figure",   "figcaption", "form",   "fieldset", "legend",
        "details", "summary",    "dialog",  "menu",     "dir",        "hgroup", "listing",  "option",
        "body",    "html",       "caption", "frameset", "frame",      "table",  "tr",       "td",
        "th",      "tbody",      "thead",   "tfoot"})
    t[b].block = true;
  for (const char* h : {"head", "html", "meta", "link", "base", "title", "script", "style", "noscript",
                        "template", "basefont", "bgsound", "object", "param"})
    t[h].head_element = true;
  // <template> and <noscript> are not raw text to a browser with scripting off, but their content is
  // never shown, which is all a reader needs.
  for (const char* r : {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
                        "noscript", "template", "plaintext"})
    t[r].raw_text = true;
  return t;
}

}  // namespace

TagInfo tag_info(std::string_view name) {
  static const std::unordered_map<std::string_view, TagInfo> kTable = make_table();
  auto it = kTable.find(name);
  return it == kTable.end() ? TagInfo{} : it->second;
}

}  // namespace nianbao::html
