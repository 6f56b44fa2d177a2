#pragma once
// A small hand-made 2021 result (OUTPUT.md shape) for the renderer tests, independent of the readers
// and rules: a few cells of table 三 and 四, two sections, an extra 2019-style row （六） and diagnostics
// of each severity. Report text carries markup to prove it is escaped.
#include <nlohmann/json.hpp>
#include <string>

namespace nianbao::testing {

inline const char* kEvil = "<script>alert(1)</script>";

inline nlohmann::json at(int offset, int line, int column, int length = 1) {
  return {{"offset", offset}, {"length", length}, {"line", line}, {"column", column}};
}

inline nlohmann::json sample_result() {
  using nlohmann::json;
  const std::string evil = kEvil;
  json t3 = json::object();
  const char* cols[] = {"np", "biz", "research", "ngo", "legal", "other", "total"};
  const int values[] = {2, 0, 0, 0, 0, 0, 3};
  for (int i = 0; i < 7; ++i)
    t3["new"][cols[i]] = {
        {"value", values[i]}, {"raw", std::to_string(values[i])}, {"at", at(100 + 2 * i, 40, 12 + 2 * i)}};
  t3["r5_5"]["np"] = {{"value", 0}, {"raw", "0"}, {"at", at(400, 60, 5)}};
  t3["r6"]["np"] = {
      {"value", 1}, {"raw", "1"}, {"at", at(420, 61, 5)}};  // the 2019 single row, in a 2021 report
  t3["r6_1"]["np"] = {{"value", 0}, {"raw", "0"}, {"at", at(440, 62, 5)}};
  t3["new"]["subtotal"] = {{"value", 2}, {"raw", "2"}, {"at", at(130, 40, 30)}};  // a column the form lacks
  json t4 = {{"rv", {{"keep", {{"value", 1}, {"raw", "1"}, {"at", at(600, 80, 1)}}}}}};
  json report = {{"title", evil + "2023年政府信息公开工作年度报告"},
                 {"agency", "青禾市临溪区数据资源管理局"},
                 {"year", 2023},
                 {"template", "2021"},
                 {"sections",
                  {{{"key", "s1"},
                    {"title", "一、总体情况"},
                    {"at", at(10, 3, 1)},
                    {"text", evil + "\n第二段，\"引号\""}},
                   {{"key", "s3"},
                    {"title", "三、收到和处理政府信息公开申请情况" + evil},
                    {"at", at(90, 30, 1)},
                    {"text", ""}}}},
                 {"tables", {{"t3", t3}, {"t4", t4}}},
                 {"row_labels",
                  {{"t3",
                    {{"new", evil + "一、本年新收政府信息公开申请数量"},
                     {"r6", "（六）其他处理"},
                     {"r5_5", "5.要求行政机关确认或重新出具已获取信息"}}},
                   {"t4", {{"rv", "行政复议"}}}}}};
  json cells = json::array();
  for (int i = 0; i < 6; ++i) cells.push_back(std::string("t3.new.") + cols[i]);
  json diags = json::array();
  diags.push_back({{"rule", "t3-row-total"},
                   {"severity", "error"},
                   {"message", "表三“一、本年新收”行：总计应为各类申请人之和 2，实为 3"},
                   {"cell", "t3.new.total"},
                   {"cells", cells},
                   {"at", at(112, 40, 24)},
                   {"expected", 2},
                   {"found", 3},
                   {"fix", {{"cell", "t3.new.total"}, {"value", 2}}}});
  diags.push_back({{"rule", "t3-blank-total"},
                   {"severity", "warning"},
                   {"message", "提醒：" + evil + "，含\"引号\"\n第二行"},
                   {"cell", "t3.new.np"},
                   {"at", at(100, 40, 12)}});
  diags.push_back({{"rule", "s6-fee"},
                   {"severity", "info"},
                   {"message", "第六部分未提及信息处理费"},
                   {"found", "=cmd|' /C calc'!A0"}});
  return {
      {"file", "年报, \"2023\".txt"},
      {"input", {{"kind", "text"}, {"encoding", "utf-8"}, {"chars", 2000}}},
      {"report", report},
      {"diagnostics", diags},
      {"summary", {{"errors", 1}, {"warnings", 1}, {"infos", 1}, {"checks_run", 10}, {"not_assessable", 0}}}};
}

inline std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

// The opening tag of the element whose attribute list contains `attr` (e.g. data-cell="t3.new.total").
inline std::string tag_with(const std::string& html, const std::string& open, const std::string& attr) {
  for (std::size_t p = html.find(open); p != std::string::npos; p = html.find(open, p + 1)) {
    std::size_t e = html.find('>', p);
    std::string tag = html.substr(p, e - p + 1);
    if (tag.find(attr) != std::string::npos) return tag;
  }
  return "";
}

// The whole element <td ...>...</td> carrying `attr`.
inline std::string td_with(const std::string& html, const std::string& attr) {
  for (std::size_t p = html.find("<td"); p != std::string::npos; p = html.find("<td", p + 1)) {
    std::size_t e = html.find('>', p);
    if (html.substr(p, e - p).find(attr) == std::string::npos) continue;
    return html.substr(p, html.find("</td>", p) + 5 - p);
  }
  return "";
}

}  // namespace nianbao::testing
