#include "core/read/foreign_format.hpp"

namespace nianbao {

namespace {

std::string extension(std::string_view name) {
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || name.size() - dot > 8) return "";
  std::string e;
  for (char c : name.substr(dot + 1)) e += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return e;
}

bool starts(std::string_view s, std::string_view magic) { return s.substr(0, magic.size()) == magic; }

}  // namespace

std::optional<ForeignFormat> foreign_format(std::string_view input, std::string_view file_name) {
  std::string ext = extension(file_name);
  if (ext == "doc" || ext == "dot")
    return ForeignFormat{"Word 97-2003 文档（.doc）", "a Word 97-2003 document (.doc)"};
  if (ext == "wps" || ext == "wpt")
    return ForeignFormat{"WPS 文字文档（.wps）", "a WPS Writer document (.wps)"};
  if (ext == "xls" || ext == "xlsx" || ext == "et" || ext == "csv")
    return ForeignFormat{"电子表格（." + ext + "）", "a spreadsheet (." + ext + ")"};
  if (ext == "ppt" || ext == "pptx" || ext == "dps")
    return ForeignFormat{"演示文稿（." + ext + "）", "a presentation (." + ext + ")"};
  if (ext == "rtf" || starts(input, "{\\rtf"))
    return ForeignFormat{"RTF 文档（.rtf）", "an RTF document (.rtf)"};
  if (ext == "odt") return ForeignFormat{"OpenDocument 文档（.odt）", "an OpenDocument text (.odt)"};
  if (ext == "caj" || ext == "ceb") return ForeignFormat{"." + ext + " 文件", "a ." + ext + " file"};
  if (starts(input, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    return ForeignFormat{"Office 97-2003 或 WPS 文件", "an Office 97-2003 or WPS file"};
  bool png = starts(input, "\x89PNG"), jpeg = starts(input, "\xFF\xD8\xFF");
  bool tiff = starts(input, "II*") || starts(input, "MM\x00*");
  if (png || jpeg || tiff || ext == "png" || ext == "jpg" || ext == "jpeg" || ext == "tif" || ext == "tiff")
    return ForeignFormat{"图片", "an image", true};
  return std::nullopt;
}

}  // namespace nianbao
