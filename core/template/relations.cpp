// The relations of tables 三 and 四 (FORMAT §2.5), and the key sets they range and sum over.
#include "core/template/relations.hpp"

#include <set>

#include "core/template/template.hpp"

namespace nianbao::tmpl {

const std::vector<RelationDef>& relations() {
  static const std::vector<RelationDef> all = {
      {RelationKind::T3Balance,
       "A1",
       "t3",
       false,
       KeySet::AllColumns,
       {{fixed("new"), each(), +1},
        {fixed("carry_in"), each(), +1},
        {fixed("r7"), each(), -1},
        {fixed("carry_out"), each(), -1}},
       3,
       false,
       0,
       "c",
       false},
      {RelationKind::T3ResultsTotal,
       "A2",
       "t3",
       false,
       KeySet::AllColumns,
       {{fixed("r7"), each(), +1}, {sum(KeySet::ResultRows), each(), -1}},
       0,
       true,
       1,
       "c",
       false},
      {RelationKind::T3RowTotal,
       "A3",
       "t3",
       true,
       KeySet::AllRows,
       {{each(), fixed("total"), +1}, {each(), sum(KeySet::PartColumns), -1}},
       0,
       true,
       0,
       "row",
       false},
      {RelationKind::T4Total,
       "A4–A6",
       "t4",
       true,
       KeySet::AllRows,
       {{each(), fixed("total"), +1}, {each(), sum(KeySet::PartColumns), -1}},
       0,
       true,
       0,
       "g",
       true},
  };
  return all;
}

namespace {

const TableDef& template_for(const std::string& table, const Report* report) {
  return tmpl::table(table, report ? report->template_id : "2021");
}

// Table 三's result rows of a template: the rows between carry_in and r7.
std::vector<std::string> template_result_rows(const TableDef& t) {
  std::vector<std::string> rows;
  bool inside = false;
  for (const auto& r : t.rows) {
    if (r.key == "r7") break;
    if (inside && !r.key.empty()) rows.push_back(r.key);
    if (r.key == "carry_in") inside = true;
  }
  return rows;
}

// A report that keeps the other format's （六） rows (the single 2019 row r6 in a 2021 table, or the
// three 2021 sub-rows in a 2019 one) is summed over the rows it has: their absence is a template
// finding, not arithmetic.
std::vector<std::string> result_rows(const Report& report) {
  bool has_single = report.t3.row("r6") != nullptr;
  bool has_split = report.t3.row("r6_1") || report.t3.row("r6_2") || report.t3.row("r6_3");
  bool single = report.template_id == "2019" ? !(has_split && !has_single) : (has_single && !has_split);
  return template_result_rows(tmpl::table("t3", single ? "2019" : "2021"));
}

}  // namespace

std::vector<std::string> resolve(KeySet set, const std::string& table, const Report& report) {
  const TableDef& def = template_for(table, &report);
  std::vector<std::string> keys;
  switch (set) {
    case KeySet::AllColumns:
      for (const auto& c : def.columns) keys.push_back(c.key);
      break;
    case KeySet::PartColumns:
      for (const auto& c : def.columns)
        if (c.key != "total") keys.push_back(c.key);
      break;
    case KeySet::ResultRows:
      keys = result_rows(report);
      break;
    case KeySet::AllRows: {
      std::set<std::string> seen;
      auto add = [&](const std::string& k) {
        if (!k.empty() && seen.insert(k).second) keys.push_back(k);
      };
      // Table 三's result rows are the ones the report has (its template's, or the other format's （六）).
      std::vector<std::string> template_results =
          table == "t3" ? template_result_rows(def) : std::vector<std::string>{};
      bool results_added = false;
      for (const auto& r : def.rows) {
        bool is_result = false;
        for (const auto& k : template_results) is_result = is_result || k == r.key;
        if (!is_result) {
          add(r.key);
        } else if (!results_added) {
          for (const auto& k : result_rows(report)) add(k);
          results_added = true;
        }
      }
      const ReportTable* t = report.table(table);
      if (t)
        for (const auto& r : t->rows)
          if (!r.cells.empty()) add(r.key);
      break;
    }
  }
  return keys;
}

namespace {

// "Σ t3.r3_i.c" for a run of sub-rows r3_1, r3_2, …; single keys as they are.
std::vector<std::string> sum_text(const std::vector<std::string>& rows, const std::string& prefix,
                                  const std::string& suffix) {
  std::vector<std::string> out;
  std::string last_group;
  for (const auto& r : rows) {
    std::size_t u = r.find('_');
    if (u == std::string::npos) {
      out.push_back(prefix + r + suffix);
      last_group.clear();
      continue;
    }
    std::string group = r.substr(0, u);
    if (group != last_group) out.push_back("Σ " + prefix + group + "_i" + suffix);
    last_group = group;
  }
  return out;
}

}  // namespace

std::string formula_text(const RelationDef& rel) {
  const TableDef& def = tmpl::table(rel.table, "2021");
  Report none;
  none.template_id = "2021";
  std::string lhs, rhs;
  for (const auto& t : rel.terms) {
    std::string row = t.row.kind == Axis::Fixed ? t.row.key : t.row.kind == Axis::Each ? rel.variable : "";
    std::string col = t.col.kind == Axis::Fixed ? t.col.key : t.col.kind == Axis::Each ? rel.variable : "";
    std::vector<std::string> parts;
    if (t.row.kind == Axis::Sum) {
      parts = sum_text(resolve(t.row.set, rel.table, none), std::string(rel.table) + ".", "." + col);
    } else if (t.col.kind == Axis::Sum) {
      for (const auto& c : resolve(t.col.set, rel.table, none))
        parts.push_back(std::string(rel.table) + "." + row + "." + c);
    } else {
      parts.push_back(std::string(rel.table) + "." + row + "." + col);
    }
    std::string& side = t.sign > 0 ? lhs : rhs;
    for (const auto& p : parts) side += (side.empty() ? "" : " + ") + p;
  }
  std::string text = lhs + " = " + rhs;
  if (rel.list_variable) {
    std::string keys;
    for (const auto& r : def.rows)
      if (!r.key.empty()) keys += (keys.empty() ? "" : ", ") + r.key;
    text += std::string(" (") + rel.variable + " = " + keys + ")";
  }
  return text;
}

}  // namespace nianbao::tmpl
