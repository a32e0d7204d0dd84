// Mentions of other records' titles in free text (see title_mentions.cc).
#ifndef REAM_CITE_TITLE_MENTIONS_HH
#define REAM_CITE_TITLE_MENTIONS_HH

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bigram_filter.hh"
#include "huge_pages.hh"
#include "index_file.hh"

namespace ream::cite {

// A word of text in title-key form: its hash and where it was written.
struct Word {
  uint64_t hash;
  size_t begin, end;
};

// The words of `text` as ream::text::title_key would produce them, with
// the byte range each came from.
std::vector<Word> title_words(std::string_view text);
// The same into `out` (cleared first), reusing its storage.
void title_words(std::string_view text, std::vector<Word>& out);

struct TitleMention {
  size_t title;  // index given by TitleIndex::add
  size_t begin, end;
  bool exact;
  // Exact mentions: the index of the text's last word in the mention and
  // the title's number of words (where the automaton reported it; a
  // sharded index's merge orders and deduplicates by them).
  uint32_t last_word = 0, words = 0;
};

// An open-addressing map from 64-bit keys to 32-bit values, probed at a
// Fibonacci hash of the key (packed keys such as (state, word) have all
// their entropy in a few bits).
class FlatMap {
 public:
  // The value for `key`, inserting `fresh` when absent; second is true
  // when it was inserted.
  std::pair<uint32_t, bool> try_emplace(uint64_t key, uint32_t fresh);
  long find(uint64_t key) const {
    if (view_.empty()) return -1;
    key = key ? key : 1;  // 0 marks an empty slot
    for (size_t i = slot(key);; i = (i + 1) & (view_.size() - 1)) {
      if (view_[i].key == key) return view_[i].value;
      if (view_[i].key == 0) return -1;
    }
  }
  size_t size() const { return used_; }
  // Calls each(key, value) for every entry, in no particular order.
  template <typename Each>
  void for_each(Each&& each) const {
    for (const Slot& s : view_)
      if (s.key) each(s.key, s.value);
  }
  void prefetch(uint64_t key) const {
    if (!view_.empty()) __builtin_prefetch(&view_[slot(key ? key : 1)]);
  }
  // The table into a binary index, and back from a mapped one (which is
  // then read where it lies; try_emplace() is for built maps only).
  void save(index_file::Writer& out) const;
  void map(index_file::Reader& in);

 private:
  // Packed: 12 bytes, not 16 (the branch and bigram-run tables take tens
  // of MB at a million titles; x86 reads the unaligned key at no cost).
  struct __attribute__((packed)) Slot {
    uint64_t key;
    uint32_t value;
  };
  size_t slot(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ULL) >> shift_; }
  void grow();
  HugeVector<Slot> slots_;      // a built map's slots
  std::span<const Slot> view_;  // the slots find() reads: slots_, or a mapped index's
  size_t used_ = 0;
  int shift_ = 64;
};

class TitleIndex {
  struct Hit {
    uint32_t title, pos, offset;
  };

 public:
  // Not copied: tables_ points into the vectors (a move keeps their buffers).
  TitleIndex() = default;
  TitleIndex(const TitleIndex&) = delete;
  TitleIndex& operator=(const TitleIndex&) = delete;
  TitleIndex(TitleIndex&&) = default;
  TitleIndex& operator=(TitleIndex&&) = default;

  // The buffers one find() works in, reused from call to call so that
  // nothing is allocated per word.  find() is const and may run on
  // several threads at once, each with its own Scratch.
  class Scratch {
    friend class TitleIndex;
    std::vector<Word> words_;
    std::vector<uint32_t> ids_;
    std::vector<uint32_t> candidates_;                 // positions of text bigrams the fuzzy filter let through
    std::vector<uint32_t> dense_;                      // those of them in clusters dense enough to match
    std::vector<std::pair<uint32_t, uint32_t>> runs_;  // (text position, bigram_runs_ value)
    std::vector<Hit> hits_;
    std::vector<uint16_t> seen_;
    // Per title: votes of the text's bigrams (zero between calls) and the
    // votes it needs, side by side so that a hit costs one cache miss.
    struct Tally {
      uint16_t votes;
      uint16_t needed;
    };
    HugeVector<Tally> tallies_;
    std::vector<Hit> kept_hits_;
    std::vector<uint32_t> exact_titles_;
    std::vector<size_t> exact_reach_;
  };

