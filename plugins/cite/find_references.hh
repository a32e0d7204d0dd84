// All identifier references in one piece of text (see find_references.cc).
#ifndef REAM_CITE_FIND_REFERENCES_HH
#define REAM_CITE_FIND_REFERENCES_HH

#include <string_view>
#include <vector>

#include "reference.hh"
#include "url_scanner.hh"

namespace ream::cite {

struct ScanPolicy {
  Schemeless schemeless = Schemeless::gtld;
  bool isbn = true;
  int latest_yymm = 0;  // 0: the current month
};

// URLs, DOIs, arXiv ids and ISBNs in `text`, ordered by position.
std::vector<Reference> find_references(std::string_view text, const ScanPolicy& policy = {});

}  // namespace ream::cite

#endif  // REAM_CITE_FIND_REFERENCES_HH
