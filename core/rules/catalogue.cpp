// The rule table: every id of RULES.md once, with what the documentation, `nianbao rules`, SARIF and
// the web page say about it. Severity here is the one diagnostics get (Findings::add).
#include "core/rules/catalogue.hpp"

namespace nianbao {

namespace {

constexpr Severity E = Severity::Error, W = Severity::Warning, I = Severity::Info;

std::vector<RuleInfo> document_rules() {
  return {
      {"input-unreadable", E, "all", "document", "无法读取输入", "Input unreadable",
       "输入为空、为二进制文件、无法解码，或根本不是年度报告。",
       "The input is empty, binary, undecodable or not a report.", "", "", "", "",
       "请粘贴或上传年度报告的文字、网页或 Word 文件。", "Paste or upload the report as text, HTML or .docx.",
       true},
      {"input-too-large", E, "all", "document", "输入过大", "Input too large", "输入超过 16 MiB 的上限。",
       "The input exceeds the 16 MiB limit.", "", "", "", "", "只粘贴年度报告本身。",
       "Paste only the report itself.", true},
      {"doc-year-missing", W, "all", "document", "未找到报告年度", "Report year missing",
       "标题中没有“XXXX年……政府信息公开工作年度报告”，正文中也没有统计期限“XXXX年1月1日至12月31日”。",
       "Neither the title (YYYY年…政府信息公开工作年度报告) nor a statistics period sentence names the "
       "report year.",
       "", "", "标题“区政府信息公开工作年度报告”，正文无统计期限",
       "标题“洪泽区人民政府2023年政府信息公开工作年度报告”",
       "在标题中写明年度，并在开头说明统计期限（如“本报告所列数据统计期限自2023年1月1日至2023年12月31日”）。",
       "Name the year in the title and state the statistics period in the opening paragraph.", true},
      {"doc-year-mismatch", E, "all", "document", "年度前后不一致", "Report years disagree",
       "标题年度、统计期限（Y年1月1日至Y年12月31日）和“总体情况”开头的年度不一致，或统计期限本身不成立（如“20"
       "10年1月1日至2009年12月31日”）。",
       "The title year, the statistics period (1 January to 31 December of Y) and the year opening section "
       "一 "
       "disagree, or the period is impossible (FORMAT D8).",
       "title.year = period.from = period.to = narrative.year", "",
       "标题“2023年……年度报告”，正文“统计期限自2022年1月1日至2022年12月31日”",
       "标题“2023年……年度报告”，正文“统计期限自2023年1月1日至2023年12月31日”",
       "统一改为报告年度；检查是否沿用了上一年的文字。",
       "Use the report year throughout; check for text copied from last year's report.", true},
      {"doc-template-outdated", E, "all", "document", "使用了过时的格式", "Outdated template",
       "2021 年度及以后的报告应使用国办公开办函〔2021〕30号格式，但报告使用了 2019 "
       "年格式（60号）的标签（如“本年新制作数量”“上一年项目数量”），"
       "或表三“（六）其他处理”只有一行，或采用 2019 年以前旧条例的报告结构。",
       "A report for 2021 or later must use the 2021 format (国办公开办函〔2021〕30号) but uses 2019-format "
       "labels "
       "(FORMAT §3.4), keeps （六）其他处理 of table 三 as a single row, or follows the pre-2019 structure "
       "(§3.5).",
       "year >= 2021 => no 2019 markers, t3 has r6_1..r6_3 (not r6)", "",
       "2023 年度报告表三“（六）其他处理”为一行，没有 1.申请人无正当理由逾期不补正… "
       "2.申请人逾期未按收费通知要求缴纳费用… 3.其他",
       "2023 年度报告使用 "
       "30号格式的表二（本年制发件数/本年废止件数/现行有效件数）和表三（（六）其他处理分三行）",
       "按国办公开办函〔2021〕30号格式重新填写表格。", "Fill in the tables of the 2021 format (30号).", true},
      {"doc-template-anachronism", W, "2019", "document", "年度早于所用格式",
       "Template newer than the report year",
       "2020 年度及以前的报告使用了 2021 "
       "年格式才有的标签（如“本年制发件数”“本年收费金额（单位：万元）”）；30号格式 2021 年 9 月才发布。",
       "A report for 2020 or earlier uses labels that only exist since the 2021 format (published September "
       "2021).",
       "year <= 2020 => no 2021 markers", "", "2020 年度报告表二有“本年制发件数”列",
       "2020 年度报告表二为“本年新制作数量 / 本年新公开数量 / 对外公开总数量”",
       "核对报告年度；如年度无误，按 2019 年格式（60号）填写。",
       "Check the report year; if it is right, use the 2019 format (60号).", true},
  };
}

std::vector<RuleInfo> structure_rules() {
  return {
      {"section-missing", E, "all", "structure", "缺少部分", "Section missing",
       "年度报告应有六个部分：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 "
       "四、政府信息公开行政复议、行政诉讼情况 "
       "五、存在的主要问题及改进情况 六、其他需要报告的事项。缺少其中之一（同义标题视为存在）。",
       "One of the six sections 一…六 is absent (the synonym headings of FORMAT V2 count as present).",
       "s1..s6 present", "", "报告没有“六、其他需要报告的事项”", "六个部分齐全",
       "补上缺少的部分；没有内容时也应保留标题并说明情况。",
       "Add the missing section; keep the heading even when there is little to say.", true},
      {"section-order", W, "all", "structure", "部分顺序或编号有误", "Sections out of order or misnumbered",
       "六个部分未按一至六排列，或编号与内容不符（如“三、主动公开政府信息情况”）。",
       "Sections are out of order, or a heading's numeral does not match its content (e.g. "
       "三、主动公开政府信息情况).",
       "s1.order < s2.order < … < s6.order; numeral(sK) = K", "", "“三、主动公开政府信息情况”",
       "“二、主动公开政府信息情况”", "按格式顺序排列并改正编号。",
       "Put the sections in the official order and fix the numbering.", true},
      {"section-title", I, "all", "structure", "标题措辞不同", "Heading wording differs",
       "部分标题与格式规定的措辞不同，但属于常见同义写法（如“五、存在的主要问题及整改措施”）。",
       "A section heading differs from the official wording but is an accepted synonym.", "", "",
       "“五、存在的主要问题及整改措施”", "“五、存在的主要问题及改进情况”", "宜采用格式规定的标题。",
       "Prefer the official heading.", true},
      {"overview-area-missing", W, "2021", "structure", "总体情况缺少方面", "Overview misses an area",
       "“总体情况”应从主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面概述，报告未"
       "涉及其中某一方面。",
       "Section 一 does not cover one of 主动公开 / 依申请公开 / 政府信息管理 / 平台建设 / 监督保障.", "", "",
       "“总体情况”只写了主动公开和依申请公开",
       "“总体情况”下分（一）主动公开 （二）依申请公开 （三）政府信息管理 （四）平台建设 （五）监督保障",
       "按五个方面分别概述。", "Cover the five areas, ideally as sub-headings.", true},
      {"government-accountability-missing", W, "all", "structure", "未说明考核评议和责任追究",
       "Assessment and accountability not reported",
       "人民政府（不含其办公室和部门）的年度报告应说明工作考核、社会评议和责任追究结果情况（条例第五十条第四"
       "项）。",
       "A people's government report must mention 工作考核, 社会评议 and 责任追究 (Art. 50(四)).", "", "",
       "某区人民政府的报告未提及工作考核、社会评议、责任追究",
       "“监督保障”中写明“将政务公开纳入绩效考核……开展社会评议……本年度未发生责任追究情况”",
       "在“监督保障”中写明工作考核、社会评议和责任追究结果（没有责任追究也应写明）。",
       "State the results of assessment, public evaluation and accountability under 监督保障 (say so when "
       "there were none).",
       true},
      {"table-missing", E, "all", "structure", "缺少表格", "Table missing",
       "第二、三、四部分下应有表二、表三、表四；未找到表格，或只有标题（常见于以图片发布的表格）。",
       "Table 二, 三 or 四 is absent under its heading, or only an image.", "", "",
       "“三、收到和处理政府信息公开申请情况”下只有一张图片", "表三以文字表格发布",
       "以文字表格发布，不要用图片。", "Publish the tables as text tables, not images.", true},
      {"row-missing", E, "all", "structure", "缺少表格行", "Row missing",
       "表格缺少格式规定的某一行（如表三 2021 年格式的 25 个数据行之一）。",
       "A row of a table is absent (e.g. one of the 25 data rows of table 三 in the 2021 format).", "", "",
       "表三没有“8.属于行政查询事项”行", "表三 25 行齐全", "按格式补上该行，没有数据填 0。",
       "Add the row; write 0 when there is nothing.", true},
      {"column-missing", E, "all", "structure", "缺少表格列", "Column missing",
       "表格缺少某一列，或几列合并为一列（如把“法人或其他组织”作为一列，未分商业企业、科研机构、社会公益组织"
       "、法律服务机构、其他）。",
       "A column is absent or collapsed (e.g. 法人或其他组织 as one column).", "", "",
       "表三只有“自然人 / 法人或其他组织 / 总计”三列",
       "表三有自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计七列", "按格式分列填写。",
       "Use the seven columns of the format.", true},
      {"label-unknown", W, "all", "structure", "格式外的行或列", "Row or column not in the format",
       "表格中有格式没有的行或列（如“其他主动公开文件”、小计行）。这些行不会被忽略：其数字单独列出，不计入格"
       "式规定的各项之和。",
       "A row or column label that is not in the template (extra rows are listed, not silently dropped).", "",
       "", "表二“第二十条第（一）项”下多出“其他主动公开文件”行", "表二只有格式规定的行",
       "删除格式外的行或列，或将其内容移到正文中说明。",
       "Remove the extra row or column, or explain it in the text.", true},
      {"label-nonstandard", I, "all", "structure", "标签写法不规范", "Non-standard label",
       "行标签与格式规定的文字不同，但能认出是哪一行：只差括号内的说明、标点或分隔符，使用了 2019 "
       "年格式的旧名称（如“规范性文件”），或有错字（如“2.其他法律行政止公开”）。",
       "A label differs from the official text only in notes, brackets or separators, uses the 2019 name "
       "(e.g. 规范性文件) or has a typo (e.g. 2.其他法律行政止公开); the row is still recognised.",
       "", "", "表三“2.其他法律行政止公开”", "表三“2.其他法律行政法规禁止公开”", "使用格式规定的文字。",
       "Use the official label.", true},
      {"template-note-missing", I, "all", "structure", "表三缺少勾稽关系说明", "Table 3 rule note missing",
       "表三表头左上角应印有勾稽关系说明，缺少说明往往意味着没有使用正式模板。",
       "The header of table 三 lacks the printed note on its arithmetic, a sign the official template was "
       "not used.",
       "", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "表三表头左上角为空",
       "表三表头左上角印有“（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）”",
       "使用正式模板的表头。", "Use the header of the official template.", true},
      {"problems-empty", W, "all", "structure", "问题及改进情况空缺", "Problems and improvements missing",
       "“五、存在的主要问题及改进情况”为空、只写“无”，或只写了问题或只写了改进措施。",
       "Section 五 is empty, only \"无\", or lacks either the problems or the improvements.", "", "",
       "“五、存在的主要问题及改进情况 无。”", "“（一）存在的主要问题……（二）改进措施……”",
       "分别写明存在的主要问题和改进措施。", "State both the main problems and the improvements.", true},
      {"fee-statement-missing", W, "2021", "structure", "未说明信息处理费", "Fee statement missing",
       "2021 "
       "年格式要求在“六、其他需要报告的事项”中说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况"
       "，报告未提及（未收取也应写明）。",
       "Section 六 says nothing about 信息处理费 (charged or not).", "", "", "“六、其他需要报告的事项 无。”",
       "“本年度未收取信息处理费。”", "写明是否收取信息处理费及金额。",
       "State whether any information processing fee was charged, and how much.", true},
      {"other-matters-empty", I, "all", "structure", "其他事项只写“无”", "Other matters only 无",
       "“六、其他需要报告的事项”只写“无”。2021 "
       "年格式在此列有信息处理费、落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、年度政务"
       "公开工作创新四项。",
       "Section 六 is only \"无\".", "", "", "“六、其他需要报告的事项 无。”",
       "“（一）收取信息处理费情况……（二）落实上级年度政务公开工作要点情况……”", "逐项说明。",
       "Report each item.", true},
  };
}

std::vector<RuleInfo> cell_rules() {
  return {
      {"cell-not-number", E, "all", "cells", "格中不是数字", "Cell is not a number",
       "表格的数字格中填写了既不是数字、也不是“/”“—”“无”等占位符的文字。",
       "A numeric cell holds text that is not a number or an accepted placeholder.", "", "",
       "表三“（一）予以公开”行“自然人”列为“见附件”", "为“12”", "填写数字。", "Write a number.", true},
      {"cell-out-of-range", E, "all", "cells", "数字超出可核对范围", "Number out of range",
       "格中写的是数字，但超出可精确核对的范围：整数部分超过 12 位（一万亿及以上）、小数超过 6 "
       "位，或有效数字超过 15 位（电子表格也只保留 15 位）。此格不参与计算，涉及它的勾稽关系无法核对。",
       "A numeric cell holds a number beyond what is checked exactly: more than 12 digits before the point "
       "(10^12 or more), more than 6 decimal places, or more than 15 significant digits (what a spreadsheet "
       "keeps). The cell takes part in no sum; the relations that use it are not assessed.",
       "|cell| < 10^12, at most 6 decimals, at most 15 significant digits", "",
       "表三“一、本年新收政府信息公开申请数量”行“总计”列为“12345678901234”", "为“37”",
       "核对是否多打了数字或粘连了相邻的格。", "Check for extra digits or neighbouring cells run together.",
       true},
      {"cell-placeholder", I, "all", "cells", "以符号代替 0", "Placeholder instead of 0",
       "格中填写“/”“—”“无”等符号而不是 0；计算时按 0 处理，每张表只提示一次。",
       "A cell holds \"/\", \"—\", \"无\" or similar instead of 0 (read as 0, listed once per table).", "",
       "", "表四“行政复议”“结果纠正”列为“/”", "为“0”", "没有数据时填 0。", "Write 0 when there is nothing.",
       true},
      {"cell-blank", I, "all", "cells", "空格", "Blank cells",
       "格中未填写任何内容；计算时按 0 处理，每张表只提示一次并列出这些格。",
       "Blank cells instead of 0 (read as 0, listed once per table).", "", "",
       "表三“法人或其他组织”各列均为空", "均填“0”", "没有数据时填 0。", "Write 0 when there is nothing.",
       true},
      {"cell-negative", E, "all", "cells", "负数", "Negative count",
       "件数、数量不能为负数（2019 年格式表二的“本年增/减”列除外）。",
       "A count is negative (except the 2019 column 本年增/减).", "cell >= 0", "",
       "表四“行政复议”“总计”列为“-1”", "为“1”", "改正数字。", "Correct the number.", true},
      {"cell-not-integer", E, "all", "cells", "件数有小数", "Count with a fraction",
       "件数应为整数；只有表二的收费金额（万元）可以有小数。",
       "A count has a fractional part (only the fee in 万元 may).",
       "cell is an integer (except t2.fee.amount)", "",
       "表三“一、本年新收政府信息公开申请数量”行“自然人”列为“2.5”", "为“3”", "改为整数。",
       "Use a whole number.", true},
      {"fee-unit", W, "2021", "cells", "收费金额单位不对", "Fee not in 万元",
       "表二“行政事业性收费”的“本年收费金额（单位：万元）”以万元为单位；格中写了“元”等其他单位，或无法读作金"
       "额。",
       "The fee cell carries a unit other than 万元 (e.g. \"元\") or cannot be read.",
       "unit(t2.fee.amount) = 万元", "本年收费金额（单位：万元）", "表二“行政事业性收费”为“3940元”",
       "为“0.394”", "换算为万元，只填数字。", "Convert to 万元 and write the number only.", true},
      {"fee-scale", W, "2021", "cells", "收费金额数量级不符", "Fee amount off by a scale",
       "正文中以元（或万元）说明的行政事业性收费金额与表二以万元填写的金额不符，或表中金额超过 100 "
       "亿元（很可能以元填写）。"
       "（信息处理费是另一项费用，不与此格比较。）",
       "The prose states the 行政事业性收费 amount in 元 (or 万元) with a figure that differs from the "
       "table's 万元 "
       "amount, or the table amount is 100 亿元 or more (probably written in 元).",
       "prose amount / 10000 = t2.fee.amount (元); prose amount = t2.fee.amount (万元)",
       "本年收费金额（单位：万元）", "正文“收取行政事业性收费 39400 元”，表二为 39400",
       "正文“收取行政事业性收费 39400 元”，表二为 3.94", "核对金额和单位，表中以万元填写。",
       "Check the amount and its unit; the table is in 万元.", true},
  };
}

std::vector<RuleInfo> arithmetic_rules() {
  return {
      {"t3-balance", E, "all", "arithmetic", "表三各列收支不平衡", "Table 3 column does not balance",
       "表三表头印明的勾稽关系：每一列“一、本年新收”加“二、上年结转”，等于“（七）总计”加“四、结转下年度继续办"
       "理”。七列（自然人……总计）分别核对。",
       "A1, for each of the 7 columns: new + carried in = results total + carried forward (the rule printed "
       "in the table).",
       "t3.new.c + t3.carry_in.c = t3.r7.c + t3.carry_out.c",
       "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
       "“自然人”列：本年新收 10 + 上年结转 2 = 12，总计 9 + 结转下年度 1 = 10",
       "“自然人”列：本年新收 10 + 上年结转 2 = 12，总计 11 + 结转下年度 1 = 12",
       "核对该列四个数字；若同时有其他关系不成立，按提示改正被指出的格。",
       "Check the four numbers of the column; when other relations fail too, correct the cell named as the "
       "likely mistake.",
       true},
      {"t3-results-total", E, "all", "arithmetic", "表三办理结果总计不符", "Table 3 results total wrong",
       "表三“（七）总计”应等于各项办理结果之和：（一）予以公开、（二）部分公开、（三）不予公开 "
       "1–8、（四）无法提供 1–3、（五）不予处理 1–5、（六）其他处理 1–3（2019 年格式为一行）。每列分别核对。",
       "A2, for each column: （七）总计 = the sum of all result rows (2019 format: the single row "
       "（六）其他处理).",
       "t3.r7.c = t3.r1.c + t3.r2.c + Σ t3.r3_i.c + Σ t3.r4_i.c + Σ t3.r5_i.c + Σ t3.r6_i.c", "",
       "“总计”列：各项结果之和 12，（七）总计填 13", "各项结果之和 12，（七）总计填 12",
       "重新加总办理结果各行。", "Add up the result rows again.", true},
      {"t3-row-total", E, "all", "arithmetic", "表三行总计不符", "Table 3 row total wrong",
       "表三每一行的“总计”应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和（含格式"
       "外的行）。",
       "A3, for each data row: total = the sum of the six applicant columns.",
       "t3.row.total = t3.row.np + t3.row.biz + t3.row.research + t3.row.ngo + t3.row.legal + t3.row.other",
       "", "“一、本年新收”行：自然人 2、其他各列 0，总计 3", "总计 2", "重新加总该行。",
       "Add up the row again.", true},
      {"t3-total-blank", W, "all", "arithmetic", "表三总计留空", "Table 3 total left blank",
       "表三的“总计”格为空，而其组成数字不为 0；应填其组成数字之和，其他勾稽关系按此和核对。",
       "A 总计 cell is blank while its components are non-zero; the fix is the sum of its parts, and every "
       "other relation is checked with that sum.",
       "t3.row.total blank => t3.row.np + … + t3.row.other = 0", "", "“（一）予以公开”行：自然人 5，总计空",
       "总计 5", "填写总计。", "Fill in the total.", true},
      {"t4-total", E, "all", "arithmetic", "表四总计不符", "Table 4 total wrong",
       "表四行政复议、未经复议直接起诉、复议后起诉三组，每组“总计”应等于结果维持、结果纠正、其他结果、尚未审"
       "结之和（总计包含尚未审结）。",
       "A4–A6: total = upheld + corrected + other + pending, for 复议, 直接起诉 and 复议后起诉.",
       "t4.g.total = t4.g.keep + t4.g.fix + t4.g.other + t4.g.pending (g = rv, ld, lr)", "",
       "行政复议：维持 10、纠正 1、其他 0、未审结 0，总计 0", "总计 11", "重新加总，总计包含尚未审结。",
       "Add up again; the total includes pending cases.", true},
      {"t2-rules-power", W, "all", "arithmetic", "无规章制定权却填了规章",
       "规章 from a body that cannot make them",
       "只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府可以制定规章；乡镇、街道、县（区）及县级"
       "部门填写的规章数字不为 0，多半是把行政规范性文件填到了规章行。",
       "规章 reported by a body that cannot make 规章 (township, street office, county or district, county "
       "department).",
       "t2.reg.* = 0 for bodies below the rule-making level", "",
       "某镇人民政府表二“规章”行：本年制发 2、本年废止 0、现行有效 2",
       "“规章”行均为 0，文件计入“行政规范性文件”行", "把文件移到“行政规范性文件”行，规章行填 0。",
       "Move the documents to the 行政规范性文件 row and write 0 for 规章.", true},
      {"t2-valid-below-issued", W, "2021", "arithmetic", "现行有效件数过小",
       "Valid count below issued minus repealed",
       "“现行有效件数”小于“本年制发件数”减“本年废止件数”：按此推算，上一年的现行有效件数为负数，不可能。规章"
       "和行政规范性文件分别核对。",
       "现行有效件数 < 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件 (last year's valid count "
       "would be negative).",
       "t2.X.valid >= t2.X.issued - t2.X.repealed (X = reg, norm)", "",
       "行政规范性文件：本年制发 5、本年废止 0、现行有效 3", "本年制发 5、本年废止 0、现行有效 12",
       "核对现行有效件数（应包括往年制发、仍然有效的文件）。",
       "Check the valid count (it includes earlier documents still in force).", true},
  };
}

// Rules that compare a report with the same body's report of the year before (CheckOptions::previous)
// and the publication deadline (a 发布日期 line or CheckOptions::published): silent without that input.
std::vector<RuleInfo> previous_year_rules() {
  return {
      {"prev-carry-over", W, "all", "previous", "结转数与上年不衔接", "Carry-over does not match last year",
       "本年表三“二、上年结转政府信息公开申请数量”每一列应等于上一年度报告表三“四、结转下年度继续办理”的同一"
       "列"
       "（需提供上一年度报告）。",
       "A8, for each of the 7 columns: this year's carried-in count equals last year's carried-forward count "
       "(needs last year's report).",
       "t3.carry_in.c = previous.t3.carry_out.c", "",
       "上年报告“结转下年度继续办理”自然人列 2，本年“上年结转”自然人列 3",
       "上年报告“结转下年度继续办理”自然人列 2，本年“上年结转”自然人列 2",
       "核对两年的结转数；本年表三若因此不平衡，改正“上年结转”即可。",
       "Check both years' carry-over; when this year's column also fails to balance, correct 上年结转.",
       true},
      {"prev-valid-roll", I, "2021", "previous", "现行有效件数不衔接", "Valid count does not roll over",
       "表二规章、行政规范性文件：上一年度报告的现行有效件数加本年制发件数减本年废止件数，应等于本年现行有效"
       "件数"
       "（需提供上一年度报告；两年都是 2021 "
       "年格式才能核对；修订、清理和重新分类也会使其不成立，故只作提示）。",
       "A9, for 规章 and 行政规范性文件: last year's valid + issued − repealed = this year's valid (needs "
       "last "
       "year's report in the 2021 format; revisions and reclassification also break it, hence info).",
       "previous.t2.X.valid + t2.X.issued - t2.X.repealed = t2.X.valid (X = reg, norm)", "",
       "上年现行有效 10，本年制发 3、废止 1，本年现行有效 15",
       "上年现行有效 10，本年制发 3、废止 1，本年现行有效 12",
       "核对现行有效件数；如有清理或修订，宜在正文中说明。",
       "Check the valid counts; explain clean-ups or revisions in the text.", true},
      {"prev-duplicate-text", W, "all", "previous", "内容与上年雷同", "Text copied from last year",
       "把年份和数字替换掉后，“一、总体情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”中超过 80% "
       "的句子与上一年度报告相同（内容雷同）；或“五、存在的主要问题及改进情况”照搬上年。统计期限、信息处理费"
       "等"
       "格式套话和很短的句子不计。",
       "After replacing years and numbers, more than 80% of the sentences of sections 一, 五 and 六 equal "
       "last "
       "year's (内容雷同, FORMAT DU-01), or section 五 is copied (DU-02). Template sentences (the statistics "
       "period, the fee statement) and very short ones are left out.",
       "", "", "本年“五、存在的主要问题及改进情况”与上年只差年份",
       "本年“五、存在的主要问题及改进情况”写明本年问题和上年问题的整改结果",
       "按本年度实际情况撰写，并说明上年问题的整改情况。",
       "Write about this year, including how last year's problems were dealt with.", true},
      {"prev-identical-tables", W, "all", "previous", "表格数字与上年相同", "Table identical to last year",
       "表二、表三或表四的每一个数字都与上一年度报告相同（不为 0 的数字至少 3 个），很可能照抄了上年的表格。",
       "Every value of table 二, 三 or 四 equals last year's, with at least 3 non-zero values (a copied "
       "table, "
       "FORMAT DU-03).",
       "", "", "本年表三 175 个数字与上年完全相同", "本年表三的数字与上年不同", "填写本年度数据。",
       "Fill in this year's figures.", true},
      {"publish-late", W, "all", "publication", "发布逾期", "Published late",
       "县级以上人民政府部门应在每年1月31日前、县级以上人民政府应在3月31日前公布上一年度的年度报告（条例第四"
       "十九条）。"
       "发布日期取自报告中的“发布日期/发布时间”或由使用者提供；无法判断是政府还是部门时，只提示两个期限。",
       "A department's report published after 31 January of Y+1, or a people's government's after 31 March "
       "of Y+1 (条例 Art. 49, FORMAT PB-01); the date comes from a 发布日期/发布时间 line or the user. When "
       "the "
       "kind of body cannot be told, an info gives both deadlines (PB-02).",
       "published <= Y+1-01-31 (department), <= Y+1-03-31 (government)", "",
       "某市生态环境局2023年度报告“发布日期：2024-02-20”", "某市生态环境局2023年度报告“发布日期：2024-01-25”",
       "按期发布；发布日期以政府网站实际发布日期为准。", "Publish on time.", true},
  };
}

// Ids RULES.md reserves for checks that need data we do not have yet (a gazetteer): listed so
// consumers know them, never fired.
std::vector<RuleInfo> reserved_rules() {
  return {
      {"doc-foreign-place", W, "all", "later", "出现其他地方名称", "Another place named",
       "套话中出现与报告机关不符的行政区划名称（照抄他人报告）。需要行政区划名录，暂未实现。",
       "Boilerplate names another administrative place than the reporting body (copy-paste, FORMAT D9); "
       "needs a "
       "gazetteer.",
       "", "", "", "", "改为本机关名称。", "Use your own body's name.", false},
  };
}

}  // namespace

const std::vector<RuleInfo>& rule_catalogue() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> r;
    for (auto* family : {&document_rules, &structure_rules, &cell_rules, &arithmetic_rules}) {
      std::vector<RuleInfo> f = (*family)();
      r.insert(r.end(), f.begin(), f.end());
    }
    append_text_rule_infos(r);
    std::vector<RuleInfo> previous = previous_year_rules();
    r.insert(r.end(), previous.begin(), previous.end());
    std::vector<RuleInfo> reserved = reserved_rules();
    r.insert(r.end(), reserved.begin(), reserved.end());
    return r;
  }();
  return rules;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& r : rule_catalogue())
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace nianbao
