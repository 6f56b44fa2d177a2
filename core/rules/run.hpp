#pragma once
// Runs every rule family over a report. Each family lives in its own file under rules/.
#include <string>
#include <string_view>

#include "core/model/report.hpp"
#include "core/rules/findings.hpp"
#include "core/rules/relation_engine.hpp"

namespace nianbao {

void run_document_rules(const Report& report, Findings& out);   // rules/document_rules.cpp
void run_structure_rules(const Report& report, Findings& out);  // rules/structure_rules.cpp
void run_cell_rules(const Report& report, Findings& out);       // rules/cell_rules.cpp
// `relations`: the template's relations over this report (rules/relation_engine.hpp), made once per check.
void run_arithmetic_rules(const Report& report, const rules::RelationSet& relations, Findings& out);
void run_text_rules(const Report& report, const rules::RelationSet& relations, Findings& out);

void run_all_rules(const Report& report, const rules::RelationSet& relations,
                   Findings& out);  // rules/run.cpp

// The formula text of an arithmetic rule, written from the template's relations ("" for other rules).
std::string arithmetic_formula(std::string_view rule_id);  // rules/arithmetic_rules.cpp

}  // namespace nianbao
