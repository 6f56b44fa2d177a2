#pragma once
// Rule catalogue rows: Previous year, publication and later. One row per rule (see rule_def.hpp);
// included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kReservedRules[] = {
    rule("prev-carry-over", Severity::Warning, "all", "previous")
        .title("结转数与上年不衔接", "Carry-over does not match last year")
        .describe("本年表三“二、上年结转政府信息公开申请数量”每一列应等于上一年度报告表三“四、结转下年度继续办理”的同一列（需提供上一年度报告）。", "A8, for each of the 7 columns: this year's carried-in count equals last year's carried-forward count (needs last year's report).")
        .formula("t3.carry_in.c = previous.t3.carry_out.c")
        .example("上年报告“结转下年度继续办理”自然人列 2，本年“上年结转”自然人列 3", "上年报告“结转下年度继续办理”自然人列 2，本年“上年结转”自然人列 2")
        .fix("核对两年的结转数；本年表三若因此不平衡，改正“上年结转”即可。", "Check both years' carry-over; when this year's column also fails to balance, correct 上年结转.")
        .message("{cell}为 {found}，而上一年度报告{last_row}“{column}”列为 {before}：本年的上年结转应等于上年的结转下年度继续办理", "{cell} is {found}, but last year's report carried forward {before} in column \"{column}\"; the two must be equal")
        .text("balances", "{cell}为 {found}，而上一年度报告{last_row}“{column}”列为 {before}：本年的上年结转应等于上年的结转下年度继续办理（改为 {before} 后本列也恰好平衡）", "{cell} is {found}, but last year's report carried forward {before} in column \"{column}\"; the two must be equal (with {before} this column also balances)"),
    rule("prev-valid-roll", Severity::Info, "2021", "previous")
        .title("现行有效件数不衔接", "Valid count does not roll over")
        .describe("表二规章、行政规范性文件：上一年度报告的现行有效件数加本年制发件数减本年废止件数，应等于本年现行有效件数（需提供上一年度报告；两年都是 2021 年格式才能核对；修订、清理和重新分类也会使其不成立，故只作提示）。", "A9, for 规章 and 行政规范性文件: last year's valid + issued − repealed = this year's valid (needs last year's report in the 2021 format; revisions and reclassification also break it, hence info).")
        .formula("previous.t2.X.valid + t2.X.issued - t2.X.repealed = t2.X.valid (X = reg, norm)")
        .example("上年现行有效 10，本年制发 3、废止 1，本年现行有效 15", "上年现行有效 10，本年制发 3、废止 1，本年现行有效 12")
        .fix("核对现行有效件数；如有清理或修订，宜在正文中说明。", "Check the valid counts; explain clean-ups or revisions in the text.")
        .message("{cell}为 {found}，而上一年度报告的现行有效件数 {before} 加本年制发 {issued} 减本年废止 {repealed} 为 {expected}；如有修订、清理或重新分类，宜在正文中说明", "{cell} is {found}, but last year's valid count {before} + issued {issued} − repealed {repealed} = {expected}; explain revisions or clean-ups in the text"),
    rule("prev-duplicate-text", Severity::Warning, "all", "previous")
        .title("内容与上年雷同", "Text copied from last year")
        .describe("把年份和数字替换掉后，“一、总体情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”中超过 80% 的句子与上一年度报告相同（内容雷同）；或“五、存在的主要问题及改进情况”照搬上年。统计期限、信息处理费等格式套话和很短的句子不计。", "After replacing years and numbers, more than 80% of the sentences of sections 一, 五 and 六 equal last year's (内容雷同, FORMAT DU-01), or section 五 is copied (DU-02). Template sentences (the statistics period, the fee statement) and very short ones are left out.")
        .example("本年“五、存在的主要问题及改进情况”与上年只差年份", "本年“五、存在的主要问题及改进情况”写明本年问题和上年问题的整改结果")
        .fix("按本年度实际情况撰写，并说明上年问题的整改情况。", "Write about this year, including how last year's problems were dealt with.")
        .message("{where}的 {copied}/{sentences} 句（{percent}%）替换年份和数字后与上一年度报告相同（内容雷同）。本年：“{this_year}” 上年：“{last_year}”", "{copied} of {sentences} sentences ({percent}%) of {where} equal last year's report once years and figures are replaced (copied text). This year: \"{this_year}\" Last year: \"{last_year}\""),
    rule("prev-identical-tables", Severity::Warning, "all", "previous")
        .title("表格数字与上年相同", "Table identical to last year")
        .describe("表二、表三或表四的每一个数字都与上一年度报告相同（不为 0 的数字至少 3 个），很可能照抄了上年的表格。", "Every value of table 二, 三 or 四 equals last year's, with at least 3 non-zero values (a copied table, FORMAT DU-03).")
        .example("本年表三 175 个数字与上年完全相同", "本年表三的数字与上年不同")
        .fix("填写本年度数据。", "Fill in this year's figures.")
        .message("{table}的全部 {count} 个数字（其中 {nonzero} 个不为 0）与上一年度报告完全相同，很可能沿用了上年的表格", "All {count} values of {table} ({nonzero} of them non-zero) equal last year's report: the table was probably copied"),
    rule("publish-late", Severity::Warning, "all", "publication")
        .title("发布逾期", "Published late")
        .describe("县级以上人民政府部门应在每年1月31日前、县级以上人民政府应在3月31日前公布上一年度的年度报告（条例第四十九条）。发布日期取自报告中的“发布日期/发布时间”或由使用者提供；无法判断是政府还是部门时，只提示两个期限。", "A department's report published after 31 January of Y+1, or a people's government's after 31 March of Y+1 (条例 Art. 49, FORMAT PB-01); the date comes from a 发布日期/发布时间 line or the user. When the kind of body cannot be told, an info gives both deadlines (PB-02).")
        .formula("published <= Y+1-01-31 (department), <= Y+1-03-31 (government)")
        .example("某市生态环境局2023年度报告“发布日期：2024-02-20”", "某市生态环境局2023年度报告“发布日期：2024-01-25”")
        .fix("按期发布；发布日期以政府网站实际发布日期为准。", "Publish on time.")
        .text("government", "本报告于 {published}{source}发布，晚于人民政府年度报告的法定期限 {mar}（条例第四十九条）", "Published on {published}{source}, after the statutory deadline for a people's government's report, {mar} (条例 Art. 49)")
        .text("department", "本报告于 {published}{source}发布，晚于政府部门年度报告的法定期限 {jan}（条例第四十九条）", "Published on {published}{source}, after the statutory deadline for a department's report, {jan} (条例 Art. 49)")
        .text("both-late", "本报告于 {published}{source}发布，晚于政府部门年度报告的法定期限 {jan}（如为人民政府，期限为 {mar}，同样已过）（条例第四十九条）", "Published on {published}{source}, after the statutory deadline for a department's report, {jan} (and after {mar}, a government's) (条例 Art. 49)")
        .text("unknown-body", "本报告于 {published}{source}发布：如为县级以上人民政府部门，已晚于法定期限 {jan}；如为人民政府，期限为 {mar}（条例第四十九条）。无法从名称判断机关类别", "Published on {published}{source}: after {jan}, the deadline for a department's report, before {mar}, a government's (条例 Art. 49); the name does not tell which kind of body this is")
        .text("source-report", "（报告中的发布日期）", " (the report's 发布日期)")
        .text("source-given", "（所提供的发布日期）", " (the date given)"),
    rule("doc-foreign-place", Severity::Warning, "all", "later")
        .title("出现其他地方名称", "Another place named")
        .describe("套话中出现与报告机关不符的行政区划名称（照抄他人报告）。需要行政区划名录，暂未实现。", "Boilerplate names another administrative place than the reporting body (copy-paste, FORMAT D9); needs a gazetteer.")
        .fix("改为本机关名称。", "Use your own body's name.")
        .reserved(),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
