// DOIs in free text (see doi_scanner.cc).
#ifndef REAM_CITE_DOI_SCANNER_HH
#define REAM_CITE_DOI_SCANNER_HH

#include <string>
#include <string_view>
#include <vector>

#include "reference.hh"

namespace ream::cite {

// DOIs in `text`.  `urls` are the URLs already found in it: a DOI inside
// a URL ends where that URL's path (or query parameter) ends, and short
// DOIs ("10/b6vnmd") are taken from doi.org URLs only.  The DataCite
// arXiv DOI (10.48550/arXiv.ID) also yields its arXiv reference.
std::vector<Reference> scan_dois(std::string_view text, const std::vector<Reference>& urls);

// https://doi.org/KEY with the characters a URL path cannot hold escaped.
std::string doi_url(std::string_view key);

}  // namespace ream::cite

#endif  // REAM_CITE_DOI_SCANNER_HH
