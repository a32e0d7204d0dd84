// arXiv identifiers in free text (see arxiv_scanner.cc).
#ifndef REAM_CITE_ARXIV_SCANNER_HH
#define REAM_CITE_ARXIV_SCANNER_HH

#include <string>
#include <string_view>
#include <vector>

#include "reference.hh"

namespace ream::cite {

// arXiv ids in `text`.  `taken` are the URLs and DOIs already found:
// ids are read out of arxiv.org URLs among them, and a number inside any
// other URL or DOI is not an arXiv id.  `latest_yymm` (e.g. 2507) bounds
// new-style ids from above; 0 means the current month.
std::vector<Reference> scan_arxiv(std::string_view text, const std::vector<Reference>& taken, int latest_yymm = 0);

// The arXiv key of an id as written ("math.GT/0309001v2" -> "math/0309001",
// "hepph/9510424" -> "hep-ph/9510424", "2312.03884v1" -> "2312.03884"),
// or "" when it is not a valid id.
std::string arxiv_id_key(std::string_view written, int latest_yymm = 0);

}  // namespace ream::cite

#endif  // REAM_CITE_ARXIV_SCANNER_HH
