// The citation key each paper is written under, the same in every format.
//
// A record's own `key` is kept whenever BibTeX can use it, since a
// user's \cite{} must keep working; otherwise, and for records without
// one, the key is made from --key-format.  Either way the key is claimed
// in input order, so a second paper with the same key gets a letter.
// Claiming is streaming: a key is final when its paper is written, and a
// later record's own key that an earlier paper already took gets a letter
// too (with a warning), never the other way round.
#ifndef REAM_EXPORT_CITATION_KEYS_HH
#define REAM_EXPORT_CITATION_KEYS_HH

#include <string>

#include "key_format.hh"

namespace ream::exporting {

class CitationKeys {
 public:
  explicit CitationKeys(KeyFormat format) : format_(std::move(format)) {}

  // The key for `paper`; `warning` is set when its own key could not be
  // kept as it was.
  std::string key_for(const ExportPaper& paper, std::string* warning);

 private:
  KeyFormat format_;
  KeyRegistry registry_;
};

}  // namespace ream::exporting

#endif