  // A title's words as add() takes them: the hashes of its title-key
  // words and the length of its key.  Made on any thread, so that a
  // batch of titles is split on the run's workers and only add() runs in
  // input order.
  struct TitleWords {
    std::vector<uint64_t> hashes;
    size_t key_size = 0;
  };
  static void words_of(std::string_view title, TitleWords& out);  // out's storage is reused
  // Registers a title; returns its index, or -1 when the title is too
  // short or generic to be recognised in text.
  long add(std::string_view title) {
    TitleWords words;
    words_of(title, words);
    return add(words);
  }
  long add(const TitleWords& title);
  // Must be called after the last add() and before find().
  void build();
  std::vector<TitleMention> find(std::string_view text, Scratch& scratch) const;
  // The same with the index's own scratch space: one thread at a time.
  std::vector<TitleMention> find(std::string_view text) const;
  // What find() decides from before it looks across titles, for a merge
  // of shards (shard_links.hh): every exact mention the automaton
  // reports, in its order, none dropped as contained in another; and
  // each title's first fuzzy window, whether or not it is found exactly
  // or explained by an exact mention.
  void find_raw(std::string_view text, Scratch& scratch, std::vector<TitleMention>& exact,
                std::vector<TitleMention>& fuzzy) const;
  // An exact mention inside a longer exact mention of another title is
  // dropped; `exact` ends sorted by begin (ties keep their order).
  static void drop_contained(std::vector<TitleMention>& exact);
  // Titles sharing a word bigram with more than this many others carry no
  // evidence of it for a fuzzy match.
  static constexpr size_t kMaxBigramTitles = 8;
  // The distinct word bigrams `title` indexes for fuzzy matches, as keys
  // of the two words' hashes (word_pair_key), sorted; none when the title
  // is too short for them.  Summed over records they are the counts
  // kMaxBigramTitles is compared with.
  static void fuzzy_bigrams(const TitleWords& title, std::vector<uint64_t>& out);
  static uint64_t word_pair_key(uint64_t first, uint64_t second);
  // Bigrams (word_pair_key, sorted) left out of the fuzzy index whatever
  // their count here: shared by too many titles of the whole input when
  // this index holds one shard of it.  Set before build().
  void exclude_bigrams(std::vector<uint64_t> sorted_keys) { excluded_ = std::move(sorted_keys); }
  size_t size() const { return lengths_.empty() ? tables_.lengths.size() : lengths_.size(); }
  // The built index into a binary index file, and an index read from a
  // mapped one, where its tables lie (see index_file.hh): then nothing
  // may be added.
  void save(index_file::Writer& out) const;
  void map(index_file::Reader& in);

