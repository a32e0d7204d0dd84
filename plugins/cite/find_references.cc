// Runs the scanners in the order their evidence depends on each other.
//
// URLs come first because a URL's syntax bounds what is inside it: a DOI
// in a URL ends with the URL's path, and an arXiv id is only read out of
// an arxiv.org URL.  DOIs come next because their suffixes are full of
// numbers shaped like arXiv ids ("10.1198/tast.2010.09132").  arXiv ids
// are then looked for outside both.  ISBNs need their own label and do
// not collide with the rest.
#include "find_references.hh"

#include <algorithm>

#include "arxiv_scanner.hh"
#include "doi_scanner.hh"
#include "isbn_scanner.hh"

namespace ream::cite {

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::arxiv:
      return "arxiv";
    case Kind::doi:
      return "doi";
    case Kind::url:
      return "url";
    case Kind::isbn:
      return "isbn";
    case Kind::record:
      return "record";
  }
  return "record";
}

std::vector<Reference> find_references(std::string_view text, const ScanPolicy& policy) {
  std::vector<Reference> found = scan_urls(text, policy.schemeless);
  std::vector<Reference> dois = scan_dois(text, found);
  found.insert(found.end(), dois.begin(), dois.end());
  std::vector<Reference> arxiv = scan_arxiv(text, found, policy.latest_yymm);
  found.insert(found.end(), arxiv.begin(), arxiv.end());
  if (policy.isbn) {
    std::vector<Reference> isbns = scan_isbns(text);
    found.insert(found.end(), isbns.begin(), isbns.end());
  }
  std::stable_sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.kind < b.kind;
  });
  return found;
}

}  // namespace ream::cite
