#pragma once
// Rule catalogue rows: Cells: what each value cell holds. One row per rule (see rule_def.hpp);
// included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kCellsRules[] = {
    rule("cell-not-number", Severity::Error, "all", "cells")
        .title("格中不是数字", "Cell is not a number")
        .describe("表格的数字格中填写了既不是数字、也不是“/”“—”“无”等占位符的文字。", "A numeric cell holds text that is not a number or an accepted placeholder.")
        .example("表三“（一）予以公开”行“自然人”列为“见附件”", "为“12”")
        .fix("填写数字。", "Write a number.")
        .message("{cell}填写的“{raw}”不是数字", "{cell} holds \"{raw}\", not a number"),
    rule("cell-out-of-range", Severity::Error, "all", "cells")
        .added_because("numbers beyond exact checking (FORMAT has no bound; Decimal keeps 12 integer digits, 6 decimals, 15 significant) must be said as such, never wrapped or read as text")
        .title("数字超出可核对范围", "Number out of range")
        .describe("格中写的是数字，但超出可精确核对的范围：整数部分超过 12 位（一万亿及以上）、小数超过 6 位，或有效数字超过 15 位（电子表格也只保留 15 位）。此格不参与计算，涉及它的勾稽关系无法核对。", "A numeric cell holds a number beyond what is checked exactly: more than 12 digits before the point (10^12 or more), more than 6 decimal places, or more than 15 significant digits (what a spreadsheet keeps). The cell takes part in no sum; the relations that use it are not assessed.")
        .formula("|cell| < 10^12, at most 6 decimals, at most 15 significant digits")
        .example("表三“一、本年新收政府信息公开申请数量”行“总计”列为“12345678901234”", "为“37”")
        .fix("核对是否多打了数字或粘连了相邻的格。", "Check for extra digits or neighbouring cells run together.")
        .message("{cell}填写的“{raw}”{why}，超出可精确核对的范围，涉及此格的勾稽关系无法核对；请核对是否多打了数字", "{cell} holds \"{raw}\", {why}: beyond what can be checked exactly, so the relations that use it are not assessed; check for extra digits")
        .text("too-many-digits", "整数部分超过 {n} 位（一万亿及以上）", "more than {n} digits before the decimal point (10^12 or more)")
        .text("too-many-decimals", "小数超过 {n} 位", "more than {n} decimal places")
        .text("too-precise", "有效数字超过 {n} 位", "more than {n} significant digits"),
    rule("cell-placeholder", Severity::Info, "all", "cells")
        .title("以符号代替 0", "Placeholder instead of 0")
        .describe("格中填写“/”“—”“无”等符号而不是 0；计算时按 0 处理，每张表只提示一次。", "A cell holds \"/\", \"—\", \"无\" or similar instead of 0 (read as 0, listed once per table).")
        .example("表四“行政复议”“结果纠正”列为“/”", "为“0”")
        .fix("没有数据时填 0。", "Write 0 when there is nothing.")
        .message("{table}有 {count} 个格填写符号而非数字（按 0 计算）：{cells}；宜填 0", "{table} has {count} cell(s) holding a placeholder such as \"/\" instead of 0, read as 0: {cells}; write 0 instead")
        .text("item", "{cell}（{raw}）", "{cell}")
        .text("more", "{cells}等", "{cells} and {more} more"),
    rule("cell-blank", Severity::Info, "all", "cells")
        .title("空格", "Blank cells")
        .describe("格中未填写任何内容；计算时按 0 处理，每张表只提示一次并列出这些格。", "Blank cells instead of 0 (read as 0, listed once per table).")
        .example("表三“法人或其他组织”各列均为空", "均填“0”")
        .fix("没有数据时填 0。", "Write 0 when there is nothing.")
        .message("{table}有 {count} 个空格（按 0 计算）：{cells}；没有数据时宜填 0", "{table} has {count} blank cell(s), read as 0: {cells}; write 0 instead")
        .text("item", "{cell}", "{cell}")
        .text("more", "{cells}等", "{cells} and {more} more"),
    rule("cell-negative", Severity::Error, "all", "cells")
        .title("负数", "Negative count")
        .describe("件数、数量不能为负数（2019 年格式表二的“本年增/减”列除外）。", "A count is negative (except the 2019 column 本年增/减).")
        .formula("cell >= 0")
        .example("表四“行政复议”“总计”列为“-1”", "为“1”")
        .fix("改正数字。", "Correct the number.")
        .message("{cell}为负数 {value}，件数不能为负", "{cell} is negative ({value}); a count cannot be negative"),
    rule("cell-not-integer", Severity::Error, "all", "cells")
        .title("件数有小数", "Count with a fraction")
        .describe("件数应为整数；只有表二的收费金额（万元）可以有小数。", "A count has a fractional part (only the fee in 万元 may).")
        .formula("cell is an integer (except t2.fee.amount)")
        .example("表三“一、本年新收政府信息公开申请数量”行“自然人”列为“2.5”", "为“3”")
        .fix("改为整数。", "Use a whole number.")
        .message("{cell}为 {value}，件数应为整数", "{cell} is {value}; a count must be a whole number"),
    rule("fee-unit", Severity::Warning, "2021", "cells")
        .title("收费金额单位不对", "Fee not in 万元")
        .describe("表二“行政事业性收费”的“本年收费金额（单位：万元）”以万元为单位；格中写了“元”等其他单位，或无法读作金额。", "The fee cell carries a unit other than 万元 (e.g. \"元\") or cannot be read.")
        .formula("unit(t2.fee.amount) = 万元")
        .official("本年收费金额（单位：万元）")
        .example("表二“行政事业性收费”为“3940元”", "为“0.394”")
        .fix("换算为万元，只填数字。", "Convert to 万元 and write the number only.")
        .text("not-an-amount", "{cell}填写的“{raw}”无法读作金额；请填写以万元为单位的数字", "{cell} holds \"{raw}\", which is not an amount; write a number in 万元")
        .message("{cell}以“{unit}”为单位（{raw}），而格式规定单位为万元；请换算为万元后填写", "{cell} is given in {unit} ({raw}), but the format's unit is 万元 (10,000 yuan); convert it"),
    rule("fee-scale", Severity::Warning, "2021", "cells")
        .title("收费金额数量级不符", "Fee amount off by a scale")
        .describe("正文中以元（或万元）说明的行政事业性收费金额与表二以万元填写的金额不符，或表中金额超过 100 亿元（很可能以元填写）。（信息处理费是另一项费用，不与此格比较。）", "The prose states the 行政事业性收费 amount in 元 (or 万元) with a figure that differs from the table's 万元 amount, or the table amount is 100 亿元 or more (probably written in 元).")
        .formula("prose amount / 10000 = t2.fee.amount (元); prose amount = t2.fee.amount (万元)")
        .official("本年收费金额（单位：万元）")
        .example("正文“收取行政事业性收费 39400 元”，表二为 39400", "正文“收取行政事业性收费 39400 元”，表二为 3.94")
        .fix("核对金额和单位，表中以万元填写。", "Check the amount and its unit; the table is in 万元.")
        .text("too-large", "{cell}为 {value} 万元（即 100 亿元以上），很可能是以元为单位填写的；请换算为万元", "{cell} is {value} 万元 (over 10 billion yuan): probably written in yuan; convert it to 万元")
        .message("正文称行政事业性收费“{written}”（合 {prose} 万元），与{cell}的 {value} 万元不符；请核对金额和单位", "The text gives 行政事业性收费 (administrative fees) as {written} ({prose} 万元), but {cell} says {value} 万元; check the amount and its unit"),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
