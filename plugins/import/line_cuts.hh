// Where a line-based format may be cut into pieces parsed on their own.
//
// A format's `split` (format_detect.hh) knows which line boundaries leave
// its reader holding nothing (after RIS's "ER  - ", after a blank line in
// MEDLINE); this helper walks the text and takes the first such boundary
// at or after every `piece_bytes` bytes, so that the pieces are about
// that size and the cuts cost one pass over the lines near them.  A file
// without a boundary past some point just has a long last piece.
#ifndef REAM_IMPORT_LINE_CUTS_HH
#define REAM_IMPORT_LINE_CUTS_HH

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace ream::import {

// The number of '\n' in `text` (memchr runs many bytes a step; a loop
// over bytes costs several instructions each).
inline uint64_t count_newlines(std::string_view text) {
  uint64_t n = 0;
  const char* end = text.data() + text.size();
  for (const char* p = text.data(); p < end; ++p, ++n) {
    p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    if (!p) break;
  }
  return n;
}

// Offsets (ascending, each 0 < offset < text.size(), each the start of a
// line) where may_cut(before, line) holds: `line` is the line starting
// there and `before` the line ending just before it, both without their
// '\n' (a '\r' is left for the predicate, which knows its format's rule).
template <class MayCut>
std::vector<size_t> line_cuts(std::string_view text, size_t piece_bytes, MayCut may_cut) {
  std::vector<size_t> cuts;
  if (piece_bytes == 0) return cuts;
  size_t target = piece_bytes;
  while (target < text.size()) {
    // The line that contains byte target - 1 ends the `before` line.
    size_t nl = text.find('\n', target - 1);
    bool found = false;
    while (nl != std::string_view::npos && nl + 1 < text.size()) {
      size_t prev = text.rfind('\n', nl == 0 ? 0 : nl - 1);
      size_t from = prev == std::string_view::npos || nl == 0 ? 0 : prev + 1;
      std::string_view before = text.substr(from, nl - from);
      size_t start = nl + 1;
      size_t next = text.find('\n', start);
      std::string_view line = text.substr(start, (next == std::string_view::npos ? text.size() : next) - start);
      if (may_cut(before, line)) {
        cuts.push_back(start);
        target = start + piece_bytes;
        found = true;
        break;
      }
      nl = next;
    }
    if (!found) break;
  }
  return cuts;
}

}  // namespace ream::import

#endif
