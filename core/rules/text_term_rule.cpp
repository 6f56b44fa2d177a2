// text-term: misspellings of official terms in the prose (labels: label-nonstandard)
// (行政性事业收费 for 行政事业性收费, 其他法律行政止公开 for 其他法律行政法规禁止公开). A short list of
// misspellings seen in real reports, not a spelling checker: each entry must never be a correct phrase.
#include "core/rules/text_checks.hpp"
#include "core/rules/text_support.hpp"
#include "core/text/normalize.hpp"

namespace nianbao::rules {

namespace {

struct Misspelling {
  std::string_view wrong, right;
};

const Misspelling kMisspellings[] = {
    {"行政性事业收费", "行政事业性收费"},
    {"行政事业性性收费", "行政事业性收费"},
    {"其他法律行政止公开", "其他法律行政法规禁止公开"},
    {"政府信息公开条列", "政府信息公开条例"},
    {"于以公开", "予以公开"},
    {"不于公开", "不予公开"},
    {"不于处理", "不予处理"},
    {"行政复义", "行政复议"},
    {"三安全一稳", "三安全一稳定"},
    {"信访举报投拆", "信访举报投诉"},
    {"本机关不掌控相关政府信息", "本机关不掌握相关政府信息"},
    {"没有现存信息需要另行制作", "没有现成信息需要另行制作"},
    {"要求提供公开出版社", "要求提供公开出版物"},
};

// Only the prose is scanned (a misspelt row label is label-nonstandard's), so the message says 正文.
void report_term(Findings& out, const Misspelling& m, Range at) {
  Diagnostic d;
  d.at = at;
  d.expected = std::string(m.right);
  d.found = std::string(m.wrong);
  out.add(NB_RULE("text-term"), std::move(d),
          {{"wrong", std::string(m.wrong)}, {"right", std::string(m.right)}});
}

}  // namespace

void check_terms(const Report& /*report*/, const ProseScan& scan, Findings& out) {
  out.checked(NB_RULE("text-term"));
  for (std::size_t pi = 0; pi < scan.pieces->size(); ++pi) {
    const TextPiece& piece = (*scan.pieces)[pi];
    const std::string& text = scan.compacted[pi].text;
    const std::vector<std::size_t>& at = scan.compacted[pi].at;
    for (const auto& m : kMisspellings) {
      // "三安全一稳" is also the start of the correct "三安全一稳定".
      std::size_t from = 0, p;
      while ((p = text::find(text, m.wrong, from)) != std::string::npos) {
        from = p + m.wrong.size();
        if (text.compare(p, m.right.size(), m.right) == 0) continue;
        report_term(out, m, piece.range(at[p], at[p + m.wrong.size() - 1] + 1));
      }
    }
  }
  // Row labels are not scanned here: a misspelt label is reported once, by label-nonstandard.
}

}  // namespace nianbao::rules
