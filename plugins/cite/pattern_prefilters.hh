// Cheap necessary conditions for the scanners' patterns (see
// pattern_prefilters.cc).
#ifndef REAM_CITE_PATTERN_PREFILTERS_HH
#define REAM_CITE_PATTERN_PREFILTERS_HH

#include <string_view>
#include <vector>

#include "reference.hh"
#include "spans.hh"

namespace ream::cite {

// A label character, '.', and two lower-case ASCII letters ("x.org"),
// outside the URLs with a scheme already found: a bare domain whose
// top-level dot lies inside one of them overlaps it and is not taken.
bool may_hold_bare_domain(std::string_view text, const Spans& scheme_urls);
// Four dot-separated digit runs: "4.4.4.4".
bool may_hold_dotted_quad(std::string_view text);
// Four digits, '.', four digits: "2312.03884".
bool may_hold_new_arxiv_id(std::string_view text);
// '/' and seven digits: "hep-th/9901001".
bool may_hold_old_arxiv_id(std::string_view text);
// "isbn" in any case.
bool may_hold_isbn_label(std::string_view text);

}  // namespace ream::cite

#endif  // REAM_CITE_PATTERN_PREFILTERS_HH
