#pragma once
// Rule catalogue rows: Arithmetic (勾稽关系); the relations themselves are data in
// core/template/relations.cpp. One row per rule (see rule_def.hpp); included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kArithmeticRules[] = {
    rule("t3-balance", Severity::Error, "all", "arithmetic")
        .title("表三各列收支不平衡", "Table 3 column does not balance")
        .describe("表三表头印明的勾稽关系：每一列“一、本年新收”加“二、上年结转”，等于“（七）总计”加“四、结转下年度继续办理”。七列（自然人……总计）分别核对。", "A1, for each of the 7 columns: new + carried in = results total + carried forward (the rule printed in the table).")
        .official("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        .example("“自然人”列：本年新收 10 + 上年结转 2 = 12，总计 9 + 结转下年度 1 = 10", "“自然人”列：本年新收 10 + 上年结转 2 = 12，总计 11 + 结转下年度 1 = 12")
        .fix("核对该列四个数字；若同时有其他关系不成立，按提示改正被指出的格。", "Check the four numbers of the column; when other relations fail too, correct the cell named as the likely mistake.")
        .message("表三“{column}”列：第一项加第二项之和 {lhs}（本年新收 {new} + 上年结转 {carry_in}），不等于第三项加第四项之和 {rhs}（办理结果总计 {r7} + 结转下年度 {carry_out}）", "Table 3, column \"{column}\": new + carried in = {lhs}, but results total + carried forward = {rhs} (the rule printed in the table requires them equal)"),
    rule("t3-results-total", Severity::Error, "all", "arithmetic")
        .title("表三办理结果总计不符", "Table 3 results total wrong")
        .describe("表三“（七）总计”应等于各项办理结果之和：（一）予以公开、（二）部分公开、（三）不予公开 1–8、（四）无法提供 1–3、（五）不予处理 1–5、（六）其他处理 1–3（2019 年格式为一行）。每列分别核对。", "A2, for each column: （七）总计 = the sum of all result rows (2019 format: the single row （六）其他处理).")
        .example("“总计”列：各项结果之和 12，（七）总计填 13", "各项结果之和 12，（七）总计填 12")
        .fix("重新加总办理结果各行。", "Add up the result rows again.")
        .message("{cell}：应为各项办理结果之和 {expected}，实为 {found}", "{cell}: should be the sum of the results, {expected}, found {found}"),
    rule("t3-row-total", Severity::Error, "all", "arithmetic")
        .title("表三行总计不符", "Table 3 row total wrong")
        .describe("表三每一行的“总计”应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和（含格式外的行）。", "A3, for each data row: total = the sum of the six applicant columns.")
        .example("“一、本年新收”行：自然人 2、其他各列 0，总计 3", "总计 2")
        .fix("重新加总该行。", "Add up the row again.")
        .message("{row}：总计应为各类申请人之和 {expected}，实为 {found}", "{row}: the total should be the sum of the applicant columns, {expected}, found {found}"),
    rule("t3-total-blank", Severity::Warning, "all", "arithmetic")
        .title("表三总计留空", "Table 3 total left blank")
        .describe("表三的“总计”格为空，而其组成数字不为 0。核对其他勾稽关系时，空的总计按其组成数字之和计算（既不使这些关系失效，也不误报）；该和即应填写的数。", "A 总计 cell is blank while its components are non-zero. In every other relation the blank total stands for the sum of its parts (so it neither switches them off nor breaks them); that sum is the value to fill in.")
        .formula("t3.row.total blank => t3.row.np + … + t3.row.other = 0")
        .example("“（一）予以公开”行：自然人 5，总计空", "总计 5")
        .fix("填写总计。", "Fill in the total.")
        .message("{cell}为空，而其组成数字之和为 {sum}：请填写总计 {sum}（其他勾稽关系按此和核对）", "{cell} is blank although its parts sum to {sum}: fill in {sum} (the other relations are checked with that sum)"),
    rule("t4-total", Severity::Error, "all", "arithmetic")
        .title("表四总计不符", "Table 4 total wrong")
        .describe("表四行政复议、未经复议直接起诉、复议后起诉三组，每组“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和（总计包含尚未审结）。", "A4–A6: total = upheld + corrected + other + pending, for 复议, 直接起诉 and 复议后起诉.")
        .example("行政复议：维持 10、纠正 1、其他 0、未审结 0，总计 0", "总计 11")
        .fix("重新加总，总计包含尚未审结。", "Add up again; the total includes pending cases.")
        .message("{row}：总计应为结果维持、结果纠正、其他结果、尚未审结之和 {expected}，实为 {found}", "Table 4, {row}: the total should be upheld + corrected + other + pending = {expected}, found {found}"),
    rule("t2-rules-power", Severity::Warning, "all", "arithmetic")
        .title("无规章制定权却填了规章", "规章 from a body that cannot make them")
        .describe("只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府可以制定规章；乡镇、街道、县（区）及县级部门填写的规章数字不为 0，多半是把行政规范性文件填到了规章行。", "规章 reported by a body that cannot make 规章 (township, street office, county or district, county department).")
        .formula("t2.reg.* = 0 for bodies below the rule-making level")
        .example("某镇人民政府表二“规章”行：本年制发 2、本年废止 0、现行有效 2", "“规章”行均为 0，文件计入“行政规范性文件”行")
        .fix("把文件移到“行政规范性文件”行，规章行填 0。", "Move the documents to the 行政规范性文件 row and write 0 for 规章.")
        .message("{row}填有数字（{cell}为 {value}），但“{agency}”没有制定规章的权限（只有国务院部门和省、设区的市、自治州人民政府可以制定规章）；行政规范性文件应填在“行政规范性文件”行", "Table 2, row \"规章\" (regulations) is not zero, but \"{agency}\" cannot make 规章 (only State Council departments and the governments of provinces and cities with districts can); normative documents belong in the next row"),
    rule("t2-valid-below-issued", Severity::Warning, "2021", "arithmetic")
        .title("现行有效件数过小", "Valid count below issued minus repealed")
        .describe("“现行有效件数”小于“本年制发件数”减“本年废止件数”：按此推算，上一年的现行有效件数为负数，不可能。规章和行政规范性文件分别核对。", "现行有效件数 < 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件 (last year's valid count would be negative).")
        .formula("t2.X.valid >= t2.X.issued - t2.X.repealed (X = reg, norm)")
        .example("行政规范性文件：本年制发 5、本年废止 0、现行有效 3", "本年制发 5、本年废止 0、现行有效 12")
        .fix("核对现行有效件数（应包括往年制发、仍然有效的文件）。", "Check the valid count (it includes earlier documents still in force).")
        .message("{cell}为 {found}，小于本年制发件数减本年废止件数 {least}（{issued} − {repealed}），上年现行有效件数将为负数", "{cell} is {found}, less than issued − repealed = {least}: last year's valid count would be negative"),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
