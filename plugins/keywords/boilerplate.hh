// Sentences about the publication rather than its topic.
//
// Abstracts as they come from publishers carry copyright notices
// ("© 2021 Massachusetts Medical Society. All rights reserved."), licence
// lines, "Published by" lines and funding or acknowledgement sentences.
// Their words are not keyphrases, and they would also shift positions and
// document frequencies, so the analyzer skips such sentences entirely: a
// record with a copyright line appended ranks exactly as one without.
//
// A sentence is boilerplate when it contains one of a small set of
// markers (one RE2 pattern, case-insensitive, one pass over the text).
// Sentences end at . ! ? followed by white space and a character that is
// not a lower-case letter, nor a digit after an abbreviation of three
// letters or fewer (so "Elsevier Ltd. on behalf of" and "Grant No. 61772"
// stay one sentence), or at a line break.  A copyright notice ("©", "(c) 2020",
// "Copyright") starts at its mark, not at the start of its sentence, so
// that a notice glued to the last sentence without a full stop leaves
// that sentence alone.
#ifndef REAM_KEYWORDS_BOILERPLATE_HH
#define REAM_KEYWORDS_BOILERPLATE_HH

#include <re2/re2.h>

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace ream::keywords {

struct ByteRange {
  uint32_t begin;
  uint32_t end;
};

class BoilerplateFinder {
 public:
  BoilerplateFinder();
  // The boilerplate sentences of `text`, in order, into `out` (cleared).
  void find(std::string_view text, std::vector<ByteRange>& out) const;

 private:
  re2::RE2 marker_;
};

}  // namespace ream::keywords

#endif
