// 内容雷同 (FORMAT DU-01/DU-02, named as a defect by the 2021 format): the prose of sections 一, 五 and 六
// copied from last year's report with only the years and figures changed. Sentences are compared
// after replacing every number (years included) and dropping spaces and punctuation; the template's
// own sentences (统计期限, the fee statement, contact lines) and very short ones (headings, "无。")
// say nothing about copying and are left out on both sides.
#include <algorithm>
#include <map>
#include <vector>

#include "core/rules/previous.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

namespace nianbao {

namespace {

// More than this share of the remaining sentences copied is 内容雷同 (FORMAT DU-01: "> 80%").
constexpr double kCopiedShare = 0.8;
// Fewer sentences than this say too little to call a whole report copied.
constexpr std::size_t kMinSentences = 4;
// Sentences shorter than this (code points, after normalising) are headings or formulae.
constexpr std::size_t kMinChars = 12;
// Passages shown side by side are cut to this many bytes (on a character boundary).
constexpr std::size_t kPassageBytes = 360;

const char* const kSections[] = {"s1", "s5", "s6"};

// Sentences every year's report repeats because the format asks for them.
bool template_sentence(const std::string& s) {
  for (const char* m :
       {"统计期限", "统计期间", "所列数据", "信息处理费", "如对本报告", "对本报告有任何疑问", "电子版",
        "联系电话", "联系地址", "邮政编码", "邮编", "年度报告根据", "本报告根据", "本报告由"})
    if (s.find(m) != std::string::npos) return true;
  return false;
}

bool numeral(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return true;
  switch (c) {
    case U'〇':
    case U'零':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'百':
    case U'千':
    case U'万':
    case U'亿':
    case U'两':
    case U'.':
    case U'%':
    case U'％':
      return true;
    default:
      return false;
  }
}

// Letters and CJK ideographs count; spaces, punctuation and symbols do not.
bool kept(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation: “”‘’—…
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation: 、。《》【】〔〕
  if (c >= 0xFF00 && c <= 0xFF65) return (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
  return true;
}

// Numbers become '#', punctuation and spaces go: "2023年收到申请12件。" -> "#年收到申请#件".
std::string comparable(std::string_view s, std::size_t& chars) {
  std::string out;
  chars = 0;
  bool in_number = false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (numeral(c)) {
      if (!in_number) out += '#', ++chars;
      in_number = true;
      continue;
    }
    in_number = false;
    if (!kept(c)) continue;
    utf8::append(out, c);
    ++chars;
  }
  return out;
}

struct Sentence {
  std::string key;  // comparable form
  const TextPiece* piece;
  std::size_t begin, end;  // bytes of piece->text
  std::string section;
};

bool sentence_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';' ||
         c == U'\n';
}

// The sentences of sections 一, 五 and 六 that can show copying.
std::vector<Sentence> sentences(const Report& r) {
  std::vector<Sentence> out;
  for (const char* key : kSections) {
    const Section* s = r.section(key);
    if (!s || !s->present) continue;
    for (const auto& p : s->paragraphs) {
      std::size_t start = 0;
      for (std::size_t i = 0; i < p.text.size();) {
        char32_t c = utf8::next(p.text, i);
        if (!sentence_end(c) && i < p.text.size()) continue;
        std::string_view raw(p.text.data() + start, i - start);
        std::size_t chars = 0;
        std::string k = comparable(raw, chars);
        if (chars >= kMinChars && !template_sentence(std::string(raw))) out.push_back({k, &p, start, i, key});
        start = i;
      }
    }
  }
  return out;
}

std::string cut(const std::string& s) {
  std::string t = text::trim(s);
  if (t.size() <= kPassageBytes) return t;
  std::size_t n = kPassageBytes;
  while (n > 0 && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80) --n;
  return t.substr(0, n) + "…";
}

struct Copying {
  std::size_t sentences = 0, copied = 0;
  const Sentence* example = nullptr;  // the copied sentence whose paragraph copies most
  const Sentence* source = nullptr;   // last year's sentence it equals
};

Copying measure(const std::vector<Sentence>& now, const std::map<std::string, const Sentence*>& before,
                const std::string& only_section) {
  Copying c;
  std::map<const TextPiece*, std::size_t> per_paragraph;
  std::size_t best = 0;
  for (const auto& s : now) {
    if (!only_section.empty() && s.section != only_section) continue;
    ++c.sentences;
    auto it = before.find(s.key);
    if (it == before.end()) continue;
    ++c.copied;
    std::size_t n = ++per_paragraph[s.piece];
    if (n > best) best = n, c.example = &s, c.source = it->second;
  }
  return c;
}

void report_copy(const Copying& c, const std::string& where_zh, const std::string& where_en, Findings& out) {
  const Sentence& s = *c.example;
  Diagnostic d;
  d.at = s.piece->range(0, s.piece->text.size());
  int percent = static_cast<int>(100.0 * static_cast<double>(c.copied) / static_cast<double>(c.sentences));
  d.expected = "≤ 80%";
  d.found = std::to_string(percent) + "%";
  d.passage = cut(s.piece->text);
  d.previous_passage = cut(c.source->piece->text);
  out.add(NB_RULE("prev-duplicate-text"), std::move(d),
          {{"where", where_zh, where_en},
           {"copied", std::to_string(c.copied)},
           {"sentences", std::to_string(c.sentences)},
           {"percent", std::to_string(percent)},
           {"this_year", cut(s.piece->text)},
           {"last_year", cut(c.source->piece->text)}});
}

bool copied(const Copying& c, std::size_t min_sentences) {
  return c.sentences >= min_sentences && c.example &&
         static_cast<double>(c.copied) > kCopiedShare * static_cast<double>(c.sentences);
}

}  // namespace

void run_previous_text_rule(const Report& report, const Report& previous, Findings& out) {
  std::vector<Sentence> now = sentences(report), then = sentences(previous);
  if (now.empty() || then.empty()) {
    out.not_assessable(NB_RULE("prev-duplicate-text"));
    return;
  }
  out.checked(NB_RULE("prev-duplicate-text"));
  std::map<std::string, const Sentence*> before;
  for (const auto& s : then) before.emplace(s.key, &s);
  Copying all = measure(now, before, "");
  if (copied(all, kMinSentences)) {
    report_copy(all, "“一、总体情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”",
                "sections 一, 五 and 六", out);
    return;
  }
  // Section 五 asks what went wrong this year and how last year's problems were dealt with: copying it
  // is a defect of its own (DU-02) even when the rest of the report is new.
  Copying five = measure(now, before, "s5");
  if (copied(five, 2))
    report_copy(five, "“五、存在的主要问题及改进情况”", "section 五 (problems and improvements)", out);
}

}  // namespace nianbao
