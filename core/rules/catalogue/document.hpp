#pragma once
// Rule catalogue rows: Document and template (input-*, doc-*). One row per rule (see rule_def.hpp);
// included by catalogue.hpp only.
#include "core/rules/rule_def.hpp"

namespace nianbao::catalogue_rows {

// clang-format off
inline constexpr RuleDef kDocumentRules[] = {
    rule("input-unreadable", Severity::Error, "all", "document")
        .title("无法读取输入", "Input unreadable")
        .describe("输入为空、为二进制文件、无法解码，或根本不是年度报告。", "The input is empty, binary, undecodable or not a report.")
        .fix("请粘贴或上传年度报告的文字、网页或 Word 文件。", "Paste or upload the report as text, HTML or .docx.")
        .text("empty", "输入为空：请粘贴或上传年度报告。", "The input is empty: paste or upload a report.")
        .text("binary", "输入不是可读的文字（二进制文件或编码无法识别）；请上传 .txt、.html 或 .docx 文件。", "The input is not readable text (binary or an unknown encoding); upload a .txt, .html or .docx file.")
        .text("undecodable", "输入不是可读的文字：{reason}；请另存为 UTF-8 编码的 .txt，或上传 .html、.docx 文件。", "The input is not readable text: {reason}; save it as UTF-8 .txt, or upload a .html or .docx file.")
        .text("docx-too-large", "这个 .docx 文件的正文解压后超过 64 MiB，已拒绝读取（可能是压缩炸弹）；请上传原始的 .docx 文件。", "The .docx's document unpacks to more than 64 MiB and was refused (a zip bomb?); upload the original .docx file.")
        .text("docx-no-document", "这个 .docx 文件里没有正文（word/document.xml）；请在 Word 或 WPS 中打开，另存为 .docx 后再检查。", "This .docx holds no document (word/document.xml); open it in Word or WPS, save it as .docx, then check that.")
        .text("docx-damaged", "这个 .docx 文件已损坏或无法解压；请在 Word 或 WPS 中打开，另存为 .docx 后再检查。", "This .docx is damaged or cannot be unpacked; open it in Word or WPS, save it as .docx, then check that.")
        .text("not-a-report", "没有找到政府信息公开工作年度报告的内容（没有标题、章节或表格）；请确认粘贴的是年度报告全文。", "No annual-report content was found (no title, sections or tables); check that the whole report was pasted.")
        .text("foreign", "这是{format}，本工具不读取这种格式；请在 Word 或 WPS 中打开，另存为 .docx 或 PDF 后再检查。", "This is {format}, a format nianbao does not read; open it in Word or WPS and save it as .docx or PDF, then check that.")
        .text("foreign-image", "这是{format}（扫描件），没有文字层；本工具不做文字识别（OCR）。请使用带文字的原始 PDF 或 .docx。", "This is {format} (a scan) without text; OCR is not done. Use the original PDF with text, or a .docx.")
        .text("unopenable", "无法打开或读取此文件（不存在、无权限或读取出错）", "This file cannot be opened or read (missing, no permission, or a read error)")
        .text("internal", "内部错误，无法检查此输入（{why}）；请将文件报告给 nianbao 的维护者。", "Internal error: this input could not be checked ({why}); please report the file to the nianbao maintainers."),
    rule("input-too-large", Severity::Error, "all", "document")
        .title("输入过大", "Input too large")
        .describe("输入超过 16 MiB 的上限。", "The input exceeds the 16 MiB limit.")
        .fix("只粘贴年度报告本身。", "Paste only the report itself.")
        .message("输入过大（{mib} MiB），超过 16 MiB 的上限；请只粘贴年度报告本身。", "The input is too large ({mib} MiB); the limit is 16 MiB. Paste only the report itself."),
    rule("doc-year-missing", Severity::Warning, "all", "document")
        .title("未找到报告年度", "Report year missing")
        .describe("标题中没有“XXXX年……政府信息公开工作年度报告”，正文中也没有统计期限“XXXX年1月1日至12月31日”。", "Neither the title (YYYY年…政府信息公开工作年度报告) nor a statistics period sentence names the report year.")
        .example("标题“区政府信息公开工作年度报告”，正文无统计期限", "标题“洪泽区人民政府2023年政府信息公开工作年度报告”")
        .fix("在标题中写明年度，并在开头说明统计期限（如“本报告所列数据统计期限自2023年1月1日至2023年12月31日”）。", "Name the year in the title and state the statistics period in the opening paragraph.")
        .message("未找到报告年度：标题中没有“XXXX年”，正文中也没有统计期限“XXXX年1月1日至12月31日”", "No report year found: neither the title (\"YYYY年…年度报告\") nor a statistics period (\"YYYY年1月1日至12月31日\")"),
    rule("doc-year-mismatch", Severity::Error, "all", "document")
        .title("年度前后不一致", "Report years disagree")
        .describe("标题年度、统计期限（Y年1月1日至Y年12月31日）和“总体情况”开头的年度不一致，或统计期限本身不成立（如“2010年1月1日至2009年12月31日”）。", "The title year, the statistics period (1 January to 31 December of Y) and the year opening section 一 disagree, or the period is impossible (FORMAT D8).")
        .formula("title.year = period.from = period.to = narrative.year")
        .example("标题“2023年……年度报告”，正文“统计期限自2022年1月1日至2022年12月31日”", "标题“2023年……年度报告”，正文“统计期限自2023年1月1日至2023年12月31日”")
        .fix("统一改为报告年度；检查是否沿用了上一年的文字。", "Use the report year throughout; check for text copied from last year's report.")
        .text("period", "统计期限不成立：自 {from} 年1月1日至 {to} 年12月31日，应为同一自然年", "Impossible statistics period: 1 January {from} to 31 December {to}; it must be one calendar year")
        .text("title", "标题为 {title} 年度报告，统计期限却是 {period} 年", "The title names {title} but the statistics period is {period}")
        .text("narrative", "“总体情况”开头写的是 {narrative} 年，报告年度却是 {year} 年（可能沿用了往年文字）", "Section 一 opens with the year {narrative}, but the report is for {year} (text copied from an earlier year?)"),
    rule("doc-template-outdated", Severity::Error, "all", "document")
        .title("使用了过时的格式", "Outdated template")
        .describe("2021 年度及以后的报告应使用国办公开办函〔2021〕30号格式，但报告使用了 2019 年格式（60号）的标签（如“本年新制作数量”“上一年项目数量”），或表三“（六）其他处理”只有一行，或采用 2019 年以前旧条例的报告结构。", "A report for 2021 or later must use the 2021 format (国办公开办函〔2021〕30号) but uses 2019-format labels (FORMAT §3.4), keeps （六）其他处理 of table 三 as a single row, or follows the pre-2019 structure (§3.5).")
        .formula("year >= 2021 => no 2019 markers, t3 has r6_1..r6_3 (not r6)")
        .example("2023 年度报告表三“（六）其他处理”为一行，没有 1.申请人无正当理由逾期不补正… 2.申请人逾期未按收费通知要求缴纳费用… 3.其他", "2023 年度报告使用 30号格式的表二（本年制发件数/本年废止件数/现行有效件数）和表三（（六）其他处理分三行）")
        .fix("按国办公开办函〔2021〕30号格式重新填写表格。", "Fill in the tables of the 2021 format (30号).")
        .message("{subject}应使用国办公开办函〔2021〕30号格式，但{reasons}", "{subject} must use the 2021 format (国办公开办函〔2021〕30号), but it {reasons}")
        .text("subject-year", "{year} 年度报告", "A report for {year}")
        .text("subject", "本报告", "This report")
        .text("and", "；", "; it ")
        .text("labels-2019", "使用了 2019 年格式的标签：{labels}", "uses labels of the 2019 format: {labels}")
        .text("tables-2019", "表格为 2019 年格式", "its tables follow the 2019 format")
        .text("single-r6", "表三“（六）其他处理”只有一行（2019 年格式），2021 年格式分为 1.申请人无正当理由逾期不补正… 2.申请人逾期未按收费通知要求缴纳费用… 3.其他 三行", "Table 3 keeps （六）其他处理 as one row (2019 format); the 2021 format splits it into three sub-rows")
        .text("pre2019", "采用 2019 年以前（旧条例）的报告结构", "follows the structure of reports under the 2008 regulations"),
    rule("doc-template-anachronism", Severity::Warning, "2019", "document")
        .title("年度早于所用格式", "Template newer than the report year")
        .describe("2020 年度及以前的报告使用了 2021 年格式才有的标签（如“本年制发件数”“本年收费金额（单位：万元）”）；30号格式 2021 年 9 月才发布。", "A report for 2020 or earlier uses labels that only exist since the 2021 format (published September 2021).")
        .formula("year <= 2020 => no 2021 markers")
        .example("2020 年度报告表二有“本年制发件数”列", "2020 年度报告表二为“本年新制作数量 / 本年新公开数量 / 对外公开总数量”")
        .fix("核对报告年度；如年度无误，按 2019 年格式（60号）填写。", "Check the report year; if it is right, use the 2019 format (60号).")
        .message("{year} 年度报告使用了 2021 年才有的格式标签（{labels}）；国办公开办函〔2021〕30号于 2021 年 9 月发布，2019、2020 年度报告应使用 2019 年格式。请核对报告年度", "A report for {year} uses labels that only exist since the 2021 format ({labels}); check the report year")
        .text("split-r6", "（六）其他处理的三个子行", "（六）其他处理的三个子行"),
};
// clang-format on

}  // namespace nianbao::catalogue_rows
