#include "core/template/template.hpp"

namespace nianbao::tmpl {

const char* const kT3RuleNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const std::vector<SectionDef>& sections() {
  static const std::vector<SectionDef> s = {
      {"s1", "一", "总体情况", {"概述", "基本情况", "总体概况"}, {"总体情况", "概述", "总体"}},
      {"s2", "二", "主动公开政府信息情况", {"主动公开政府信息的情况", "主动公开情况"}, {"主动公开"}},
      {"s3",
       "三",
       "收到和处理政府信息公开申请情况",
       {"收到和处理政府信息公开申请情况统计表", "收到和处理政府信息公开申请的情况", "依申请公开情况"},
       {"收到和处理", "依申请公开", "政府信息公开申请"}},
      {"s4",
       "四",
       "政府信息公开行政复议、行政诉讼情况",
       {"因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "因政府信息公开工作被申请行政复议和提起行政诉讼情况", "政府信息公开行政复议及行政诉讼情况",
        "政府信息公开工作行政复议、行政诉讼情况", "被申请行政复议、提起行政诉讼情况",
        "因政府信息公开申请行政复议、提起行政诉讼的情况"},
       {"行政复议", "行政诉讼"}},
      {"s5",
       "五",
       "存在的主要问题及改进情况",
       {"政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况", "存在的主要问题及改进措施",
        "存在的主要问题及整改措施", "存在的主要问题和改进情况", "存在的问题及改进情况"},
       {"存在的主要问题", "存在问题", "主要问题", "改进情况", "改进措施", "存在的问题"}},
      {"s6", "六", "其他需要报告的事项", {"其他需要报告的情况", "其他事项"}, {"其他需要报告", "其他事项"}},
  };
  return s;
}

namespace {

const std::vector<std::string> kT3Cols = {"np", "biz", "research", "ngo", "legal", "other", "total"};
const std::vector<std::string> kT4Cols = {"keep", "fix", "other", "pending", "total"};

std::vector<ColumnDef> t3_columns() {
  return {
      {"np", "自然人", "natural persons", {}},
      {"biz", "商业企业", "commercial enterprises", {}},
      {"research", "科研机构", "research institutions", {}},
      {"ngo", "社会公益组织", "public-interest organisations", {"社会公益"}},
      {"legal", "法律服务机构", "legal service agencies", {}},
      {"other", "其他", "others", {}},
      {"total", "总计", "total", {"合计"}},
  };
}

std::vector<RowDef> t3_rows(bool y2021) {
  std::vector<RowDef> r = {
      {"new", "一、本年新收政府信息公开申请数量", "I. New applications this year", "", {}, kT3Cols},
      {"carry_in", "二、上年结转政府信息公开申请数量", "II. Carried over from last year", "", {}, kT3Cols},
      {"", "三、本年度办理结果", "III. Results this year", "", {}, {}},
      {"r1", "（一）予以公开", "(1) Disclosed", "三、本年度办理结果", {}, kT3Cols},
      {"r2",
       "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
       "(2) Partly disclosed",
       "三、本年度办理结果",
       {},
       kT3Cols},
      {"", "（三）不予公开", "(3) Not disclosed", "三、本年度办理结果", {}, {}, "r3"},
      {"r3_1", "1.属于国家秘密", "(3)1 State secret", "（三）不予公开", {}, kT3Cols},
      {"r3_2", "2.其他法律行政法规禁止公开", "(3)2 Prohibited by other laws", "（三）不予公开", {}, kT3Cols},
      {"r3_3", "3.危及“三安全一稳定”", "(3)3 Endangers security or stability", "（三）不予公开", {}, kT3Cols},
      {"r3_4", "4.保护第三方合法权益", "(3)4 Third-party rights", "（三）不予公开", {}, kT3Cols},
      {"r3_5", "5.属于三类内部事务信息", "(3)5 Internal affairs", "（三）不予公开", {}, kT3Cols},
      {"r3_6", "6.属于四类过程性信息", "(3)6 Process information", "（三）不予公开", {}, kT3Cols},
      {"r3_7", "7.属于行政执法案卷", "(3)7 Enforcement files", "（三）不予公开", {}, kT3Cols},
      {"r3_8", "8.属于行政查询事项", "(3)8 Administrative enquiry matters", "（三）不予公开", {}, kT3Cols},
      {"", "（四）无法提供", "(4) Cannot be provided", "三、本年度办理结果", {}, {}, "r4"},
      {"r4_1", "1.本机关不掌握相关政府信息", "(4)1 Not held by this body", "（四）无法提供", {}, kT3Cols},
      {"r4_2", "2.没有现成信息需要另行制作", "(4)2 Would need to be created", "（四）无法提供", {}, kT3Cols},
      {"r4_3",
       "3.补正后申请内容仍不明确",
       "(4)3 Still unclear after correction",
       "（四）无法提供",
       {},
       kT3Cols},
      {"", "（五）不予处理", "(5) Not processed", "三、本年度办理结果", {}, {}, "r5"},
      {"r5_1", "1.信访举报投诉类申请", "(5)1 Petitions and complaints", "（五）不予处理", {}, kT3Cols},
      {"r5_2", "2.重复申请", "(5)2 Repeated applications", "（五）不予处理", {}, kT3Cols},
      {"r5_3", "3.要求提供公开出版物", "(5)3 Published material requested", "（五）不予处理", {}, kT3Cols},
      {"r5_4", "4.无正当理由大量反复申请", "(5)4 Mass repeated applications", "（五）不予处理", {}, kT3Cols},
      {"r5_5",
       "5.要求行政机关确认或重新出具已获取信息",
       "(5)5 Confirmation of information already held",
       "（五）不予处理",
       {},
       kT3Cols},
  };
  if (y2021) {
    r.push_back({"", "（六）其他处理", "(6) Other handling", "三、本年度办理结果", {}, {}, "r6"});
    r.push_back({"r6_1",
                 "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                 "(6)1 Applicant did not complete the application in time",
                 "（六）其他处理",
                 {},
                 kT3Cols});
    r.push_back({"r6_2",
                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                 "(6)2 Applicant did not pay the fee in time",
                 "（六）其他处理",
                 {},
                 kT3Cols});
    r.push_back({"r6_3", "3.其他", "(6)3 Other", "（六）其他处理", {}, kT3Cols});
  } else {
    r.push_back({"r6", "（六）其他处理", "(6) Other handling", "三、本年度办理结果", {}, kT3Cols});
  }
  r.push_back({"r7", "（七）总计", "(7) Total", "三、本年度办理结果", {"（七）合计"}, kT3Cols});
  r.push_back({"carry_out",
               "四、结转下年度继续办理",
               "IV. Carried over to next year",
               "",
               {"结转下一年度继续办理", "四、结转下一年度继续办理"},
               kT3Cols});
  return r;
}

TableDef make_t3(bool y2021) { return {"t3", "表三", y2021 ? "2021" : "2019", t3_rows(y2021), t3_columns()}; }

TableDef make_t4() {
  std::vector<ColumnDef> cols = {
      {"keep", "结果维持", "upheld", {}},        {"fix", "结果纠正", "corrected", {}},
      {"other", "其他结果", "other result", {}}, {"pending", "尚未审结", "pending", {}},
      {"total", "总计", "total", {"合计"}},
  };
  std::vector<RowDef> rows = {
      {"rv", "行政复议", "administrative reconsideration", "", {}, kT4Cols},
      {"ld", "未经复议直接起诉", "litigation without reconsideration", "行政诉讼", {}, kT4Cols},
      {"lr", "复议后起诉", "litigation after reconsideration", "行政诉讼", {}, kT4Cols},
  };
  return {"t4", "表四", "2021", rows, cols};
}

TableDef make_t2_2021() {
  std::vector<ColumnDef> cols = {
      {"issued", "本年制发件数", "issued this year", {}},
      {"repealed", "本年废止件数", "repealed this year", {}},
      {"valid", "现行有效件数", "currently valid", {}},
      {"decisions", "本年处理决定数量", "decisions this year", {"处理决定数量"}},
      {"amount", "本年收费金额（单位：万元）", "fees this year (10,000 yuan)", {"本年收费金额"}},
  };
  std::vector<RowDef> rows = {
      {"reg", "规章", "regulations (规章)", "第二十条第（一）项", {}, {"issued", "repealed", "valid"}},
      {"norm",
       "行政规范性文件",
       "normative documents",
       "第二十条第（一）项",
       {"规范性文件"},
       {"issued", "repealed", "valid"}},
      {"license", "行政许可", "administrative licences", "第二十条第（五）项", {}, {"decisions"}},
      {"penalty", "行政处罚", "administrative penalties", "第二十条第（六）项", {}, {"decisions"}},
      {"coercion", "行政强制", "administrative coercion", "第二十条第（六）项", {}, {"decisions"}},
      {"fee", "行政事业性收费", "administrative fees", "第二十条第（八）项", {"行政性事业收费"}, {"amount"}},
  };
  return {"t2", "表二", "2021", rows, cols};
}

TableDef make_t2_2019() {
  std::vector<ColumnDef> cols = {
      {"made", "本年新制作数量", "made this year", {}},
      {"published", "本年新公开数量", "published this year", {}},
      {"total_public", "对外公开总数量", "total public", {}},
      {"prev_items", "上一年项目数量", "items last year", {}},
      {"change", "本年增/减", "change this year", {"本年增减"}},
      {"decisions", "处理决定数量", "decisions", {}},
      {"items", "采购项目数量", "procurement items", {}},
      {"amount", "采购总金额", "procurement amount", {}},
  };
  std::vector<RowDef> rows = {
      {"reg", "规章", "regulations (规章)", "第二十条第（一）项", {}, {"made", "published", "total_public"}},
      {"norm",
       "规范性文件",
       "normative documents",
       "第二十条第（一）项",
       {"行政规范性文件"},
       {"made", "published", "total_public"}},
      {"license",
       "行政许可",
       "administrative licences",
       "第二十条第（五）项",
       {},
       {"prev_items", "change", "decisions"}},
      {"other_services",
       "其他对外管理服务事项",
       "other public services",
       "第二十条第（五）项",
       {},
       {"prev_items", "change", "decisions"}},
      {"penalty",
       "行政处罚",
       "administrative penalties",
       "第二十条第（六）项",
       {},
       {"prev_items", "change", "decisions"}},
      {"coercion",
       "行政强制",
       "administrative coercion",
       "第二十条第（六）项",
       {},
       {"prev_items", "change", "decisions"}},
      {"fee",
       "行政事业性收费",
       "administrative fees",
       "第二十条第（八）项",
       {"行政性事业收费"},
       {"prev_items", "change"}},
      {"procurement",
       "政府集中采购",
       "government procurement",
       "第二十条第（九）项",
       {},
       {"items", "amount"}},
  };
  return {"t2", "表二", "2019", rows, cols};
}

}  // namespace

const TableDef& table(const std::string& key, const std::string& template_id) {
  static const TableDef t2_2021 = make_t2_2021(), t2_2019 = make_t2_2019();
  static const TableDef t3_2021 = make_t3(true), t3_2019 = make_t3(false);
  static const TableDef t4 = make_t4();
  bool old = template_id == "2019";
  if (key == "t2") return old ? t2_2019 : t2_2021;
  if (key == "t3") return old ? t3_2019 : t3_2021;
  return t4;
}

const std::vector<Marker>& markers_2019() {
  static const std::vector<Marker> m = {
      {"本年新制作数量", false},     {"本年新公开数量", false}, {"对外公开总数量", false},
      {"上一年项目数量", false},     {"本年增/减", false},      {"其他对外管理服务事项", false},
      {"第二十条第（九）项", false}, {"政府集中采购", false},   {"采购项目数量", false},
      {"采购总金额", false},         {"规范性文件", true},      {"处理决定数量", true},
  };
  return m;
}

const std::vector<Marker>& markers_2021() {
  static const std::vector<Marker> m = {
      {"本年制发件数", false},     {"本年废止件数", false}, {"现行有效件数", false},
      {"本年处理决定数量", false}, {"本年收费金额", false}, {"逾期未按收费通知要求缴纳费用", false},
  };
  return m;
}

const std::vector<std::string>& markers_pre2019() {
  static const std::vector<std::string> m = {"一、概述",
                                             "依申请公开政府信息情况",
                                             "政府信息公开的收费及减免情况",
                                             "因政府信息公开申请行政复议、提起行政诉讼的情况",
                                             "存在的主要问题及改进措施",
                                             "基本工作情况"};
  return m;
}

const ColumnDef* find_column(const TableDef& t, const std::string& key) {
  for (const auto& c : t.columns)
    if (c.key == key) return &c;
  return nullptr;
}

const RowDef* find_row(const TableDef& t, const std::string& key) {
  for (const auto& r : t.rows)
    if (r.key == key) return &r;
  return nullptr;
}

}  // namespace nianbao::tmpl
