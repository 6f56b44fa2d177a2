#pragma once
// Rule catalogue rows: Structure: sections, tables, rows, columns, labels, what sections must say. One row
// per rule (see rule_def.hpp); included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kStructureRules[] = {
    rule("section-missing", Severity::Error, "all", "structure")
        .title("缺少部分", "Section missing")
        .describe("年度报告应有六个部分：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项。缺少其中之一（同义标题视为存在）。", "One of the six sections 一…六 is absent (the synonym headings of FORMAT V2 count as present).")
        .formula("s1..s6 present")
        .example("报告没有“六、其他需要报告的事项”", "六个部分齐全")
        .fix("补上缺少的部分；没有内容时也应保留标题并说明情况。", "Add the missing section; keep the heading even when there is little to say.")
        .message("缺少第{numeral}部分“{heading}”", "Section {numeral} \"{heading}\" is missing"),
    rule("section-order", Severity::Warning, "all", "structure")
        .title("部分顺序或编号有误", "Sections out of order or misnumbered")
        .describe("六个部分未按一至六排列，或编号与内容不符（如“三、主动公开政府信息情况”）。", "Sections are out of order, or a heading's numeral does not match its content (e.g. 三、主动公开政府信息情况).")
        .formula("s1.order < s2.order < … < s6.order; numeral(sK) = K")
        .example("“三、主动公开政府信息情况”", "“二、主动公开政府信息情况”")
        .fix("按格式顺序排列并改正编号。", "Put the sections in the official order and fix the numbering.")
        .message("标题“{heading}”{why}；六个部分应按一至六的顺序排列", "Heading \"{heading}\" is {why}; the six sections go in order 一 to 六")
        .text("misnumbered", "编号为“{numeral}”，应为“{expected}”", "numbered {numeral} instead of {expected}")
        .text("early", "排在“{after}”之后", "placed after \"{after}\"")
        .text("misnumbered-early", "编号为“{numeral}”，应为“{expected}”，且排在“{after}”之后", "numbered {numeral} instead of {expected}, and placed after \"{after}\""),
    rule("section-title", Severity::Info, "all", "structure")
        .title("标题措辞不同", "Heading wording differs")
        .describe("部分标题与格式规定的措辞不同，但属于常见同义写法（如“五、存在的主要问题及整改措施”）。", "A section heading differs from the official wording but is an accepted synonym.")
        .example("“五、存在的主要问题及整改措施”", "“五、存在的主要问题及改进情况”")
        .fix("宜采用格式规定的标题。", "Prefer the official heading.")
        .message("标题“{heading}”与格式规定的“{official}”措辞不同（已按同义标题识别）", "Heading \"{heading}\" differs from the official \"{official}\" (accepted as a synonym)"),
    rule("overview-area-missing", Severity::Warning, "2021", "structure")
        .title("总体情况缺少方面", "Overview misses an area")
        .describe("“总体情况”应从主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面概述，报告未涉及其中某一方面。", "Section 一 does not cover one of 主动公开 / 依申请公开 / 政府信息管理 / 平台建设 / 监督保障.")
        .example("“总体情况”只写了主动公开和依申请公开", "“总体情况”下分（一）主动公开 （二）依申请公开 （三）政府信息管理 （四）平台建设 （五）监督保障")
        .fix("按五个方面分别概述。", "Cover the five areas, ideally as sub-headings.")
        .message("“总体情况”未涉及：{missing}（格式要求从主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五方面概述）", "Section 一 (overview) does not cover: {missing} (the format asks for five areas: proactive disclosure, disclosure on request, information management, platforms, supervision)"),
    rule("government-accountability-missing", Severity::Warning, "all", "structure")
        .title("未说明考核评议和责任追究", "Assessment and accountability not reported")
        .describe("人民政府（不含其办公室和部门）的年度报告应说明工作考核、社会评议和责任追究结果情况（条例第五十条第四项）。", "A people's government report must mention 工作考核, 社会评议 and 责任追究 (Art. 50(四)).")
        .example("某区人民政府的报告未提及工作考核、社会评议、责任追究", "“监督保障”中写明“将政务公开纳入绩效考核……开展社会评议……本年度未发生责任追究情况”")
        .fix("在“监督保障”中写明工作考核、社会评议和责任追究结果（没有责任追究也应写明）。", "State the results of assessment, public evaluation and accountability under 监督保障 (say so when there were none).")
        .message("人民政府的年度报告应说明工作考核、社会评议和责任追究结果情况（条例第五十条），本报告未提及：{missing}", "A people's government report must state the results of assessment, public evaluation and accountability (Art. 50); not mentioned: {missing}"),
    rule("table-missing", Severity::Error, "all", "structure")
        .title("缺少表格", "Table missing")
        .describe("第二、三、四部分下应有表二、表三、表四；未找到表格，或只有标题（常见于以图片发布的表格）。", "Table 二, 三 or 四 is absent under its heading, or only an image.")
        .example("“三、收到和处理政府信息公开申请情况”下只有一张图片", "表三以文字表格发布")
        .fix("以文字表格发布，不要用图片。", "Publish the tables as text tables, not images.")
        .text("image", "{table}只有标题，没有可读的表格行（可能以图片发布）", "{table} has no readable rows (published as an image?)")
        .text("absent", "未找到{table}", "{table} was not found")
        .text("absent-under-heading", "未找到{table}（“{heading}”下没有表格，可能以图片发布）", "{table} was not found under its heading (published as an image?)"),
    rule("row-missing", Severity::Error, "all", "structure")
        .title("缺少表格行", "Row missing")
        .describe("表格缺少格式规定的某一行（如表三 2021 年格式的 25 个数据行之一）。", "A row of a table is absent (e.g. one of the 25 data rows of table 三 in the 2021 format).")
        .example("表三没有“8.属于行政查询事项”行", "表三 25 行齐全")
        .fix("按格式补上该行，没有数据填 0。", "Add the row; write 0 when there is nothing.")
        .message("{table}缺少“{row}”行", "{table} lacks the row \"{official}\" ({official_en})"),
    rule("rows-aligned-by-order", Severity::Info, "all", "structure")
        .title("数字行按格式行序对齐", "Number rows aligned by the format's row order")
        .describe("表格的行标签与数字行分开排列（其他工具从 PDF 转出的文字常见：标签列整列在前、数字行整列在后，或标签丢失）。格式规定了每一行的顺序，因此按行序把数字行对齐到各行，而不是报告缺少表格行；请对照原件核对。", "The row labels of a table stand apart from its rows of numbers (common in text other tools extract from PDFs: the label column first, then the number rows, or the labels lost). The format fixes the order of every row, so the number rows were aligned to the rows by that order instead of reporting rows missing; check against the original.")
        .example("表三的 25 个行标签之后才是 25 行数字", "每行标签与其数字在同一行")
        .fix("核对对齐结果；发布时让每行标签与数字在同一行。", "Check the aligned rows; publish each label on the same line as its numbers.")
        .message("{table}的行标签与数字分开排列，已按格式规定的行序对齐 {count} 行数字，请核对", "{table}: the row labels stand apart from the numbers; {count} rows of numbers were aligned by the format's row order — please check")
        .added_because("issue 13: text from other converters separates row labels from their numbers; the official forms fix the row order, so the rows are aligned by order rather than reported missing, and the reader must say so"),
    rule("column-missing", Severity::Error, "all", "structure")
        .title("缺少表格列", "Column missing")
        .describe("表格缺少某一列，或几列合并为一列（如把“法人或其他组织”作为一列，未分商业企业、科研机构、社会公益组织、法律服务机构、其他）。", "A column is absent or collapsed (e.g. 法人或其他组织 as one column).")
        .example("表三只有“自然人 / 法人或其他组织 / 总计”三列", "表三有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计七列")
        .fix("按格式分列填写。", "Use the seven columns of the format.")
        .message("{table}缺少“{column}”列", "{table} lacks the column \"{column}\" ({column_en})")
        .text("collapsed", "{table}缺少“{column}”列（法人或其他组织应分为商业企业、科研机构、社会公益组织、法律服务机构、其他五列）", "{table} lacks the column \"{column}\" ({column_en})"),
    rule("label-unknown", Severity::Warning, "all", "structure")
        .title("格式外的行或列", "Row or column not in the format")
        .describe("表格中有格式没有的行或列（如“其他主动公开文件”、小计行）。这些行不会被忽略：其数字单独列出，不计入格式规定的各项之和。", "A row or column label that is not in the template (extra rows are listed, not silently dropped).")
        .example("表二“第二十条第（一）项”下多出“其他主动公开文件”行", "表二只有格式规定的行")
        .fix("删除格式外的行或列，或将其内容移到正文中说明。", "Remove the extra row or column, or explain it in the text.")
        .text("row", "{table}中的“{label}”行不是格式规定的行（其数字未计入勾稽关系的各项之和）", "{table} has a row \"{label}\" that the format does not have (its numbers are not part of the official sums)")
        .text("column", "{table}中的“{label}”列不是格式规定的列", "{table} has a column \"{label}\" that the format does not have"),
    rule("label-nonstandard", Severity::Info, "all", "structure")
        .title("标签写法不规范", "Non-standard label")
        .describe("行标签与格式规定的文字不同，但能认出是哪一行：只差括号内的说明、标点或分隔符，使用了 2019 年格式的旧名称（如“规范性文件”），或有错字（如“2.其他法律行政止公开”）。", "A label differs from the official text only in notes, brackets or separators, uses the 2019 name (e.g. 规范性文件) or has a typo (e.g. 2.其他法律行政止公开); the row is still recognised.")
        .example("表三“2.其他法律行政止公开”", "表三“2.其他法律行政法规禁止公开”")
        .fix("使用格式规定的文字。标签写在一行、与读到的文字一字不差时，结果带有确定的修正（用格式规定的文字替换该处，不动任何单元格），网页上可一键修正或随“修正全部确定项”一并修正；标签跨行书写、被拆开或经过归并时不提供，请手工改正。", "Use the official label. When the label stands on one line exactly as it was read, the result carries a certain fix (the official text in its place, no cell moved): one click on the page, or part of \"Fix all certain\"; a label written over several lines, split or normalised gets none — correct it by hand.")
        .message("{table}“{label}”行的名称与格式规定的“{official}”不一致（已按该行识别）", "{table} row \"{label}\" differs from the official label \"{official}\" (read as that row)"),
    rule("template-note-missing", Severity::Info, "all", "structure")
        .title("表三缺少勾稽关系说明", "Table 3 rule note missing")
        .describe("表三表头左上角应印有勾稽关系说明，缺少说明往往意味着没有使用正式模板。", "The header of table 三 lacks the printed note on its arithmetic, a sign the official template was not used.")
        .official("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        .example("表三表头左上角为空", "表三表头左上角印有“（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）”")
        .fix("使用正式模板的表头。", "Use the header of the official template.")
        .message("表三表头缺少格式印有的勾稽关系说明{note}（可能未使用正式模板）", "The header of Table 3 lacks the printed rule note (本列数据的勾稽关系为…): the official template may not have been used"),
    rule("problems-empty", Severity::Warning, "all", "structure")
        .title("问题及改进情况空缺", "Problems and improvements missing")
        .describe("“五、存在的主要问题及改进情况”为空、只写“无”，或只写了问题或只写了改进措施。", "Section 五 is empty, only \"无\", or lacks either the problems or the improvements.")
        .example("“五、存在的主要问题及改进情况 无。”", "“（一）存在的主要问题……（二）改进措施……”")
        .fix("分别写明存在的主要问题和改进措施。", "State both the main problems and the improvements.")
        .text("empty", "“存在的主要问题及改进情况”为空或只写“无”；条例第五十条要求说明存在的主要问题及改进情况", "Section 五 (problems and improvements) is empty or only says 无; Art. 50 asks for both the main problems and how they are being addressed")
        .text("problems-only", "“存在的主要问题及改进情况”只写了问题，未写改进情况；条例第五十条要求说明存在的主要问题及改进情况", "Section 五 states problems but no improvements; Art. 50 asks for both the main problems and how they are being addressed")
        .text("improvements-only", "“存在的主要问题及改进情况”只写了改进措施，未写存在的问题；条例第五十条要求说明存在的主要问题及改进情况", "Section 五 states improvements but no problems; Art. 50 asks for both the main problems and how they are being addressed"),
    rule("fee-statement-missing", Severity::Warning, "2021", "structure")
        .title("未说明信息处理费", "Fee statement missing")
        .describe("2021 年格式要求在“六、其他需要报告的事项”中说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，报告未提及（未收取也应写明）。", "Section 六 says nothing about 信息处理费 (charged or not).")
        .example("“六、其他需要报告的事项 无。”", "“本年度未收取信息处理费。”")
        .fix("写明是否收取信息处理费及金额。", "State whether any information processing fee was charged, and how much.")
        .message("“其他需要报告的事项”未说明信息处理费收取情况（未收取也应写明，如“本年度未收取信息处理费”）", "Section 六 says nothing about the information processing fee (信息处理费); state it even when none was charged"),
    rule("other-matters-empty", Severity::Info, "all", "structure")
        .title("其他事项只写“无”", "Other matters only 无")
        .text("2019", "“其他需要报告的事项”只写了“{text}”；请说明本年度其他需要报告的事项，确无可写时说明情况", "Section 六 only says \"{text}\"; report the year's other matters, or say why there are none")
        .describe("“六、其他需要报告的事项”只写“无”。2021 年格式在此列有信息处理费、落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、年度政务公开工作创新四项。", "Section 六 is only \"无\".")
        .example("“六、其他需要报告的事项 无。”", "“（一）收取信息处理费情况……（二）落实上级年度政务公开工作要点情况……”")
        .fix("逐项说明。", "Report each item.")
        .message("“其他需要报告的事项”只写了“{text}”；2021 年格式要求在此说明信息处理费、政务公开工作要点落实、建议提案办理结果公开和政务公开工作创新情况", "Section 六 only says \"{text}\"; the 2021 format expects the fee, the yearly work points, proposals and innovation here"),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
