// How a word is written: enough to tell acronyms and names from words
// that are capitalised only because they start a sentence or a title.
#ifndef REAM_KEYWORDS_SURFACE_FORM_HH
#define REAM_KEYWORDS_SURFACE_FORM_HH

#include <string_view>

namespace ream::keywords {

struct CaseShape {
  bool first_upper = false;  // "Neural", "SBC", "Sprint"
  // "SBC", "GaAs", "mRNA": an acronym or symbol keeps its case.  A capital
  // that starts a part of a hyphenated word does not count ("Linear-Time").
  bool other_upper = false;
};

CaseShape case_shape(std::string_view word);

// True when `text` has letters but no lower-case ones ("A NEW METHOD"):
// its capitals carry no information.
bool written_in_capitals(std::string_view text);

}  // namespace ream::keywords

#endif
