#include "core/render/ui_strings.hpp"

namespace nianbao::ui {

namespace {

Strings zh() {
  Strings s;
  s.lang_tag = "zh-CN";
  s.doc_title = "政府信息公开工作年度报告校验结果";
  s.untitled = "（未识别出标题）";
  s.file = "文件";
  s.agency = "机关";
  s.year = "年度";
  s.format = "格式";
  s.format_2021 = "2021年格式（国办公开办函〔2021〕30号）";
  s.format_2019 = "2019年格式（国办公开办函〔2019〕60号）";
  s.format_pre2019 = "2019年以前的旧格式";
  s.format_unknown = "未能确定";
  s.table[0] = "表二";
  s.table[1] = "表三";
  s.table[2] = "表四";
  s.table_title[0] = "主动公开政府信息情况";
  s.table_title[1] = "收到和处理政府信息公开申请情况";
  s.table_title[2] = "政府信息公开行政复议、行政诉讼情况";
  s.problems = "问题清单";
  s.no_problems = "未发现问题。";
  s.error = "错误";
  s.warning = "警告";
  s.info = "提示";
  s.missing_cell = "缺失：报告中没有这一格";
  s.missing_section = "（报告中未找到此部分）";
  s.extra_row = "官方格式中没有这一行";
  s.extras_heading = "官方格式中没有位置的内容";
  s.extras_row = "行";
  s.extras_column = "列";
  s.extras_value = "内容";
  s.should_be = "应为 ";
  s.expected = "应为";
  s.found = "实为";
  s.fix = "建议改为";
  s.cell = "单元格";
  s.related = "相关规则";
  s.official_label = "官方表述：";
  s.legend =
      "标记说明：✖ 错误，▲ 警告，ℹ 提示；带下划线的格子有问题，上标数字指向问题清单中的条目；"
      "斜线底纹表示报告中缺少的格子；虚线框的行不属于官方格式。";
  s.summary_label = "汇总";
  s.no_location = "-";
  s.see_problem = "问题 ";
  return s;
}

Strings en() {
  Strings s;
  s.lang_tag = "en";
  s.doc_title = "Annual report check";
  s.untitled = "(no title recognised)";
  s.file = "File";
  s.agency = "Agency";
  s.year = "Year";
  s.format = "Format";
  s.format_2021 = "2021 format (国办公开办函〔2021〕30号)";
  s.format_2019 = "2019 format (国办公开办函〔2019〕60号)";
  s.format_pre2019 = "pre-2019 format";
  s.format_unknown = "not determined";
  s.table[0] = "Table 2";
  s.table[1] = "Table 3";
  s.table[2] = "Table 4";
  s.table_title[0] = "Proactive disclosure";
  s.table_title[1] = "Disclosure applications received and handled";
  s.table_title[2] = "Administrative reconsideration and litigation";
  s.problems = "Problems";
  s.no_problems = "No problems found.";
  s.error = "error";
  s.warning = "warning";
  s.info = "info";
  s.missing_cell = "missing: the report has no such cell";
  s.missing_section = "(section not found in the report)";
  s.extra_row = "row not in the official form";
  s.extras_heading = "Content the official form has no place for";
  s.extras_row = "Row";
  s.extras_column = "Column";
  s.extras_value = "Content";
  s.should_be = "should be ";
  s.expected = "expected";
  s.found = "found";
  s.fix = "fix: set to";
  s.cell = "cell";
  s.related = "related rules";
  s.official_label = "Official label: ";
  s.legend =
      "Key: ✖ error, ▲ warning, ℹ info; underlined cells have a problem and the superscript numbers "
      "link to the problem list; hatched cells are missing from the report; rows with a dashed border "
      "are not part of the official form.";
  s.summary_label = "Summary";
  s.no_location = "-";
  s.see_problem = "problem ";
  return s;
}

}  // namespace

const Strings& strings(const std::string& lang) {
  static const Strings z = zh(), e = en();
  return lang == "en" ? e : z;
}

std::string severity_word(const Strings& s, const std::string& severity) {
  if (severity == "error") return s.error;
  if (severity == "warning") return s.warning;
  if (severity == "info") return s.info;
  return severity;
}

std::string position(const Strings& s, long long line, long long column) {
  if (s.lang_tag == "en") return "line " + std::to_string(line) + ", column " + std::to_string(column);
  return "第 " + std::to_string(line) + " 行第 " + std::to_string(column) + " 列";
}

std::string summary(const Strings& s, long long errors, long long warnings, long long infos) {
  if (s.lang_tag == "en") {
    auto n = [](long long k, const char* one, const char* many) {
      return std::to_string(k) + " " + (k == 1 ? one : many);
    };
    return n(errors, "error", "errors") + ", " + n(warnings, "warning", "warnings") + ", " +
           n(infos, "info", "infos");
  }
  return std::to_string(errors) + " 个错误，" + std::to_string(warnings) + " 个警告，" +
         std::to_string(infos) + " 条提示";
}

std::string template_name(const Strings& s, const std::string& template_id) {
  if (template_id == "2021") return s.format_2021;
  if (template_id == "2019") return s.format_2019;
  if (template_id == "pre2019") return s.format_pre2019;
  return s.format_unknown;
}

}  // namespace nianbao::ui
