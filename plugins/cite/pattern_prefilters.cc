// Cheap necessary conditions for the scanners' patterns.
//
// Most text holds no identifier at all, yet an unanchored RE2 search
// still walks every byte through a DFA whose Unicode classes make it
// slow (the bare-domain pattern alone was a third of the identifier
// scanning time).  Each pattern has a short literal core that any match
// must contain: the '.' of a domain followed by a lower-case TLD, the
// '.' between the two halves of a new-style arXiv id, the '/' before an
// old-style serial.  These functions look for that core with memchr and
// a few byte tests; when it is absent the pattern cannot match and the
// search is skipped.  They may say yes wrongly (the pattern then runs as
// before), never no wrongly, so results do not change.
#include "pattern_prefilters.hh"

#include <cstring>

namespace ream::cite {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool label_end(char c) {
  return digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// Calls `at(i)` for each occurrence of `c` until it returns true.
template <typename At>
bool any_byte(std::string_view text, char c, At at) {
  const char* base = text.data();
  const char* end = base + text.size();
  for (const char* p = base; p < end;) {
    p = static_cast<const char*>(std::memchr(p, c, static_cast<size_t>(end - p)));
    if (!p) return false;
    if (at(static_cast<size_t>(p - base))) return true;
    ++p;
  }
  return false;
}

bool digits_before(std::string_view text, size_t i, size_t n) {
  if (i < n) return false;
  for (size_t k = i - n; k < i; ++k)
    if (!digit(text[k])) return false;
  return true;
}

bool digits_after(std::string_view text, size_t i, size_t n) {
  if (i + n >= text.size()) return false;
  for (size_t k = i + 1; k <= i + n; ++k)
    if (!digit(text[k])) return false;
  return true;
}

// From the '.' at `dot` (digits before it), are there three more digit
// runs separated by dots?
bool quad_from(std::string_view text, size_t dot) {
  size_t i = dot;
  for (int runs = 1; runs < 4; ++runs) {
    size_t start = i + 1, k = start;
    while (k < text.size() && digit(text[k])) ++k;
    if (k == start) return false;
    if (runs == 3) return true;
    if (k >= text.size() || text[k] != '.') return false;
    i = k;
  }
  return false;
}

}  // namespace

bool may_hold_bare_domain(std::string_view text, const Spans& scheme_urls) {
  auto inside_url = [&](size_t i) { return scheme_urls.contains(i); };
  return any_byte(text, '.', [&](size_t i) {
    return i > 0 && i + 2 < text.size() && label_end(text[i - 1]) && lower(text[i + 1]) && lower(text[i + 2]) &&
           !inside_url(i);
  });
}

bool may_hold_dotted_quad(std::string_view text) {
  return any_byte(text, '.', [&](size_t i) { return digits_before(text, i, 1) && quad_from(text, i); });
}

bool may_hold_new_arxiv_id(std::string_view text) {
  return any_byte(text, '.', [&](size_t i) { return digits_before(text, i, 4) && digits_after(text, i, 4); });
}

bool may_hold_old_arxiv_id(std::string_view text) {
  return any_byte(text, '/', [&](size_t i) { return digits_after(text, i, 7); });
}

// 'b' is rare in prose, so two memchr passes for it beat one byte loop.
bool may_hold_isbn_label(std::string_view text) {
  auto label_around = [&](size_t b) {
    return b >= 2 && b + 1 < text.size() && (text[b - 2] | 0x20) == 'i' && (text[b - 1] | 0x20) == 's' &&
           (text[b + 1] | 0x20) == 'n';
  };
  return any_byte(text, 'b', label_around) || any_byte(text, 'B', label_around);
}

}  // namespace ream::cite