 private:
  struct Posting {
    uint32_t title;
    uint32_t offset;
  };
  // A node of the Aho-Corasick trie over word ids.  A million titles make
  // some ten million states, so every byte counts: 16 bytes each.  No
  // parent and no depth are stored: a state's parent is the state before
  // it when that one has kNextIsChild, else the root or a branches_ entry
  // (build() recovers it), and the depth of a state where a title ends is
  // that title's length.
  struct State {
    uint32_t word_flags;  // id of the word on the edge into this state, and the flags below
    uint32_t fail;
    uint32_t output;  // nearest state on the fail chain where a title ends
    int32_t title;    // title ending here, or -1
    uint32_t word() const { return word_flags & kWordMask; }
    bool next_is_child() const { return word_flags & kNextIsChild; }
    bool branches() const { return word_flags & kBranches; }
  };
  static constexpr uint32_t kNextIsChild = 1u << 31;  // state + 1 is a child of this state
  static constexpr uint32_t kBranches = 1u << 30;     // has children in branches_
  static constexpr uint32_t kWordMask = kBranches - 1;
  std::vector<uint32_t> intern(const std::vector<uint64_t>& hashes);
  template <typename Each>
  void for_each_queued(Each&& each) const;
  void insert_exact(const std::vector<uint32_t>& words, uint32_t title);
  void insert_bigrams(const std::vector<uint32_t>& words, uint32_t title);
  void build_bigram_runs();
  std::vector<std::pair<uint32_t, uint32_t>> branch_parents() const;
  uint32_t parent(uint32_t state, const std::vector<std::pair<uint32_t, uint32_t>>& branch_parents) const;
  void build_failure_links(const std::vector<std::pair<uint32_t, uint32_t>>& branch_parents);
  void build_output_links();
  void build_bigram_filters(const std::vector<std::pair<uint32_t, uint32_t>>& branch_parents);
  uint32_t child(uint32_t state, uint32_t word) const;
  void link(uint32_t state, uint32_t word, uint32_t next);
  uint32_t deep_step(uint32_t state, uint32_t previous, uint32_t word) const;
  void view_built_tables();
  void check_mapped_automaton(const index_file::Reader& in) const;
  void check_mapped_postings(const index_file::Reader& in) const;
  void prepare(Scratch& s) const;
  void find_exact(Scratch& s, std::vector<TitleMention>& out) const;
  size_t split_text(std::string_view text, Scratch& s) const;
  void find_fuzzy(Scratch& s, std::vector<TitleMention>& out) const;
  void keep_dense_candidates(Scratch& s) const;
  void keep_titles_with_enough_hits(Scratch& s) const;
  uint32_t bigrams_needed(uint32_t title) const;

  std::vector<uint64_t> excluded_;  // see exclude_bigrams
  std::vector<uint32_t> queued_;    // titles added but not yet built (see add)
  size_t queued_words_ = 0;
  size_t queued_bigrams_ = 0;
  FlatMap vocabulary_;  // word hash -> word id (from 1; 0 is "no title word")
  HugeVector<State> states_;
  HugeVector<uint32_t> root_next_;  // child of the root, by word id
  FlatMap branches_;                // (state, word) -> child, for children other than state + 1
  // First: consecutive words of some title; second: the keys of
  // bigram_runs_ (fuzzy matching).
  BigramFilterPair bigram_filters_;
  // Word bigrams of long titles, for fuzzy matches.
  // Bigrams are collected while titles are added, then sorted into runs
  // of one flat array: no per-bigram allocation.
  struct PendingBigram {
    uint64_t key;
    Posting posting;
  };
  HugeVector<PendingBigram> pending_;
  static void sort_by_key(HugeVector<PendingBigram>& bigrams, size_t words);
  FlatMap bigram_runs_;  // bigram -> its run of postings (first << 4 | length)
  HugeVector<Posting> postings_;
  HugeVector<uint32_t> lengths_;  // words per title
  HugeVector<uint32_t> bigram_count_;
  // The fewest bigram hits any fuzzy title needs, and the widest span
  // (in words) they may be spread over: the cheap count filter.
  uint32_t min_needed_ = 0;
  uint32_t max_span_ = 0;
  // What find() reads: the tables above once built, or a mapped index's.
  struct Tables {
    std::span<const State> states;
    std::span<const uint32_t> root_next;
    std::span<const Posting> postings;
    std::span<const uint32_t> lengths;
    std::span<const uint32_t> bigram_count;
    uint32_t min_needed = 0;
    uint32_t max_span = 0;
  } tables_;
  mutable Scratch own_;  // for find(text)
};

}  // namespace ream::cite

#endif  // REAM_CITE_TITLE_MENTIONS_HH
