#pragma once
// The renderers' own words (headings, legends, severity names) in Chinese and English. Report text
// (labels, titles, prose, messages) is data and never passes through here.
#include <string>

namespace nianbao::ui {

struct Strings {
  std::string lang_tag;   // BCP 47 tag for the lang attribute
  std::string doc_title;  // <title> fallback
  std::string untitled;
  std::string file, agency, year, format;
  std::string format_2021, format_2019, format_pre2019, format_unknown;
  std::string table[3];        // "表二", "表三", "表四" / "Table 2"...
  std::string table_title[3];  // what each table is about
  std::string problems, no_problems;
  std::string error, warning, info;
  std::string missing_cell;  // screen-reader text of an empty placeholder for a missing cell
  std::string missing_section;
  std::string extra_row;       // marker of a row not in the official form
  std::string extras_heading;  // block listing cells the official layout has no place for
  std::string extras_row, extras_column, extras_value;
  std::string should_be;  // prefix of a certain fix in a cell: "应为 " / "should be "
  std::string expected, found, fix, cell, related;
  std::string official_label;  // tooltip prefix when the report's label differs from the official one
  std::string legend;
  std::string summary_label;
  std::string no_location;
  std::string see_problem;  // accessible name prefix of footnote links: "问题 " / "problem "
};

const Strings& strings(const std::string& lang);  // "en" or anything else (Chinese)

std::string severity_word(const Strings& s, const std::string& severity);
// "第 40 行第 12 列" / "line 40, column 12"
std::string position(const Strings& s, long long line, long long column);
// "1 个错误，0 个警告，2 条提示" / "1 error, 0 warnings, 2 infos"
std::string summary(const Strings& s, long long errors, long long warnings, long long infos);
// "2021年格式（国办公开办函〔2021〕30号）" etc. for report.template
std::string template_name(const Strings& s, const std::string& template_id);

}  // namespace nianbao::ui
