// The ASCII word segmenter; the rules it follows are in ascii_segments.hh.
//
// A segment starting with a letter or digit is extended greedily: over
// letters and digits, and over one joining mark when the characters on
// both sides allow it (the UAX #29 look-ahead rules need only one
// character of context each way).  Its status is that of its last
// character, as ICU's rule tags work out: "x9" and "MP3" are numbers,
// "9x" is letters.
#include "ascii_segments.hh"

namespace ream::keywords {

namespace {

// ICU's word rules count "@" as a letter (ALetter), for e-mail-like names.
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_letter(c) || is_digit(c); }

// WB6/7 and WB11/12: may `mark` join `before` and `after`?
bool joins(char before, char mark, char after) {
  if (mark == '.' || mark == '\'')
    return (is_letter(before) && is_letter(after)) || (is_digit(before) && is_digit(after));
  if (mark == ',' || mark == ';') return is_digit(before) && is_digit(after);
  return false;
}

bool needs_icu(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80 || c == '_') return true;
  return false;
}

// End of the letter/digit segment starting at `i`.
size_t word_end(std::string_view text, size_t i) {
  const size_t n = text.size();
  while (i < n) {
    if (is_alnum(text[i]))
      ++i;
    else if (i + 1 < n && joins(text[i - 1], text[i], text[i + 1]))
      i += 2;
    else
      break;
  }
  return i;
}

}  // namespace

bool segment_ascii(std::string_view text, std::vector<Segment>& out) {
  if (needs_icu(text)) return false;
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    size_t end = i + 1;
    SegmentKind kind = SegmentKind::other;
    if (is_alnum(text[i])) {
      end = word_end(text, i);
      kind = is_letter(text[end - 1]) ? SegmentKind::letters : SegmentKind::number;
    } else if (text[i] == ' ') {
      while (end < n && text[end] == ' ') ++end;
    } else if (text[i] == '\r' && end < n && text[end] == '\n') {
      ++end;
    }
    out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), kind});
    i = end;
  }
  return true;
}

}  // namespace ream::keywords
