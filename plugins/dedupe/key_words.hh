// The words of a space-separated key, as ream::text::title_key writes
// them: dedupe splits titles, venues, abstracts and author names into
// words in a dozen places, all the same way.
#ifndef REAM_DEDUPE_KEY_WORDS_HH
#define REAM_DEDUPE_KEY_WORDS_HH

#include <string_view>

namespace ream::dedupe {

// Calls `f` with each run of bytes between spaces, in order; empty runs
// (two spaces, or one at an end) are skipped.  The views point into
// `key`.
template <typename F>
void for_each_word(std::string_view key, F&& f) {
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) f(key.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace ream::dedupe

#endif
