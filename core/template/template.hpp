#pragma once
// The official formats as data: sections, tables, rows, columns, labels, synonyms and template markers
// (FORMAT.md §2–§3). The one place where the format lives; readers and rules take it from here.
#include <string>
#include <vector>

namespace nianbao::tmpl {

struct SectionDef {
  std::string key;                    // "s1".."s6"
  std::string numeral;                // "一".."六"
  std::string title;                  // official heading without the numeral: "总体情况"
  std::vector<std::string> synonyms;  // accepted headings (without numeral), FORMAT V2
  std::vector<std::string> keywords;  // any of these in a numbered heading identifies the section
};

struct ColumnDef {
  std::string key;
  std::string label;  // official header text
  std::string label_en;
  std::vector<std::string> synonyms;
};

struct RowDef {
  std::string key;    // canonical row key; empty for a group heading that has no numbers
  std::string label;  // official label, numbering included: "1.属于国家秘密"
  std::string label_en;
  std::string group;  // enclosing group label ("（三）不予公开"), empty for top-level rows
  std::vector<std::string> synonyms;  // other labels seen in practice
  std::vector<std::string> columns;   // column keys this row has (table 二 rows differ)
  // For a group heading: the key its numbers get when a report fills the heading itself as one
  // row (the 2019 single row （六）其他处理 is "r6"; a collapsed （三）不予公开 would be "r3").
  std::string collapsed_key = {};
};

struct TableDef {
  std::string key;                 // "t2", "t3", "t4"
  std::string name_zh;             // "表三"
  std::string template_id;         // "2021" or "2019"
  std::vector<RowDef> rows;        // data rows and group headings, in official order
  std::vector<ColumnDef> columns;  // all columns, in order
};

const std::vector<SectionDef>& sections();
const TableDef& table(const std::string& key,
                      const std::string& template_id);  // template "2019" or else 2021

// Labels that only the 2019 (60号) or only the 2021 (30号) format uses (FORMAT §3.4).
// `whole_cell` markers must equal a normalised cell, the others may appear inside one.
struct Marker {
  std::string text;
  bool whole_cell;
};
const std::vector<Marker>& markers_2019();
const std::vector<Marker>& markers_2021();
const std::vector<std::string>& markers_pre2019();  // headings of the 2008-条例 reports (§3.5)

// The printed rule note of table 三's header.
extern const char* const kT3RuleNote;

// Human names for messages.
const ColumnDef* find_column(const TableDef& t, const std::string& key);
const RowDef* find_row(const TableDef& t, const std::string& key);

}  // namespace nianbao::tmpl
