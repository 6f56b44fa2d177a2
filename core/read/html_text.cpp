#include "core/read/html_text.hpp"

#include "core/read/html_entities.hpp"
#include "core/text/utf8.hpp"

namespace nianbao::html {

namespace {

bool is_collapsible(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::size_t sequence_at(std::string_view s, std::size_t i) {
  std::size_t len = utf8::sequence_length(static_cast<unsigned char>(s[i]));
  if (len == 0) len = 1;
  return i + len <= s.size() ? len : s.size() - i;
}

}  // namespace

void TextBuilder::put_visible(std::string_view bytes, std::size_t b, std::size_t e) {
  if (visible_len_ > 0) {
    if (pending_break_) {
      out_.resize(visible_len_);  // trailing spaces of the previous block go
      if (is_ascii_alnum(out_.back()) && is_ascii_alnum(bytes.front())) out_ += ' ';
    } else if (pending_space_) {
      out_ += ' ';
    }
  } else {
    out_.clear();  // nothing but spaces so far: leading spaces are dropped
    first_ = b;
  }
  pending_space_ = pending_break_ = false;
  out_.append(bytes);
  visible_len_ = out_.size();
  last_ = e;
}

void TextBuilder::put_hard_space(std::string_view bytes) {
  if (visible_len_ == 0 || pending_break_) return;  // leading spaces of a block are dropped
  if (pending_space_) out_ += ' ';
  pending_space_ = false;
  out_.append(bytes);
}

void TextBuilder::put_decoded(std::string_view bytes, std::size_t b, std::size_t e) {
  for (std::size_t i = 0; i < bytes.size();) {
    char c = bytes[i];
    if (is_collapsible(c)) {
      pending_space_ = true;
      ++i;
      continue;
    }
    std::size_t len = sequence_at(bytes, i);
    std::string_view ch = bytes.substr(i, len);
    if (ch == "\xC2\xA0" || ch == "\xE2\x80\x82" || ch == "\xE2\x80\x83" || ch == "\xE2\x80\x89") {
      put_hard_space(" ");
    } else if (ch == "\xE3\x80\x80") {
      put_hard_space(ch);
    } else if (ch == "\xE2\x80\x8B" || ch == "\xEF\xBB\xBF" || ch == "\xC2\xAD" || ch == "\xE2\x80\x8C" ||
               ch == "\xE2\x80\x8D") {
      // zero-width: nothing to see
    } else {
      put_visible(ch, b, e);
    }
    i += len;
  }
}

void TextBuilder::add_text(std::string_view input, Range at, bool entities) {
  if (at.end > input.size()) at.end = input.size();
  std::string decoded;
  for (std::size_t i = at.begin; i < at.end;) {
    char c = input[i];
    if (c == '&' && entities) {
      std::size_t j = i;
      decoded.clear();
      // A reference never runs past the token it belongs to.
      if (decode_entity(input.substr(0, at.end), j, decoded)) {
        put_decoded(decoded, i, j);
        i = j;
        continue;
      }
    }
    if (is_collapsible(c)) {
      pending_space_ = true;
      ++i;
      continue;
    }
    std::size_t len = sequence_at(input.substr(0, at.end), i);
    put_decoded(input.substr(i, len), i, i + len);
    i += len;
  }
}

void TextBuilder::add_visible(std::string_view utf8_text, Range at) {
  if (!utf8_text.empty()) put_visible(utf8_text, at.begin, at.end);
}

void TextBuilder::add_break() {
  if (visible_len_ > 0) pending_break_ = true;
}

}  // namespace nianbao::html
