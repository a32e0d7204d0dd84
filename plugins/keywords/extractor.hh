// Keyphrases of one document: candidates scored by their words.
//
// A word's score is its PositionRank score times its IDF raised to
// `idf_power`, IDF coming from the stream's document frequencies.  A
// phrase scores the sum of its word scores divided by length^length_power
// (0 keeps the plain sum, which favours the multi-word phrases that
// indexers choose), halved for a single word and doubled when the phrase
// occurs in the title.  The defaults were measured on a keyphrase set
// (docs/benchmarks/keywords.md); each one moved F1 by a point or more,
// except IDF and the window, which matter little there but guard against
// words that every record of a stream shares.  Candidates are grouped by their stems, so near
// repeats ("neural network", "neural networks") are one candidate shown
// in its most frequent written form.  The top k is chosen greedily, words
// already shown counting half.  Ties go to the phrase seen first.
#ifndef REAM_KEYWORDS_EXTRACTOR_HH
#define REAM_KEYWORDS_EXTRACTOR_HH

#include "candidates.hh"
#include "document.hh"
#include "document_frequency.hh"
#include "lexicon.hh"
#include "word_graph.hh"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace ream::keywords {

struct RankingParams {
  GraphParams graph;
  double idf_power = 1.0;
  double length_power = 0.0;
  // Single words are rarely keyphrases on their own; their score is scaled.
  double single_word_weight = 0.5;
  // Skip a phrase whose words all lie, in order, inside a better one:
  // "compliance unit" adds nothing after "regulatory compliance unit".
  bool drop_contained = true;
  // A phrase that occurs in the title is what the paper is about.
  double title_phrase_weight = 2.0;
  // Near-duplicates in the top k without embeddings: once a word has been
  // shown in a chosen phrase, it counts this share of its score in the
  // phrases still to choose ("regulatory compliance unit" after
  // "regulatory compliance").  One half: a repeated word is worth half a
  // new one; 0 would ban repeats, 1 turns this off.
  double shown_word_weight = 0.5;
};

struct Keyphrase {
  std::string phrase;
  double score;
};

class Extractor {
 public:
  explicit Extractor(Stoplist stoplist, RankingParams params = {}, uint32_t max_words = 20000);

  TermTable& terms() { return terms_; }

  // Analyse a document; its distinct phrase-word terms (for DF) follow.
  void analyse(std::span<const Field> fields);
  std::span<const uint32_t> document_terms() const { return doc_.node_terms; }

  // The Snowball stems of a phrase's words, hyphenated words split, joined
  // by spaces: "Neural-Networks" and "neural network" give one key.
  std::string stem_key(std::string_view phrase);
  // The best `k` keyphrases of the analysed document, best first.  `df`
  // may count the terms of another TermTable (a table shared by several
  // extractors, each on its own thread): it is then only read, and its
  // counts are remembered per term, so it must not change while this
  // extractor ranks against it (a frozen table).
  std::vector<Keyphrase> extract(const DocumentFrequency& df, size_t k);

 private:
  struct Candidate {
    std::array<uint32_t, kMaxPhraseWords> nodes;
    uint8_t length;
    uint32_t first_slot;
    double score;
    bool in_title;
    uint32_t group_begin;  // its occurrences: occurrence_slots_[group_begin, + occurrences)
    uint32_t occurrences;
  };
  void group_candidates();
  void score_candidates(const DocumentFrequency& df);
  uint64_t document_count(const DocumentFrequency& df, uint32_t term);
  bool contained_in_selected(const Candidate& c, std::span<const size_t> selected) const;
  std::string surface(const Candidate& c);
  std::string written_form(uint8_t length, uint32_t first_slot);
  std::string candidate_key(const Candidate& c);
  void find_proper_nouns();

  TermTable terms_;
  Lexicon lexicon_;
  DocumentAnalyzer analyzer_;
  RankingParams params_;
  Document doc_;
  WordGraph graph_;
  std::vector<Occurrence> occurrences_;
  std::vector<Candidate> candidates_;
  std::vector<uint32_t> occurrence_slots_;  // first slots, grouped by candidate
  std::vector<double> word_scores_;
  std::vector<uint8_t> proper_;       // per node: keeps its capital (a name)
  std::vector<uint8_t> never_lower_;  // per node: never written in lower case
  std::vector<uint8_t> shouting_;     // per field: written in capitals only
  // Counts of a table with other term ids, by our term id (kUnknownCount
  // until looked up); for `counted_table_` only.
  static constexpr uint64_t kUnknownCount = UINT64_MAX;
  const DocumentFrequency* counted_table_ = nullptr;
  std::vector<uint64_t> table_counts_;
};

}  // namespace ream::keywords

#endif
