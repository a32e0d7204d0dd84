// One reference found in a piece of text: what kind of identifier it is,
// its normalised key, where it points, and the byte range it came from.
//
// Every scanner returns these; links.cc turns them into the `links`
// objects of a record.  Spans are UTF-8 byte offsets [begin, end) into
// the scanned string, because that is what a consumer slicing the field
// (in any language) can use without re-decoding.
#ifndef REAM_CITE_REFERENCE_HH
#define REAM_CITE_REFERENCE_HH

#include <cstddef>
#include <string>
#include <string_view>

namespace ream::cite {

enum class Kind { arxiv, doi, url, isbn, record };

std::string_view kind_name(Kind kind);

struct Reference {
  Kind kind;
  std::string id;   // normalised key: arXiv id, lower-case DOI, URL as written, ISBN digits
  std::string url;  // canonical URL, empty when there is none (ISBN)
  size_t begin = 0;
  size_t end = 0;
};

}  // namespace ream::cite

#endif  // REAM_CITE_REFERENCE_HH
