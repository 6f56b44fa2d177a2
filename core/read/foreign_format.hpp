#pragma once
// Files the core does not read (Word 97-2003 .doc, WPS .wps, spreadsheets, RTF, images, ...): named by
// their magic bytes or their file name, so the clerk is told which format it is and what to do
// (save as .docx or PDF) instead of "not readable text".
#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct ForeignFormat {
  std::string zh, en;  // the format's name, e.g. "Word 97-2003 文档（.doc）"
  bool image = false;  // a picture: a scan, where the advice is OCR, not "save as"
};

std::optional<ForeignFormat> foreign_format(std::string_view input, std::string_view file_name);

}  // namespace nianbao
