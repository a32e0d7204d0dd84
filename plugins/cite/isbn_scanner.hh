// ISBNs in free text (see isbn_scanner.cc).
#ifndef REAM_CITE_ISBN_SCANNER_HH
#define REAM_CITE_ISBN_SCANNER_HH

#include <string>
#include <string_view>
#include <vector>

#include "reference.hh"

namespace ream::cite {

std::vector<Reference> scan_isbns(std::string_view text);

// True when `digits` (10 or 13 characters, an ISBN-10 may end in 'X') has
// a valid ISBN check digit.
bool valid_isbn(std::string_view digits);

}  // namespace ream::cite

#endif  // REAM_CITE_ISBN_SCANNER_HH
