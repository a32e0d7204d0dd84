// Trailing-punctuation rules shared by the URL and DOI scanners.
//
// Both identifiers may legitimately contain brackets and punctuation, yet
// in running text they are usually followed by a full stop, a comma or
// the closing bracket of a parenthetical.  The rule every linkifier
// converges on: drop trailing sentence punctuation, and drop a closing
// bracket or quote only when it has no partner inside the match.
#ifndef REAM_CITE_TRIM_HH
#define REAM_CITE_TRIM_HH

#include <string_view>

namespace ream::cite {

// The length of `s` once trailing sentence punctuation (the characters in
// `sentence`) and unbalanced closing brackets and quotes are removed.
size_t trimmed_length(std::string_view s, std::string_view sentence);

}  // namespace ream::cite

#endif  // REAM_CITE_TRIM_HH
