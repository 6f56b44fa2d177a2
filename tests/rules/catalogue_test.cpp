// The rule catalogue is the one home of rule text: every id of RULES.md is a row (and every row an id
// of RULES.md or an addition whose row says why), every implemented row has zh and en templates that format
// completely, rule code names rules only through NB_RULE (checked at compile time), and no finding of
// any fixture or corpus report carries an unfilled slot.
#include "core/rules/catalogue.hpp"

#include <dirent.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/check.hpp"
#include "core/render/render.hpp"
#include "tests/support/json_bridge.hpp"
#include "tests/support/test_support.hpp"

using namespace nianbao;

namespace {

// Compile-time: NB_RULE resolves an id to its row, so a misspelt id in rule code does not compile.
static_assert(catalogue_rows::index_of("t3-balance") < catalogue_rows::rule_count());
static_assert(std::string_view(catalogue_rows::kFamilies[0].rows[0].id) == "input-unreadable");

struct SpecRule {
  std::string id, severity, applies;
};

std::vector<SpecRule> spec_rules() {
  std::ifstream in(nianbao::testing::source_dir() + "/../shared/spec/RULES.md");
  std::vector<SpecRule> out;
  std::string line;
  std::regex row(R"(^\| `([a-z0-9-]+)` \| (error|warning|info) \| (all|2021|2019) \|)");
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, row)) out.push_back({m[1], m[2], m[3]});
  }
  return out;
}

void list_sources(const std::string& dir, std::vector<std::string>& out) {
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    std::string path = dir + "/" + name;
    if (e->d_type == DT_DIR)
      list_sources(path, out);
    else if (name.size() > 4 &&
             (name.substr(name.size() - 4) == ".cpp" || name.substr(name.size() - 4) == ".hpp"))
      out.push_back(path);
  }
  closedir(d);
}

const std::regex kUnfilled(R"(\{[a-z_]+\})");

}  // namespace

TEST(RuleCatalogue, EveryRuleOfTheSpecIsRegisteredWithItsSeverityAndScope) {
  std::vector<SpecRule> spec = spec_rules();
  if (spec.empty()) GTEST_SKIP() << "RULES.md not found beside the project";
  EXPECT_GE(spec.size(), 50u);
  for (const auto& s : spec) {
    const RuleDef* r = find_rule(s.id);
    ASSERT_NE(r, nullptr) << s.id;
    EXPECT_STREQ(severity_name(r->severity), s.severity.c_str()) << s.id;
    EXPECT_EQ(r->applies, s.applies) << s.id;
  }
}

TEST(RuleCatalogue, EveryRowIsInTheSpecOrADocumentedAddition) {
  std::vector<SpecRule> spec = spec_rules();
  if (spec.empty()) GTEST_SKIP() << "RULES.md not found beside the project";
  std::set<std::string> known;
  for (const auto& s : spec) known.insert(s.id);
  // An addition says why in its row (.added_because), and the generated docs/rules/ list it as one.
  for (std::size_t i = 0; i < rule_count(); ++i)
    EXPECT_TRUE(known.count(rule_at(i).id) || *rule_at(i).addition)
        << rule_at(i).id << " is neither in RULES.md nor marked as an addition";
}

TEST(RuleCatalogue, IdsAreUnique) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < rule_count(); ++i)
    EXPECT_TRUE(seen.insert(rule_at(i).id).second) << rule_at(i).id;
}

TEST(RuleCatalogue, ImplementedRulesAreFullyDocumented) {
  for (std::size_t i = 0; i < rule_count(); ++i) {
    const RuleDef& r = rule_at(i);
    if (!r.implemented || std::string(r.id).rfind("input-", 0) == 0) continue;
    EXPECT_FALSE(!*r.title_text.zh || !*r.title_text.en) << r.id;
    EXPECT_FALSE(!*r.description_text.zh || !*r.description_text.en) << r.id;
    EXPECT_FALSE(!*r.example_fail || !*r.example_pass) << r.id;
    EXPECT_FALSE(!*r.fix_text.zh || !*r.fix_text.en) << r.id;
  }
}

TEST(RuleCatalogue, EveryImplementedRuleHasTemplatesThatFormatWithTheirSlots) {
  for (std::size_t i = 0; i < rule_count(); ++i) {
    const RuleDef& r = rule_at(i);
    if (!r.implemented) continue;
    EXPECT_TRUE(r.template_count > 0 || *r.shared_message) << r.id << " has no message template";
    std::vector<MessageTemplate> all(r.templates, r.templates + r.template_count);
    if (*r.shared_message)
      all.push_back(
          *std::find_if(std::begin(catalogue_rows::kSharedTexts), std::end(catalogue_rows::kSharedTexts),
                        [&](const MessageTemplate& t) { return std::string(t.name) == r.shared_message; }));
    for (const auto& t : all) {
      EXPECT_TRUE(*t.zh && *t.en) << r.id << "/" << t.name << ": both languages";
      // The declared slots are those the template names; formatted with a value for each, nothing stays open.
      Slots slots;
      for (const auto& s : slots_of(t.zh)) slots.push_back({"", "<" + s + ">"});
      for (const auto& s : slots_of(t.en)) slots.push_back({"", "<" + s + ">"});
      std::vector<std::string> names = slots_of(t.zh), en = slots_of(t.en);
      names.insert(names.end(), en.begin(), en.end());
      for (std::size_t k = 0; k < slots.size(); ++k) slots[k].name = names[k];
      Message m = format(t, slots);
      EXPECT_FALSE(std::regex_search(m.zh, kUnfilled)) << r.id << "/" << t.name << ": " << m.zh;
      EXPECT_FALSE(std::regex_search(m.en, kUnfilled)) << r.id << "/" << t.name << ": " << m.en;
      EXPECT_EQ(std::count(t.zh, t.zh + std::strlen(t.zh), '{'),
                std::count(t.zh, t.zh + std::strlen(t.zh), '}'))
          << r.id << "/" << t.name;
      EXPECT_EQ(std::count(t.en, t.en + std::strlen(t.en), '{'),
                std::count(t.en, t.en + std::strlen(t.en), '}'))
          << r.id << "/" << t.name;
    }
  }
}

