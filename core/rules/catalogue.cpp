#include "core/rules/catalogue.hpp"

namespace nianbao {

const std::vector<RuleInfo>& rule_catalogue() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> r = {
      {"input-unreadable", Severity::Error, "all", "document", "无法读取输入", "Input unreadable",
       "输入为空、为二进制文件、无法解码，或根本不是年度报告。", "The input is empty, binary, undecodable or not a report.",
       "", "", "", "", "请粘贴或上传年度报告的文字、网页或 Word 文件。", "Paste or upload the report as text, HTML or .docx.", true},
      {"input-too-large", Severity::Error, "all", "document", "输入过大", "Input too large",
       "输入超过 16 MiB 的上限。", "The input exceeds the 16 MiB limit.", "", "", "", "", "只粘贴年度报告本身。",
       "Paste only the report itself.", true},
    };
    append_text_rule_infos(r);
    return r;
  }();
  return rules;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& r : rule_catalogue())
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace nianbao
