// Document frequencies of stems, and the table file that stores them.
//
// IDF needs to know how many documents contain each term.  The table is
// indexed by the shared TermTable ids.  Its file form is TSV so that it
// can be inspected and merged with standard tools:
//
//   # any comment lines
//   documents<TAB>N
//   term<TAB>count          (one line per stem, sorted by bytes)
//
// Terms are Snowball English stems of case-folded words.  A count larger
// than N, a missing header, or a malformed line is a data error naming
// the file and line.
#ifndef REAM_KEYWORDS_DOCUMENT_FREQUENCY_HH
#define REAM_KEYWORDS_DOCUMENT_FREQUENCY_HH

#include "lexicon.hh"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ream::keywords {

class DocumentFrequency {
 public:
  explicit DocumentFrequency(TermTable& terms) : terms_(terms) {}

  // Count one document, given its distinct terms.
  void add_document(std::span<const uint32_t> distinct_terms);
  // The same with terms interned in another table `from` (a worker's
  // extractor's); `ours` caches from's ids -> this table's, and belongs
  // to that one `from`.
  void add_document(const TermTable& from, std::span<const uint32_t> distinct_terms, std::vector<uint32_t>& ours);
  uint64_t documents() const { return documents_; }
  uint64_t count(uint32_t term) const { return term < counts_.size() ? counts_[term] : 0; }
  const TermTable& terms() const { return terms_; }

  // Add the counts of a table file's text; `origin` names it in errors.
  void load(std::string_view text, std::string_view origin);
  std::string save() const;

 private:
  TermTable& terms_;
  std::vector<uint64_t> counts_;
  uint64_t documents_ = 0;
};

}  // namespace ream::keywords

#endif
