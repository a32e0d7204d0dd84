// Case shapes by Unicode properties (ICU), with an ASCII fast path.
#include "surface_form.hh"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace ream::keywords {

CaseShape case_shape(std::string_view word) {
  CaseShape shape;
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  bool first = true, part_start = false;
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) continue;
    if (c == '-') {
      part_start = true;  // "Linear-Time": each part of a compound starts anew
      continue;
    }
    bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) || u_istitle(c);
    if (first) {
      shape.first_upper = upper;
      first = false;
    } else if (upper && !part_start) {
      shape.other_upper = true;
    }
    part_start = false;
  }
  return shape;
}

bool written_in_capitals(std::string_view text) {
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  int letters = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) continue;
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
    } else if (u_isULowercase(c)) {
      return false;
    } else {
      letters += u_isUUppercase(c);
    }
  }
  return letters > 1;
}

}  // namespace ream::keywords
