// Mentions of other records' titles in free text (see title_mentions.cc).
#ifndef REAM_CITE_TITLE_MENTIONS_HH
#define REAM_CITE_TITLE_MENTIONS_HH

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ream::cite {

// A word of text in title-key form: its hash and where it was written.
struct Word {
  uint64_t hash;
  size_t begin, end;
};

// The words of `text` as ream::text::title_key would produce them, with
// the byte range each came from.
std::vector<Word> title_words(std::string_view text);

struct TitleMention {
  size_t title;  // index given by TitleIndex::add
  size_t begin, end;
  bool exact;
};

// An open-addressing map from non-zero 64-bit keys to 32-bit values:
// the automaton and bigram tables are probed once per word of text, where
// node-based std::unordered_map lookups dominated the profile.
class FlatMap {
 public:
  // The value for `key`, inserting `fresh` when absent; second is true
  // when it was inserted.
  std::pair<uint32_t, bool> try_emplace(uint64_t key, uint32_t fresh);
  long find(uint64_t key) const;

 private:
  void grow();
  std::vector<std::pair<uint64_t, uint32_t>> slots_;
  size_t used_ = 0;
};

class TitleIndex {
 public:
  // Registers a title; returns its index, or -1 when the title is too
  // short or generic to be recognised in text.
  long add(std::string_view title);
  // Must be called after the last add() and before find().
  void build();
  std::vector<TitleMention> find(std::string_view text) const;
  size_t size() const { return lengths_.size(); }

 private:
  struct Posting {
    uint32_t title;
    uint32_t offset;
  };
  void insert_exact(const std::vector<uint64_t>& words, uint32_t title);
  void insert_bigrams(const std::vector<uint64_t>& words, uint32_t title);
  void find_exact(const std::vector<Word>& words, std::vector<TitleMention>& out) const;
  void find_fuzzy(const std::vector<Word>& words, std::vector<TitleMention>& out) const;
  void build_bigram_runs();
  long edge(uint32_t state, uint64_t word) const;

  // Aho-Corasick automaton over word hashes: edges keyed by (state, word).
  FlatMap edges_;
  std::vector<uint32_t> fail_;
  std::vector<int32_t> ends_here_;  // title ending at a state, or -1
  std::vector<uint32_t> output_;    // nearest state on the fail chain with a title
  std::vector<uint32_t> depth_;
  std::vector<uint32_t> parent_;
  std::vector<uint64_t> word_;  // the word on the edge into each state
  // Word bigrams of long titles, for fuzzy matches.
  // Bigrams are collected while titles are added, then sorted into runs
  // of one flat array: no per-bigram allocation.
  struct PendingBigram {
    uint64_t key;
    Posting posting;
  };
  std::vector<PendingBigram> pending_;
  FlatMap bigram_runs_;  // bigram -> run number
  std::vector<Posting> postings_;
  std::vector<uint32_t> run_begin_;  // run r is postings_[run_begin_[r], run_begin_[r + 1])
  // Scratch space reused across find() calls.
  mutable std::vector<Word> words_scratch_;
  std::vector<uint32_t> lengths_;  // words per title
  std::vector<uint32_t> bigram_count_;
};

}  // namespace ream::cite

#endif  // REAM_CITE_TITLE_MENTIONS_HH
