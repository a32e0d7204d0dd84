// Abstract excerpts cut at a word boundary.
//
// Length is counted in code points, not bytes, so a limit means the same
// for Chinese as for English, and a cut never splits a UTF-8 sequence.
// Cutting backs up to the last space in the budget so no word is halved,
// then drops the punctuation that would dangle before the ellipsis
// ("results, …" reads worse than "results…").
#include "excerpt.hh"

#include <string_view>

namespace ream::markdown {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xc0) == 0x80; }

// Byte offset just past the first `n` code points (or the end).
size_t offset_after_code_points(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && is_continuation(static_cast<unsigned char>(s[i]))) ++i;
    --n;
  }
  return i;
}

bool dangling(char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '(' || c == '\t'; }

}  // namespace

std::string excerpt(std::string_view text, size_t max_chars) {
  if (max_chars == 0) return std::string(text);
  size_t cut = offset_after_code_points(text, max_chars);
  if (cut >= text.size()) return std::string(text);
  bool mid_word = text[cut] != ' ' && text[cut] != '\n' && text[cut] != '\t';
  if (mid_word) {
    size_t space = text.find_last_of(" \t\n", cut);
    if (space != std::string_view::npos && space > 0) cut = space;
  }
  while (cut > 0 && dangling(text[cut - 1])) --cut;
  return std::string(text.substr(0, cut)) + "\u2026";
}

}  // namespace ream::markdown