TEST(RuleCatalogue, FormattingFillsNamedSlotsPerLanguage) {
  MessageTemplate t{"message", "{table}缺少“{row}”行", "{table} lacks the row \"{row}\""};
  Message m = format(t, {{"table", "表三", "Table 3"}, {"row", "（一）予以公开"}});
  EXPECT_EQ(m.zh, "表三缺少“（一）予以公开”行");
  EXPECT_EQ(m.en, "Table 3 lacks the row \"（一）予以公开\"");
  Message open = format(t, {{"table", "表三", "Table 3"}});  // a forgotten slot stays visible
  EXPECT_NE(open.zh.find("{row}"), std::string::npos);
}

TEST(RuleCatalogue, RuleCodeNamesRulesOnlyThroughTheCatalogue) {
  // A rule id written as text bypasses the compile-time check; findings take their id from NB_RULE.
  std::vector<std::string> files;
  for (const char* dir : {"/core", "/cli", "/wasm"})
    list_sources(nianbao::testing::source_dir() + dir, files);
  ASSERT_FALSE(files.empty());
  std::regex raw(R"(\.rule\s*=\s*"|\.checked\(\)|\.not_assessable\(\))");
  for (const auto& f : files) {
    std::string text = nianbao::testing::read_file(f);
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, raw))
        << f << " names a rule or counts a check without NB_RULE: " << m.str();
  }
}

TEST(RuleCatalogue, NoFindingOfAFixtureOrCorpusReportHasAnUnfilledSlot) {
  std::vector<std::string> inputs;
  for (const char* f :
       {"clean-2021-tabs.txt", "clean-2019-tabs.txt", "clean-2021.html", "html_word_export.html"})
    inputs.push_back(nianbao::testing::fixture_path(f));
  inputs.push_back(nianbao::testing::source_dir() + "/web/example-report.txt");
  if (auto dir = nianbao::testing::corpus_dir()) {
    inputs.push_back(*dir + "/seed-fengquan-2023.txt");
    for (const char* f : {"001.txt", "002.txt", "003.txt", "007.txt", "008.html"})
      inputs.push_back(*dir + "/reports/" + f);
  }
  int findings = 0;
  for (const auto& path : inputs) {
    std::string text = nianbao::testing::read_file(path);
    if (text.empty()) continue;
    CheckOptions o;
    o.file_name = path.substr(path.rfind('/') + 1);
    for (const auto& d : check(text, o).diagnostics) {
      ++findings;
      EXPECT_FALSE(d.message_zh.empty() || d.message_en.empty()) << path << " " << d.rule;
      EXPECT_FALSE(std::regex_search(d.message_zh, kUnfilled)) << path << " " << d.message_zh;
      EXPECT_FALSE(std::regex_search(d.message_en, kUnfilled)) << path << " " << d.message_en;
    }
  }
  EXPECT_GT(findings, 0);
}

TEST(RuleCatalogue, ArithmeticFormulasAreWrittenFromTheTemplateRelations) {
  nlohmann::json rules = nianbao::testing::rules_tree();
  auto formula = [&](const std::string& id) {
    for (const auto& r : rules)
      if (r["id"] == id) return r["formula"].get<std::string>();
    return std::string();
  };
  EXPECT_EQ(formula("t3-balance"), "t3.new.c + t3.carry_in.c = t3.r7.c + t3.carry_out.c");
  EXPECT_EQ(formula("t4-total"),
            "t4.g.total = t4.g.keep + t4.g.fix + t4.g.other + t4.g.pending (g = rv, ld, lr)");
  EXPECT_EQ(formula("t3-results-total"),
            "t3.r7.c = t3.r1.c + t3.r2.c + Σ t3.r3_i.c + Σ t3.r4_i.c + Σ t3.r5_i.c + Σ t3.r6_i.c");
  const RuleDef* balance = find_rule("t3-balance");
  ASSERT_NE(balance, nullptr);
  EXPECT_STREQ(balance->official_text,
               "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
}

TEST(RuleCatalogue, ReservedIdsAreListedButNotImplemented) {
  for (std::size_t i = 0; i < rule_count(); ++i) {
    const RuleDef& r = rule_at(i);
    std::string family = r.family;
    if (family == "previous" || family == "publication" || family == "later") {
      EXPECT_TRUE(!r.implemented || r.template_count > 0) << r.id << ": implemented rows need templates";
    }
  }
  const RuleDef* foreign = find_rule("doc-foreign-place");
  ASSERT_NE(foreign, nullptr);
  EXPECT_FALSE(foreign->implemented);
}

TEST(RuleCatalogue, CrossYearAndPublicationRulesAreImplementedAndDocumented) {
  for (const char* id : {"prev-carry-over", "prev-valid-roll", "prev-duplicate-text", "prev-identical-tables",
                         "publish-late"}) {
    const RuleDef* r = find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_TRUE(r->implemented) << id;
    EXPECT_FALSE(std::string(r->example_fail).empty() || std::string(r->example_pass).empty() ||
                 std::string(r->fix_text.zh).empty() || r->template_count == 0)
        << id;
  }
}

TEST(RuleCatalogue, Table3BalanceCarriesThePrintedRule) {
  const RuleDef* r = find_rule("t3-balance");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(std::string(r->official_text),
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
}
