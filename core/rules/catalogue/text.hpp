#pragma once
// Rule catalogue rows: Text against tables. One row per rule (see rule_def.hpp);
// included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kTextRules[] = {
    rule("text-applications", Severity::Warning, "all", "text")
        .title("正文申请数与表三不符", "Applications in the text differ from table 3")
        .describe("正文所称收到或受理政府信息公开申请的件数（如“受理政府信息公开申请17件”，含中文数字）与表三“一、本年新收政府信息公开申请数量”的总计不一致；正文写明含上年结转时，与新收加上年结转之和比较。", "The number of disclosure requests the text says were received (\"受理政府信息公开申请17件\", Chinese numerals included) differs from table 3 \"new requests\", total column; when the text says it includes last year's carry-over, it is compared with new + carried over.")
        .formula("N(text) = t3.new.total, or N(text) = t3.new.total + t3.carry_in.total")
        .example("正文：受理政府信息公开申请17件；表三 一、本年新收 总计 95", "正文：受理政府信息公开申请95件；表三 一、本年新收 总计 95")
        .fix("核对正文与表格，改正写错的一方；若正文只涉及本机关而表格为全辖区数据，请在正文中说明口径。", "Check the text against the table and correct whichever is wrong; if the text covers only the office while the table covers the whole area, say so in the text.")
        .uses_shared("text-vs-table"),
    rule("text-handled", Severity::Warning, "all", "text")
        .title("正文办结数与表三不符", "Requests handled in the text differ from table 3")
        .describe("正文所称办结或答复的件数（如“办结/答复N件”）与表三“（七）总计”的总计不一致。", "The number of requests the text says were answered or closed (办结/答复 N 件) differs from table 3 \"(7) total\".")
        .formula("N(text) = t3.r7.total")
        .example("正文：答复 30 件；表三（七）总计 32", "正文：答复 32 件；表三（七）总计 32")
        .fix("核对正文与表格，改正写错的一方；若正文只涉及本机关而表格为全辖区数据，请在正文中说明口径。", "Check the text against the table and correct whichever is wrong; if the text covers only the office while the table covers the whole area, say so in the text.")
        .uses_shared("text-vs-table"),
    rule("text-outcome-count", Severity::Warning, "all", "text")
        .title("正文办理结果数与表三不符", "Outcome counts in the text differ from table 3")
        .describe("正文所称予以公开、部分公开、不予公开、无法提供、不予处理、其他处理的件数与表三相应行（含各子项之和）不一致；“予以公开及部分公开”与（一）（二）之和比较。", "A count of 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理 in the text differs from the matching row of table 3 (the sum of its sub-rows for (3)–(6)); \"予以公开及部分公开\" is compared with (1) + (2).")
        .formula("予以公开 = t3.r1.total; 部分公开 = t3.r2.total; 不予公开 = Σ t3.r3_*.total; 无法提供 = Σ t3.r4_*.total; 不予处理 = Σ t3.r5_*.total; 其他处理 = Σ t3.r6_*.total (or t3.r6.total)")
        .example("正文：无法提供265件；表三（四）无法提供各项之和 337", "正文：无法提供337件；表三（四）无法提供各项之和 337")
        .fix("核对正文与表格，改正写错的一方；若正文只涉及本机关而表格为全辖区数据，请在正文中说明口径。", "Check the text against the table and correct whichever is wrong; if the text covers only the office while the table covers the whole area, say so in the text.")
        .uses_shared("text-vs-table"),
    rule("text-percentage", Severity::Info, "all", "text")
        .title("正文百分比与表三不符", "Percentage in the text differs from table 3")
        .describe("正文中紧随某类办理结果件数的占比（如“予以公开40件，占40%”）与该类件数除以表三“（七）总计”相差超过0.1个百分点。", "A share written after an outcome count (\"予以公开40件，占40%\") differs by more than 0.1 percentage point from that count divided by table 3 \"(7) total\".")
        .formula("X% = count / t3.r7.total × 100 (± 0.1)")
        .example("正文：予以公开40件，占40%；表三（七）总计 80", "正文：予以公开40件，占50%；表三（七）总计 80")
        .fix("按表三数据重新计算百分比。", "Recompute the percentage from table 3.")
        .message("正文称“{quote}”，但按{count_name}（{count}）除以{total_name}（{total}）计算应为 {expected}%", "The text says \"{quote}\" ({found}%), but {count_name} ({count}) divided by {total_name} ({total}) is {expected}%"),
    rule("text-carry-out", Severity::Warning, "all", "text")
        .title("正文结转数与表三不符", "Carry-over in the text differs from table 3")
        .describe("正文所称结转或顺延至下年度办理的件数与表三“四、结转下年度继续办理”的总计不一致。", "The number of requests the text says were carried over to next year (结转/顺延至下年度) differs from table 3 \"carried over to next year\".")
        .formula("N(text) = t3.carry_out.total")
        .example("正文：结转下年度办理5件；表三 四、结转下年度继续办理 总计 3", "正文：另有3件顺延到下年度答复；表三 四、结转下年度继续办理 总计 3")
        .fix("核对正文与表格，改正写错的一方；若正文只涉及本机关而表格为全辖区数据，请在正文中说明口径。", "Check the text against the table and correct whichever is wrong; if the text covers only the office while the table covers the whole area, say so in the text.")
        .uses_shared("text-vs-table"),
    rule("text-review-litigation", Severity::Warning, "all", "text")
        .title("正文复议诉讼情况与表四不符", "Reviews and lawsuits in the text differ from table 4")
        .describe("正文所称行政复议、行政诉讼件数（及其中维持、纠正、其他结果、尚未审结的件数）与表四不一致；正文称未发生复议、诉讼而表四有案件；正文称均获维持、零败诉而表四有结果纠正或尚未审结的案件。", "Counts of administrative reviews and lawsuits in the text (and their upheld / corrected / other / pending parts) differ from table 4; the text says there were none while table 4 has cases; or the text says all were upheld (均获维持, 零败诉) while table 4 has corrected or pending cases.")
        .formula("行政复议 = t4.rv.total; 行政诉讼 = t4.ld.total + t4.lr.total; none ⇒ totals = 0; all upheld ⇒ fix = pending = 0")
        .example("正文：未发生政府信息公开行政复议、行政诉讼案件；表四 行政复议 总计 2", "正文：政府信息公开行政复议2件；表四 行政复议 总计 2")
        .fix("核对正文与表格，改正写错的一方；若正文只涉及本机关而表格为全辖区数据，请在正文中说明口径。", "Check the text against the table and correct whichever is wrong; if the text covers only the office while the table covers the whole area, say so in the text.")
        .uses_shared("text-vs-table")
        .text("none-review", "正文称“{quote}”，但表四记载行政复议案件共 {cases} 件", "The text says \"{quote}\" (no cases), but table 4 records {cases} case(s)")
        .text("none-lawsuit", "正文称“{quote}”，但表四记载行政诉讼案件共 {cases} 件", "The text says \"{quote}\" (no cases), but table 4 records {cases} case(s)")
        .text("none-both", "正文称“{quote}”，但表四记载行政复议、行政诉讼案件共 {cases} 件", "The text says \"{quote}\" (no cases), but table 4 records {cases} case(s)")
        .text("upheld-pending", "正文称“{quote}”，但表四“结果纠正”或“尚未审结”共有 {cases} 件", "The text says \"{quote}\", but table 4 records {cases} case(s) corrected or still pending")
        .text("upheld", "正文称“{quote}”，但表四“结果纠正”共有 {cases} 件", "The text says \"{quote}\", but table 4 records {cases} case(s) corrected"),
    rule("text-norm-issued", Severity::Warning, "2021", "text")
        .title("正文制发规范性文件数与表二不符", "Normative documents issued in the text differ from table 2")
        .describe("正文所称本年制发（出台、印发）行政规范性文件的件数与表二“行政规范性文件”行“本年制发件数”不一致。", "The number of normative documents the text says were issued (制发/出台/印发 行政规范性文件 N 件) differs from table 2, row 行政规范性文件, column 本年制发件数.")
        .formula("N(text) = t2.norm.issued")
        .example("正文：制发行政规范性文件3件；表二 行政规范性文件 本年制发件数 1", "正文：制发行政规范性文件1件；表二 行政规范性文件 本年制发件数 1")
        .fix("核对正文与表格，改正写错的一方；若正文只涉及本机关而表格为全辖区数据，请在正文中说明口径。", "Check the text against the table and correct whichever is wrong; if the text covers only the office while the table covers the whole area, say so in the text.")
        .uses_shared("text-vs-table"),
    rule("text-self-contradiction", Severity::Warning, "all", "text")
        .title("正文前后数字矛盾", "The text contradicts itself")
        .describe("正文两处以相同说法（相同动词、对象、单位和主语）给出同一数量，但数字不同，如先称“主动公开政府信息20条”，后称“主动公开政府信息16条”。约数、其中的分项、累计数和不同主语的说法不比较。", "The same quantity, stated with the same words (verb, object, unit and subject), has different numbers in two places, e.g. \"主动公开政府信息20条\" then \"主动公开政府信息16条\". Approximate numbers, parts after 其中, cumulative figures and statements about other bodies are not compared.")
        .example("正文：主动公开政府信息20条……主动公开政府信息16条", "正文：主动公开政府信息20条……主动公开政府信息20条")
        .fix("统一正文中同一数量的数字。", "Make the text give one number for one quantity.")
        .message("正文前后不一致：先称“{first}”，后称“{later}”", "The text contradicts itself: first \"{first}\" ({first_value}), later \"{later}\" ({later_value})"),
    rule("text-zero-disclosed", Severity::Info, "all", "text")
        .title("正文称主动公开信息为零", "The text claims nothing was proactively disclosed")
        .describe("正文称本年度主动公开政府信息0条。年度报告本身就是主动公开的政府信息，此说法不合常理。", "The text says 0 items of government information were proactively disclosed in the year, which is implausible: the annual report itself is proactively disclosed.")
        .example("正文：主动公开政府信息0条", "正文：主动公开政府信息126条")
        .fix("核实并填写本年度实际主动公开的信息条数。", "Check and state the number of items actually disclosed.")
        .message("正文称“{quote}”：本年度主动公开政府信息为 0 不合常理（年度报告本身即为主动公开的信息），请核实", "The text says \"{quote}\": no information proactively disclosed in a whole year is implausible (the annual report itself is proactively disclosed); please check"),
    rule("text-term", Severity::Info, "all", "text")
        .title("规范用语写错", "Misspelt official term")
        .describe("正文中有规范用语的错写，如“行政性事业收费”（应为“行政事业性收费”）、“其他法律行政止公开”（应为“其他法律行政法规禁止公开”）。表格行标签的错写由 label-nonstandard 报告。", "The text misspells an official term, e.g. 行政性事业收费 for 行政事业性收费, 其他法律行政止公开 for 其他法律行政法规禁止公开. Misspelt table labels are reported by label-nonstandard.")
        .official("行政事业性收费；其他法律行政法规禁止公开")
        .example("行政性事业收费", "行政事业性收费")
        .fix("改用规范用语。", "Use the official term.")
        .message("正文写作“{wrong}”，规范用语为“{right}”", "The text writes \"{wrong}\"; the official term is \"{right}\""),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
