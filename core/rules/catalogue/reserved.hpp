#pragma once
// Rule catalogue rows: Previous year, publication and later. One row per rule (see rule_def.hpp);
// included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kReservedRules[] = {
    rule("prev-carry-over", Severity::Warning, "all", "previous")
        .title("结转数与上年不衔接", "Carry-over does not match last year")
        .describe("本年“二、上年结转”应等于上一年报告的“四、结转下年度继续办理”（需提供上一年报告）。", "A8: this year's carried-in count differs from last year's carried-forward count (needs last year's report).")
        .formula("t3.carry_in.c = previous.t3.carry_out.c")
        .fix("核对两年的结转数。", "Check both years' carry-over.")
        .reserved(),
    rule("prev-valid-roll", Severity::Info, "2021", "previous")
        .title("现行有效件数不衔接", "Valid count does not roll over")
        .describe("上年现行有效件数加本年制发减本年废止，不等于本年现行有效件数（需提供上一年报告；修订和重新分类会使其不成立）。", "A9: last year's valid + issued − repealed ≠ this year's valid (needs last year's report).")
        .formula("previous.t2.X.valid + t2.X.issued - t2.X.repealed = t2.X.valid")
        .fix("核对现行有效件数。", "Check the valid counts.")
        .reserved(),
    rule("prev-duplicate-text", Severity::Warning, "all", "previous")
        .title("内容与上年雷同", "Text copied from last year")
        .describe("与上一年报告相比，替换年份后大段文字相同（内容雷同），或“五、存在的主要问题及改进情况”照搬上年。", "Paragraphs identical to last year's after replacing the years (内容雷同); section 五 copied.")
        .fix("按本年度实际情况撰写。", "Write about this year.")
        .reserved(),
    rule("prev-identical-tables", Severity::Warning, "all", "previous")
        .title("表格数字与上年相同", "Tables identical to last year")
        .describe("表格中的所有数字与上一年报告完全相同。", "Every table value is identical to last year's.")
        .fix("填写本年度数据。", "Fill in this year's figures.")
        .reserved(),
    rule("publish-late", Severity::Warning, "all", "publication")
        .title("发布逾期", "Published late")
        .describe("县级以上人民政府部门应在每年1月31日前、人民政府应在3月31日前公布上一年度报告（条例第四十九条）。需要发布日期。", "Department report after 31 January of Y+1, government report after 31 March of Y+1 (条例 Art. 49).")
        .fix("按期发布。", "Publish on time.")
        .reserved(),
    rule("doc-foreign-place", Severity::Warning, "all", "later")
        .title("出现其他地方名称", "Another place named")
        .describe("套话中出现与报告机关不符的行政区划名称（照抄他人报告）。需要行政区划名录，暂未实现。", "Boilerplate names another administrative place than the reporting body (copy-paste, FORMAT D9); needs a gazetteer.")
        .fix("改为本机关名称。", "Use your own body's name.")
        .reserved(),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
