#include "core/read/html_tokenizer.hpp"

#include "core/read/html_tags.hpp"

namespace nianbao::html {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

void Token::reset(Kind k) {
  kind = k;
  at = Range{};
  name.clear();
  attributes.clear();
  self_closing = false;
}

const std::string_view* Token::attribute(std::string_view n) const {
  for (const auto& a : attributes) {
    if (a.first.size() != n.size()) continue;
    std::size_t k = 0;
    while (k < n.size() && lower(a.first[k]) == n[k]) ++k;
    if (k == n.size()) return &a.second;
  }
  return nullptr;
}

void Tokenizer::skip_to(std::string_view terminator) {
  std::size_t f = s_.find(terminator, pos_);
  if (f == std::string_view::npos) {
    pos_ = s_.size();
    cut_off_ = true;
  } else {
    pos_ = f + terminator.size();
  }
}

bool Tokenizer::raw_text(Token& token) {
  std::string name;
  name.swap(raw_end_);
  std::size_t start = pos_, k = pos_, end = s_.size();
  bool found = false;
  if (name != "plaintext") {  // <plaintext> never ends
    while ((k = s_.find("</", k)) != std::string_view::npos) {
      std::size_t j = k + 2, m = 0;
      while (m < name.size() && j < s_.size() && lower(s_[j]) == name[m]) ++j, ++m;
      if (m == name.size() && (j == s_.size() || is_space(s_[j]) || s_[j] == '/' || s_[j] == '>')) {
        end = k;
        found = true;
        break;
      }
      k += 2;
    }
  }
  if (!found) cut_off_ = true;
  pos_ = end;
  token.reset(Token::Kind::RawText);
  token.at = Range{start, end};
  token.name = name;
  return true;
}

bool Tokenizer::read_tag(Token& token) {
  const std::size_t start = pos_, n = s_.size();
  std::size_t i = pos_ + 1;
  bool end_tag = s_[i] == '/';
  if (end_tag) ++i;
  Token& t = token;  // filled in place; a tag cut off at the end leaves it to no one (next() returns false)
  t.reset(end_tag ? Token::Kind::EndTag : Token::Kind::StartTag);
  while (i < n && !is_space(s_[i]) && s_[i] != '/' && s_[i] != '>') t.name += lower(s_[i++]);
  // Attributes; a tag the input cuts off is dropped, as browsers do.
  while (true) {
    while (i < n && (is_space(s_[i]) || s_[i] == '/')) {
      if (s_[i] == '/' && i + 1 < n && s_[i + 1] == '>') t.self_closing = true;
      ++i;
    }
    if (i >= n) break;
    if (s_[i] == '>') {
      pos_ = i + 1;
      t.at = Range{start, pos_};
      if (t.kind == Token::Kind::StartTag && !xml_ && tag_info(t.name).raw_text) raw_end_ = t.name;
      return true;
    }
    const std::size_t name_start = i++;  // the first character may be '=' (browsers keep it in the name)
    while (i < n && !is_space(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
    const std::string_view name = s_.substr(name_start, i - name_start);
    std::size_t j = i;
    while (j < n && is_space(s_[j])) ++j;
    std::string_view value;
    if (j < n && s_[j] == '=') {
      i = j + 1;
      while (i < n && is_space(s_[i])) ++i;
      if (i < n && (s_[i] == '"' || s_[i] == '\'')) {
        std::size_t close = s_.find(s_[i], i + 1);
        if (close == std::string_view::npos) {
          i = n;
          break;
        }
        value = s_.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        std::size_t v = i;
        while (i < n && !is_space(s_[i]) && s_[i] != '>') ++i;
        value = s_.substr(v, i - v);
      }
    }
    if (!end_tag) t.attributes.emplace_back(name, value);
  }
  pos_ = n;
  cut_off_ = true;
  return false;
}

bool Tokenizer::next(Token& token) {
  if (!raw_end_.empty()) return raw_text(token);
  const std::size_t n = s_.size();
  while (pos_ < n) {
    // Character data up to the next '<' that opens markup; a stray '<' stays text.
    std::size_t text_start = pos_, i = pos_;
    std::size_t lt = std::string_view::npos;
    while (i < n) {
      std::size_t f = s_.find('<', i);
      if (f == std::string_view::npos || f + 1 >= n) break;
      char c = s_[f + 1];
      if (is_letter(c) || c == '/' || c == '!' || c == '?') {
        lt = f;
        break;
      }
      i = f + 1;
    }
    std::size_t text_end = lt == std::string_view::npos ? n : lt;
    if (text_end > text_start) {
      pos_ = text_end;
      token.reset(Token::Kind::Text);
      token.at = Range{text_start, text_end};
      return true;
    }
    // Markup at pos_.
    std::string_view rest = s_.substr(pos_);
    if (rest.compare(0, 4, "<!--") == 0) {
      // Comment, including Word's conditional comments <!--[if gte mso 9]>...<![endif]-->.
      std::size_t k = pos_ + 4;
      if (k < n && s_[k] == '>') {
        pos_ = k + 1;
        continue;
      }  // <!-->
      if (k + 1 < n && s_[k] == '-' && s_[k + 1] == '>') {
        pos_ = k + 2;
        continue;
      }  // <!--->
      bool closed = false;
      while ((k = s_.find("--", k)) != std::string_view::npos) {
        std::size_t j = k + 2;
        while (j < n && s_[j] == '-') ++j;  // "--->" closes too
        if (j < n && s_[j] == '>') {
          pos_ = j + 1;
          closed = true;
          break;
        }
        if (j + 1 < n && s_[j] == '!' && s_[j + 1] == '>') {
          pos_ = j + 2;
          closed = true;
          break;
        }
        k = j;
      }
      if (!closed) {
        pos_ = n;
        cut_off_ = true;
      }
      continue;
    }
    if (rest.compare(0, 9, "<![CDATA[") == 0) {
      pos_ += 9;
      skip_to("]]>");
      continue;
    }
    char c = s_[pos_ + 1];
    if (c == '!' || c == '?' || (c == '/' && !is_letter(pos_ + 2 < n ? s_[pos_ + 2] : '\0'))) {
      // Bogus comment: <!doctype ...>, <?xml ...?>, Word's <![if !supportLists]>, </ 3>, </>.
      pos_ += 2;
      skip_to(">");
      continue;
    }
    if (read_tag(token)) return true;
  }
  return false;
}

}  // namespace nianbao::html
