// Candidate keyphrases: runs of phrase words between boundaries.
//
// A run is a maximal sequence of non-stop words with no punctuation,
// bracket, number or sentence end inside.  Generic adjectives at its start
// are stripped ("new hybrid method" -> "hybrid method").  The run and its
// right-anchored sub-phrases compete ("adaptive neural network
// controller", "neural network controller", "network controller",
// "controller"): in English the head noun is last, so suffixes of a noun
// phrase are usually noun phrases themselves, while prefixes often are
// not.  A run longer than the phrase limit (8 words, a bound against
// pathological runs rather than a setting: 5, 6 and 8 give the same F1 on
// Inspec, 4 cost 0.4 points) is cut from the right into pieces of at most
// that length.  A phrase made only of generic words
// ("method", "performance analysis") is not a candidate.
#ifndef REAM_KEYWORDS_CANDIDATES_HH
#define REAM_KEYWORDS_CANDIDATES_HH

#include "document.hh"

#include <cstdint>
#include <vector>

namespace ream::keywords {

struct Occurrence {
  uint32_t first_slot;
  uint8_t length;  // in words
};

constexpr uint8_t kMaxPhraseWords = 8;

// Every candidate occurrence in `doc`, in text order of their last word
// and, for the same last word, longest first.
void find_candidates(const Document& doc, std::vector<Occurrence>& out);

}  // namespace ream::keywords

#endif
