// Finding the titles of other records in free text.
//
// Titles are compared as word sequences in ream::text::title_key form
// (case, accents and punctuation ignored), so "Wonder-Journey: Going"
// in a title matches "wonder journey going" in an abstract.  Text is
// split into words with their byte ranges by a fast ASCII path that
// mirrors title_key (ASCII punctuation separates words, apostrophes are
// dropped); only words with non-ASCII bytes go through ICU.  Each word
// becomes a 64-bit XXH3 hash of its folded bytes, and then a 32-bit id
// from the vocabulary of title words (0 for a word no title contains, so
// most of an abstract is dismissed by one probe into a small table).
//
// Exact mentions: an Aho-Corasick automaton over word ids holds every
// title, so one pass over the text finds all of them whatever the number
// of titles.  Its transitions are laid out for the cache: children of
// the root in a dense array by word id, the next word of a title at the
// next state index, and a bigram Bloom filter (bigram_filter.cc) that
// tells when the text's last two words are consecutive in no title, in
// which case the automaton can only fall back to the root's children.
// The large transition table is probed only when the filter lets a
// bigram through.
//
// Fuzzy mentions (a word dropped, added or changed): titles of six words
// or more also index their word bigrams.  Each bigram of the text votes
// for the titles containing it; a title is mentioned when, within a
// window of its own length plus three words, at least 75% of its bigrams
// are present.  Bigrams shared by more than 8 titles ("of the", "deep
// learning") carry no evidence and are not indexed; a second Bloom filter
// over the indexed bigrams spares the table probe for all the others, and
// a count filter drops candidate bigrams that have too few others within
// the longest title's span to ever reach a threshold.
//
// Text and index share no state across calls except scratch buffers, so
// nothing is allocated per word; the measured effect of each of these
// choices is in docs/benchmarks/cite.md.
#include "title_mentions.hh"

#define XXH_INLINE_ALL  // the hash of each word of text is on the hot path
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstring>

#include <ream/text.hpp>

namespace ream::cite {
namespace {

constexpr size_t kMinExactWords = 3;
constexpr size_t kMinExactChars = 16;
constexpr size_t kMinFuzzyWords = 6;
constexpr size_t kMaxPostings = TitleIndex::kMaxBigramTitles;
constexpr double kFuzzyShare = 0.75;
constexpr size_t kFuzzySlack = 3;
// Bits of a bigram_runs_ value holding the run's length (up to
// kMaxPostings); the rest hold its first posting, so at most 2^28
// postings are indexed (tens of millions of titles).
constexpr int kRunCountBits = 4;
constexpr size_t kMaxRunBegin = (size_t{1} << (32 - kRunCountBits)) - 1;

// Byte classes of the word splitter; a word is a run of non-zero bytes.
enum : uint8_t { kSeparator = 0, kAlnum = 1, kApostrophe = 2, kNonAscii = 4 };

constexpr std::array<uint8_t, 256> byte_classes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    t[c] = alnum ? kAlnum : c == '\'' ? kApostrophe : c >= 0x80 ? kNonAscii : kSeparator;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteClass = byte_classes();

// Words up to this length are folded into a stack buffer.
constexpr size_t kShortWord = 64;

// XXH3 of the word lower-cased with apostrophes dropped: the same value
// for "Don't" in text and "dont" in a title key.
uint64_t word_hash(std::string_view word) {
  std::string folded;
  folded.reserve(word.size());
  for (char c : word)
    if (c != '\'') folded += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return XXH3_64bits(folded.data(), folded.size());
}

template <typename Emit>
void add_ascii_word(std::string_view raw, size_t begin, Emit& emit) {
  if (raw.find_first_not_of('\'') != std::string_view::npos) emit(Word{word_hash(raw), begin, begin + raw.size()});
}

template <typename Emit>
void add_unicode_word(std::string_view raw, size_t begin, Emit& emit) {
  std::string key = text::title_key(raw);
  size_t start = 0;
  while (start < key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    if (space > start) emit(Word{XXH3_64bits(key.data() + start, space - start), begin, begin + raw.size()});
    start = space + 1;
  }
}

std::vector<uint64_t> key_words(std::string_view title_key) {
  std::vector<uint64_t> words;
  size_t start = 0;
  while (start < title_key.size()) {
    size_t space = title_key.find(' ', start);
    if (space == std::string_view::npos) space = title_key.size();
    if (space > start) words.push_back(XXH3_64bits(title_key.data() + start, space - start));
    start = space + 1;
  }
  return words;
}

}  // namespace

std::pair<uint32_t, bool> FlatMap::try_emplace(uint64_t key, uint32_t fresh) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  key = key ? key : 1;
  for (size_t i = slot(key);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i].key == key) return {uint32_t{slots_[i].value}, false};
    if (slots_[i].key == 0) {
      slots_[i] = {key, fresh};
      ++used_;
      return {fresh, true};
    }
  }
}

void FlatMap::grow() {
  HugeVector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, {0, 0});
  view_ = slots_;
  shift_ = 64 - __builtin_ctzll(slots_.size());
  used_ = 0;
  for (const Slot& s : old)
    if (s.key) try_emplace(s.key, s.value);
}

void FlatMap::save(index_file::Writer& out) const {
  out.scalar(used_);
  out.table(view_);
}

void FlatMap::map(index_file::Reader& in) {
  used_ = in.scalar();
  view_ = in.table<Slot>();
  slots_ = {};
  if (view_.size() & (view_.size() - 1)) in.refuse("a hash table's size is not a power of two");
  if (used_ * 2 > view_.size()) in.refuse("a hash table is fuller than this format allows");
  // find() stops at an empty slot: the count is the table's, not the
  // header's word for it, so a table with none is refused.
  size_t keys = 0;
  for (const Slot& s : view_) keys += s.key != 0;
  if (keys != used_)
    in.refuse("a hash table holds " + std::to_string(keys) + " keys, its count says " + std::to_string(used_));
  shift_ = view_.empty() ? 64 : 64 - __builtin_ctzll(view_.size());
}

namespace {

// XXH3_64bits of a folded word.  Nearly all words are at most 16 bytes,
// for which XXH3_64bits is XXH3_len_0to16_64b (xxhash.h, inlined here
// through XXH_INLINE_ALL); calling that directly lets the compiler inline
// it into the splitter, where the out-of-line XXH3_64bits with its length
// dispatch was 6-7% of cite's time.  The value is the same.
inline uint64_t folded_word_hash(const unsigned char* word, size_t size) {
  if (size <= 16) return XXH3_len_0to16_64b(word, size, XXH3_kSecret, 0);
  return XXH3_64bits(word, size);
}

// One pass over the bytes classifies them; plain ASCII words (the vast
// majority) are then lower-cased eight bytes at a time (OR 0x20 lowers
// letters and leaves digits alone) in a stack buffer and hashed there.
// Words with an apostrophe, non-ASCII bytes or unusual length take the
// general paths.
template <typename Emit>
void split_words(std::string_view text, Emit&& emit) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = 0;
  unsigned char folded[kShortWord + 8] = {};
  while (i < n) {
    while (i < n && kByteClass[p[i]] == kSeparator) ++i;
    if (i == n) break;
    size_t begin = i;
    uint8_t seen = 0;
    for (uint8_t c; i < n && (c = kByteClass[p[i]]) != kSeparator; ++i) seen |= c;
    size_t size = i - begin;
    if (seen == kAlnum && size <= kShortWord) {
      size_t k = 0;
      for (; k < size && begin + k + 8 <= n; k += 8) {  // bytes past the word are copied but not hashed
        uint64_t chunk;
        std::memcpy(&chunk, p + begin + k, 8);
        chunk |= 0x2020202020202020ULL;
        std::memcpy(folded + k, &chunk, 8);
      }
      for (; k < size; ++k) folded[k] = static_cast<unsigned char>(p[begin + k] | 0x20);
      emit(Word{folded_word_hash(folded, size), begin, i});
    } else if (seen & kNonAscii) {
      add_unicode_word(text.substr(begin, size), begin, emit);
    } else {
      add_ascii_word(text.substr(begin, size), begin, emit);
    }
  }
}

}  // namespace

void title_words(std::string_view text, std::vector<Word>& words) {
  words.clear();
  split_words(text, [&](const Word& w) { words.push_back(w); });
}

std::vector<Word> title_words(std::string_view text) {
  std::vector<Word> words;
  title_words(text, words);
  return words;
}

std::vector<uint32_t> TitleIndex::intern(const std::vector<uint64_t>& hashes) {
  std::vector<uint32_t> ids;
  for (uint64_t hash : hashes)
    ids.push_back(vocabulary_.try_emplace(hash, static_cast<uint32_t>(vocabulary_.size() + 1)).first);
  return ids;
}

// The title's words as hashes, and the length of its title key.  ASCII
// titles (nearly all) go through the text splitter, which gives the same
// words as ascii_title_key without building the key string.
void TitleIndex::words_of(std::string_view title, TitleWords& out) {
  out.hashes.clear();
  bool ascii = std::all_of(title.begin(), title.end(), [](char c) { return !(c & 0x80); });
  if (!ascii) {
    std::string key = text::title_key(title);
    out.hashes = key_words(key);
    out.key_size = key.size();
    return;
  }
  size_t chars = 0;
  split_words(title, [&](const Word& w) {
    out.hashes.push_back(w.hash);
    chars +=
        w.end - w.begin - static_cast<size_t>(std::count(title.begin() + w.begin, title.begin() + w.end, '\'')) + 1;
  });
  out.key_size = chars ? chars - 1 : 0;
}

long TitleIndex::add(const TitleWords& title) {
  const std::vector<uint64_t>& hashes = title.hashes;
  size_t key_size = title.key_size;
  uint32_t index = static_cast<uint32_t>(lengths_.size());
  lengths_.push_back(static_cast<uint32_t>(hashes.size()));
  bigram_count_.push_back(0);
  if (hashes.size() < kMinExactWords || key_size < kMinExactChars) return -1;
  if (vocabulary_.size() + hashes.size() >= kWordMask) return -1;  // word ids share their state field with flags
  std::vector<uint32_t> words = intern(hashes);
  queued_.push_back(index);
  queued_.push_back(static_cast<uint32_t>(words.size()));
  queued_.insert(queued_.end(), words.begin(), words.end());
  queued_words_ += words.size();
  if (words.size() >= kMinFuzzyWords) queued_bigrams_ += words.size() - 1;
  return index;
}

// Titles wait in queued_ (title, word count, word ids) until build(), so
// that the automaton's states and the bigram list are allocated once at
// their final size: grown by doubling, at a million titles they took up
// to twice their size, and both at once during a reallocation.
template <typename Each>
void TitleIndex::for_each_queued(Each&& each) const {
  for (size_t i = 0; i < queued_.size();) {
    uint32_t title = queued_[i], count = queued_[i + 1];
    std::vector<uint32_t> words(queued_.begin() + static_cast<long>(i + 2),
                                queued_.begin() + static_cast<long>(i + 2 + count));
    each(words, title);
    i += 2 + count;
  }
}

// Children of the root sit in a dense array by word id.  A state's
// children are otherwise found at state + 1 (the next word of the title
// that created the state, by far the most common case, and adjacent in
// memory) or in branches_, which is probed only for states that have
// children there.
uint32_t TitleIndex::child(uint32_t state, uint32_t word) const {
  if (state == 0) return word < tables_.root_next.size() ? tables_.root_next[word] : 0;
  const State& here = tables_.states[state];
  if (here.next_is_child() && tables_.states[state + 1].word() == word) return state + 1;
  if (!here.branches()) return 0;
  long next = branches_.find(bigram_key(state, word));
  return next < 0 ? 0 : static_cast<uint32_t>(next);
}

void TitleIndex::link(uint32_t state, uint32_t word, uint32_t next) {
  if (state == 0) {
    if (word >= root_next_.size()) root_next_.resize(word + 1, 0);
    root_next_[word] = next;
    view_built_tables();
  } else if (next == state + 1) {
    states_[state].word_flags |= kNextIsChild;
  } else {
    branches_.try_emplace(bigram_key(state, word), next);
    states_[state].word_flags |= kBranches;
  }
}

void TitleIndex::insert_exact(const std::vector<uint32_t>& words, uint32_t title) {
  if (states_.empty()) {
    states_.push_back({0, 0, 0, -1});
    view_built_tables();
  }
  uint32_t state = 0;
  for (uint32_t w : words) {
    uint32_t next = child(state, w);
    if (next == 0) {
      next = static_cast<uint32_t>(states_.size());
      states_.push_back({w, 0, 0, -1});
      view_built_tables();  // child() reads the states through the view
      link(state, w, next);
    }
    state = next;
  }
  if (states_[state].title < 0) states_[state].title = static_cast<int32_t>(title);
}

void TitleIndex::insert_bigrams(const std::vector<uint32_t>& words, uint32_t title) {
  for (size_t i = 0; i + 1 < words.size(); ++i)
    pending_.push_back({bigram_key(words[i], words[i + 1]), {title, static_cast<uint32_t>(i)}});
  bigram_count_[title] = static_cast<uint32_t>(words.size() - 1);
}

// Sorts bigrams by key, in place: first by the key's first word (an
// American flag sort: one counting pass, then each entry swapped into its
// bucket), then each bucket by std::sort.  At a million titles std::sort
// over the whole list, several million entries, spent most of its time in
// cache misses of its first partitions; the buckets are small and sorted
// in the cache.  Entries of equal keys end in no particular order, as
// with std::sort: the caller orders them by posting.
void TitleIndex::sort_by_key(HugeVector<PendingBigram>& bigrams, size_t words) {
  auto first_word = [](const PendingBigram& b) { return static_cast<size_t>(b.key >> 32); };
  std::vector<size_t> next(words + 1, 0), end(words, 0);
  for (const PendingBigram& b : bigrams) ++next[first_word(b) + 1];
  for (size_t w = 0; w < words; ++w) {
    next[w + 1] += next[w];
    end[w] = next[w + 1];
  }
  for (size_t w = 0; w < words; ++w)
    while (next[w] < end[w]) {
      size_t to = first_word(bigrams[next[w]]);
      if (to == w)
        ++next[w];
      else
        std::swap(bigrams[next[w]], bigrams[next[to]++]);
    }
  auto by_key = [](const PendingBigram& a, const PendingBigram& b) { return a.key < b.key; };
  for (size_t w = 0, begin = 0; w < words; begin = end[w++])
    std::sort(bigrams.begin() + static_cast<long>(begin), bigrams.begin() + static_cast<long>(end[w]), by_key);
}

// Runs of more than kMaxPostings titles are left out: such bigrams carry
// no evidence, and leaving them out keeps the table and filter small.
// A run is stored in the table's value as its first posting and its
// length, so a probe leads straight to the postings.  Sorting by offset
// last makes the posting kept for a bigram repeated in a title the first.
void TitleIndex::build_bigram_runs() {
  // Sorted by key alone (one comparison, not three), then each run of
  // one key, a handful of entries, by posting.
  sort_by_key(pending_, vocabulary_.size() + 1);
  // Bigrams the whole input shares among too many titles, when this is a
  // shard of it: looked up by their words' hashes, not this shard's ids.
  std::vector<uint64_t> word_hash;
  if (!excluded_.empty()) {
    word_hash.assign(vocabulary_.size() + 1, 0);
    vocabulary_.for_each([&](uint64_t hash, uint32_t id) { word_hash[id] = hash; });
  }
  auto excluded = [&](uint64_t key) {
    if (excluded_.empty()) return false;
    uint64_t pair = word_pair_key(word_hash[key >> 32], word_hash[key & 0xFFFFFFFFu]);
    return std::binary_search(excluded_.begin(), excluded_.end(), pair);
  };
  for (size_t lo = 0; lo < pending_.size();) {
    size_t hi = lo;
    while (hi < pending_.size() && pending_[hi].key == pending_[lo].key) ++hi;
    if (hi - lo > 1)
      std::sort(pending_.begin() + static_cast<long>(lo), pending_.begin() + static_cast<long>(hi),
                [](const PendingBigram& a, const PendingBigram& b) {
                  return a.posting.title != b.posting.title ? a.posting.title < b.posting.title
                                                            : a.posting.offset < b.posting.offset;
                });
    size_t titles = 0;
    for (size_t i = lo; i < hi; ++i) titles += i == lo || pending_[i].posting.title != pending_[i - 1].posting.title;
    if (titles <= kMaxPostings && postings_.size() + titles <= kMaxRunBegin && !excluded(pending_[lo].key)) {
      bigram_runs_.try_emplace(pending_[lo].key, static_cast<uint32_t>(postings_.size() << kRunCountBits | titles));
      for (size_t i = lo; i < hi; ++i)  // a bigram repeated within one title counts once
        if (i == lo || pending_[i].posting.title != pending_[i - 1].posting.title)
          postings_.push_back(pending_[i].posting);
    }
    lo = hi;
  }
  min_needed_ = UINT32_MAX;
  for (uint32_t title = 0; title < bigram_count_.size(); ++title) {
    if (bigram_count_[title] == 0) continue;
    min_needed_ = std::min(min_needed_, std::max<uint32_t>(bigrams_needed(title), 1));
    max_span_ = std::max(max_span_, static_cast<uint32_t>(lengths_[title] + kFuzzySlack));
  }
  pending_.clear();
  pending_.shrink_to_fit();
  excluded_.clear();
  excluded_.shrink_to_fit();
}

// The parents of the states reached through branches_, as (child,
// parent) sorted by child: a transient list the size of branches_, far
// smaller than a parent per state.
std::vector<std::pair<uint32_t, uint32_t>> TitleIndex::branch_parents() const {
  std::vector<std::pair<uint32_t, uint32_t>> parents;
  parents.reserve(branches_.size());
  branches_.for_each([&](uint64_t key, uint32_t child) {
    parents.push_back({child, static_cast<uint32_t>(key >> 32)});
  });
  std::sort(parents.begin(), parents.end());
  return parents;
}

uint32_t TitleIndex::parent(uint32_t state, const std::vector<std::pair<uint32_t, uint32_t>>& branch_parents) const {
  if (states_[state - 1].next_is_child()) return state - 1;
  auto it = std::lower_bound(branch_parents.begin(), branch_parents.end(), std::pair<uint32_t, uint32_t>{state, 0});
  return it != branch_parents.end() && it->first == state ? it->second : 0;  // else a child of the root
}

namespace {
constexpr uint32_t kUnset = UINT32_MAX;
}

// Failure links as in Aho-Corasick.  A state's link depends only on
// shallower states (its parent and their links), so instead of visiting
// states by depth (an ordering array of a word per state) each state's
// link is computed on demand, its unresolved dependencies first on a
// stack that holds at most one state per depth.
void TitleIndex::build_failure_links(const std::vector<std::pair<uint32_t, uint32_t>>& branch_parents) {
  for (State& st : states_) st.fail = kUnset;
  states_[0].fail = 0;
  std::vector<uint32_t> pending;
  for (uint32_t s = 1; s < states_.size(); ++s) {
    if (states_[s].fail != kUnset) continue;
    pending.push_back(s);
    while (!pending.empty()) {
      uint32_t x = pending.back();
      uint32_t p = parent(x, branch_parents);
      if (p != 0 && states_[p].fail == kUnset) {
        pending.push_back(p);
        continue;
      }
      uint32_t next = 0, f = 0, word = states_[x].word();
      if (p != 0) {  // the root's children fail to the root
        f = states_[p].fail;
        next = child(f, word);
        while (next == 0 && f != 0 && states_[f].fail != kUnset) {
          f = states_[f].fail;
          next = child(f, word);
        }
        if (next == 0 && f != 0) {  // f's own link is needed first
          pending.push_back(f);
          continue;
        }
      }
      states_[x].fail = next;
      pending.pop_back();
    }
  }
}

// Output links, each from the state's failure link (a shallower state),
// resolved on demand the same way.
void TitleIndex::build_output_links() {
  for (State& st : states_) st.output = kUnset;
  states_[0].output = 0;
  std::vector<uint32_t> pending;
  for (uint32_t s = 1; s < states_.size(); ++s) {
    if (states_[s].output != kUnset) continue;
    pending.push_back(s);
    while (!pending.empty()) {
      uint32_t x = pending.back(), f = states_[x].fail;
      if (states_[f].title < 0 && states_[f].output == kUnset) {
        pending.push_back(f);
        continue;
      }
      states_[x].output = states_[f].title >= 0 ? f : states_[f].output;
      pending.pop_back();
    }
  }
}

// Every state below depth 1 is reached over a bigram of consecutive title
// words, and so is every state on its failure chain (they end with the
// same two words).  A text bigram outside this set therefore leaves the
// automaton at depth 0 or 1, which find_exact() answers from root_next_.
//
// The fuzzy filter holds the keys of bigram_runs_, at 8 bits a key, not
// 16: its false positives only add candidates that the count filter and
// the table probe discard, so matches cannot change.  The two share their
// blocks (BigramFilterPair): a text bigram's second probe is a cache hit.
void TitleIndex::build_bigram_filters(const std::vector<std::pair<uint32_t, uint32_t>>& branch_parents) {
  size_t count = 0;
  for (uint32_t s = 1; s < states_.size(); ++s) count += parent(s, branch_parents) != 0;
  bigram_filters_.reset(count, bigram_runs_.size(), 16, 8);
  for (uint32_t s = 1; s < states_.size(); ++s)
    if (uint32_t p = parent(s, branch_parents))
      bigram_filters_.insert_first(bigram_key(states_[p].word(), states_[s].word()));
  bigram_runs_.for_each([&](uint64_t key, uint32_t) { bigram_filters_.insert_second(key); });
}

void TitleIndex::build() {
  view_built_tables();  // bigrams_needed() reads the counts through the view
  pending_.reserve(queued_bigrams_);
  for_each_queued([&](const std::vector<uint32_t>& words, uint32_t title) {
    if (words.size() >= kMinFuzzyWords) insert_bigrams(words, title);
  });
  build_bigram_runs();
  states_.reserve(queued_words_ + 1);
  for_each_queued([&](const std::vector<uint32_t>& words, uint32_t title) { insert_exact(words, title); });
  queued_.clear();
  queued_.shrink_to_fit();
  if (!states_.empty()) {
    root_next_.resize(vocabulary_.size() + 1, 0);
    view_built_tables();
    std::vector<std::pair<uint32_t, uint32_t>> parents = branch_parents();
    build_failure_links(parents);
    build_output_links();
    build_bigram_filters(parents);
  }
  view_built_tables();
}

void TitleIndex::view_built_tables() {
  tables_ = {states_, root_next_, postings_, lengths_, bigram_count_, min_needed_, max_span_};
}

// The tables in the order map() takes them; the scratch spaces are not
// the index's and are not written.
void TitleIndex::save(index_file::Writer& out) const {
  out.scalar(tables_.min_needed);
  out.scalar(tables_.max_span);
  vocabulary_.save(out);
  out.table(tables_.states);
  out.table(tables_.root_next);
  branches_.save(out);
  bigram_filters_.save(out);
  bigram_runs_.save(out);
  out.table(tables_.postings);
  out.table(tables_.lengths);
  out.table(tables_.bigram_count);
}

// A file that passes the checksum may still be forged: the tables'
// sizes must agree, and every link find() follows without a bounds check
// is checked once here (check_mapped_automaton, check_mapped_postings).
void TitleIndex::map(index_file::Reader& in) {
  tables_.min_needed = static_cast<uint32_t>(in.scalar());
  tables_.max_span = static_cast<uint32_t>(in.scalar());
  vocabulary_.map(in);
  tables_.states = in.table<State>();
  tables_.root_next = in.table<uint32_t>();
  branches_.map(in);
  bigram_filters_.map(in);
  bigram_runs_.map(in);
  tables_.postings = in.table<Posting>();
  tables_.lengths = in.table<uint32_t>();
  tables_.bigram_count = in.table<uint32_t>();
  if (tables_.lengths.size() != tables_.bigram_count.size())
    in.refuse("the title index's word and bigram counts differ in length");
  if (!tables_.states.empty() && tables_.root_next.size() != vocabulary_.size() + 1)
    in.refuse("the title index's root table does not match its vocabulary");
  if (tables_.states.empty()) return;  // find() reads nothing more
  check_mapped_automaton(in);
  check_mapped_postings(in);
}

// find_exact() follows the automaton's links without a bounds check: a
// forged file that passes the checksum is checked here, once per mapping,
// in time linear in its tables.  The states must form the tree build()
// makes (one parent each, parents first), so depths are defined; failure
// and output links lead to shallower states (their chains end), and a
// title ends at the depth of its length (a mention never starts before
// the text).
void TitleIndex::check_mapped_automaton(const index_file::Reader& in) const {
  const size_t n = tables_.states.size();
  auto state_name = [](size_t s) { return "title state " + std::to_string(s); };
  vocabulary_.for_each([&](uint64_t, uint32_t word) {
    if (word >= tables_.root_next.size())
      in.refuse("the title vocabulary names word " + std::to_string(word) + " of " +
                std::to_string(tables_.root_next.size()));
  });
  // One word per state: its parent while the links are read, then, in
  // index order (parents first), its depth.
  std::vector<uint32_t> depth(n, kUnset);
  depth[0] = 0;
  auto edge = [&](size_t from, size_t to) {
    if (to >= n || to <= from)
      in.refuse("a title automaton link from state " + std::to_string(from) + " leads to state " + std::to_string(to) +
                " of " + std::to_string(n));
    if (depth[to] != kUnset) in.refuse(state_name(to) + " has two parents");
    depth[to] = static_cast<uint32_t>(from);
  };
  for (uint32_t next : tables_.root_next)
    if (next != 0) edge(0, next);
  for (size_t s = 1; s < n; ++s)
    if (tables_.states[s].next_is_child()) edge(s, s + 1);
  branches_.for_each([&](uint64_t key, uint32_t child) { edge(key >> 32, child); });
  for (size_t s = 1; s < n; ++s) {
    if (depth[s] == kUnset) in.refuse(state_name(s) + " has no parent");
    depth[s] = depth[depth[s]] + 1;  // the parent's depth: it comes first
  }
  for (size_t s = 1; s < n; ++s) {
    const State& st = tables_.states[s];
    if (st.fail >= n || depth[st.fail] >= depth[s]) in.refuse(state_name(s) + " fails to a state no shallower");
    if (st.output != 0 && (st.output >= n || depth[st.output] >= depth[s] || tables_.states[st.output].title < 0))
      in.refuse(state_name(s) + "'s output is not a shallower title's end");
    if (st.title >= 0 && (static_cast<size_t>(st.title) >= tables_.lengths.size() ||
                          tables_.lengths[static_cast<uint32_t>(st.title)] != depth[s]))
      in.refuse(state_name(s) + " ends title " + std::to_string(st.title) + ", not one of its depth " +
                std::to_string(depth[s]));
  }
}

// find_fuzzy() reads runs of postings, counts votes per title and slides
// a window over each title's bigrams: every run, title and offset must
// lie inside its table.
void TitleIndex::check_mapped_postings(const index_file::Reader& in) const {
  if (tables_.min_needed == 0) in.refuse("the fuzzy title match needs no bigrams");
  bigram_runs_.for_each([&](uint64_t, uint32_t run) {
    if ((run >> kRunCountBits) + (run & ((1u << kRunCountBits) - 1)) > tables_.postings.size())
      in.refuse("a bigram's run of postings lies outside the " + std::to_string(tables_.postings.size()) + " postings");
  });
  // A fuzzy title's bigrams are its words but one, and its words a path
  // of the automaton: the window find_fuzzy() allocates per title stays
  // within the file's size.  Not every bigram has postings (runs shared
  // by too many titles are not kept).
  const size_t titles = tables_.bigram_count.size();
  for (size_t t = 0; t < titles; ++t) {
    uint64_t bigrams = tables_.bigram_count[t], words = tables_.lengths[t];
    if (bigrams != 0 && (bigrams + 1 != words || words >= tables_.states.size()))
      in.refuse("title " + std::to_string(t) + " has " + std::to_string(bigrams) + " bigrams and " +
                std::to_string(words) + " words, not a path of the title automaton");
  }
  for (const Posting& p : tables_.postings)
    if (p.title >= titles || p.offset >= tables_.bigram_count[p.title])
      in.refuse("a posting names bigram " + std::to_string(p.offset) + " of title " + std::to_string(p.title) +
                ", which has none such");
}

// The automaton's next state from `state` (not the root) on `word`, when
// it lies below depth 1; 0 when the answer is the root or one of its
// children, which the caller reads from root_next_.  The word on the
// edge into `state` is the text's previous word, so the filter probe
// needs `previous`, not the state.
uint32_t TitleIndex::deep_step(uint32_t state, uint32_t previous, uint32_t word) const {
  if (bigram_filters_.may_contain_first(bigram_key(previous, word))) {
    for (uint32_t f = state; f != 0; f = tables_.states[f].fail)
      if (uint32_t next = child(f, word)) return next;
  }
  return 0;
}

void TitleIndex::find_exact(Scratch& s, std::vector<TitleMention>& out) const {
  // deep_step() probes the title bigram filter with (previous word,
  // word), known ahead and prefetched.  A child of the root is never read:
  // no title ends at depth 1 (titles have kMinExactWords >= 2 words) and
  // its failure link, hence its output, is the root; most words of a
  // text that are title words at all lead only there, and reading their
  // state was a cache miss each.
  static_assert(kMinExactWords >= 2);
  constexpr size_t kAhead = 8;
  uint32_t state = 0;
  for (size_t i = 0; i < s.ids_.size(); ++i) {
    if (i + kAhead < s.ids_.size()) bigram_filters_.prefetch(bigram_key(s.ids_[i + kAhead - 1], s.ids_[i + kAhead]));
    uint32_t word = s.ids_[i];
    uint32_t deeper = word != 0 && state != 0 ? deep_step(state, s.ids_[i - 1], word) : 0;
    if (deeper == 0) {
      state = word != 0 ? tables_.root_next[word] : 0;
      continue;
    }
    state = deeper;
    for (uint32_t at = tables_.states[state].title >= 0 ? state : tables_.states[state].output; at != 0;
         at = tables_.states[at].output) {
      size_t first = i + 1 - tables_.lengths[static_cast<uint32_t>(tables_.states[at].title)];  // the depth of `at`
      out.push_back({static_cast<size_t>(tables_.states[at].title), s.words_[first].begin, s.words_[i].end, true,
                     static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1 - first)});
    }
  }
}

uint32_t TitleIndex::bigrams_needed(uint32_t title) const {
  return static_cast<uint32_t>(kFuzzyShare * tables_.bigram_count[title] + 0.999);
}

// A text bigram can only count towards a fuzzy match if at least
// min_needed_ candidates (itself included) fall within max_span_ words:
// the sliding window below never reports anything else.  Candidates
// outside any such cluster are dropped before their postings are read,
// which spares the table probes that dominate for ordinary abstracts.
void TitleIndex::keep_dense_candidates(Scratch& s) const {
  const std::vector<uint32_t>& c = s.candidates_;
  s.dense_.clear();
  size_t decided = 0;  // c[..decided) is kept or dropped already
  for (size_t a = 0; a + tables_.min_needed <= c.size(); ++a) {
    size_t last = a + tables_.min_needed - 1;
    if (c[last] - c[a] > tables_.max_span) continue;
    for (size_t k = std::max(a, decided); k <= last; ++k) s.dense_.push_back(c[k]);
    decided = last + 1;
  }
}

// Most titles a text's bigrams vote for get one or two votes by chance,
// far fewer than the 75% of their bigrams they need.  Counting votes per
// title first (in a counter per title, reset after) drops their hits
// before the sort, which then orders only the few serious candidates.
void TitleIndex::keep_titles_with_enough_hits(Scratch& s) const {
  for (const Hit& h : s.hits_)
    if (s.tallies_[h.title].votes < UINT16_MAX) ++s.tallies_[h.title].votes;
  s.kept_hits_.clear();
  for (const Hit& h : s.hits_)
    if (s.tallies_[h.title].votes >= s.tallies_[h.title].needed) s.kept_hits_.push_back(h);
  for (const Hit& h : s.hits_) s.tallies_[h.title].votes = 0;
  s.hits_.swap(s.kept_hits_);
}

void TitleIndex::find_fuzzy(Scratch& s, std::vector<TitleMention>& out) const {
  constexpr size_t kAhead = 8;  // probes prefetched ahead of use
  s.candidates_.clear();
  for (size_t i = 0; i + 1 < s.ids_.size(); ++i) {
    if (i + kAhead + 1 < s.ids_.size())
      bigram_filters_.prefetch(bigram_key(s.ids_[i + kAhead], s.ids_[i + kAhead + 1]));
    if (s.ids_[i] != 0 && s.ids_[i + 1] != 0 &&
        bigram_filters_.may_contain_second(bigram_key(s.ids_[i], s.ids_[i + 1])))
      s.candidates_.push_back(static_cast<uint32_t>(i));
  }
  keep_dense_candidates(s);
  // Two passes: the table probes first, each prefetching its run of
  // postings, then the postings, by when most have arrived (read right
  // after the probe, they were a third of this function's time).
  s.runs_.clear();
  for (size_t k = 0; k < s.dense_.size(); ++k) {
    if (k + kAhead < s.dense_.size()) {
      uint32_t ahead = s.dense_[k + kAhead];
      bigram_runs_.prefetch(bigram_key(s.ids_[ahead], s.ids_[ahead + 1]));
    }
    uint32_t i = s.dense_[k];
    long run = bigram_runs_.find(bigram_key(s.ids_[i], s.ids_[i + 1]));
    if (run < 0) continue;
    __builtin_prefetch(&tables_.postings[static_cast<uint32_t>(run) >> kRunCountBits]);
    s.runs_.push_back({i, static_cast<uint32_t>(run)});
  }
  s.hits_.clear();
  for (auto [i, run] : s.runs_) {
    uint32_t first = run >> kRunCountBits;
    uint32_t count = run & ((1u << kRunCountBits) - 1);
    for (uint32_t p = first; p < first + count; ++p)
      s.hits_.push_back({tables_.postings[p].title, i, tables_.postings[p].offset});
  }
  if (s.hits_.empty()) return;
  keep_titles_with_enough_hits(s);
  if (s.hits_.empty()) return;
  std::sort(s.hits_.begin(), s.hits_.end(),
            [](const Hit& a, const Hit& b) { return a.title != b.title ? a.title < b.title : a.pos < b.pos; });
  // The exact mentions (out, sorted by begin by drop_contained) answer
  // two questions per title group, each by a search, not a scan: was
  // this title found exactly, and does an exact mention overlap a range.
  size_t exact_found = out.size();
  s.exact_titles_.clear();
  for (size_t m = 0; m < exact_found; ++m) s.exact_titles_.push_back(static_cast<uint32_t>(out[m].title));
  std::sort(s.exact_titles_.begin(), s.exact_titles_.end());
  auto found_exactly = [&](uint32_t title) {
    return std::binary_search(s.exact_titles_.begin(), s.exact_titles_.end(), title);
  };
  s.exact_reach_.clear();  // s.exact_reach_[m]: the furthest end among out[0..m]
  for (size_t m = 0; m < exact_found; ++m)
    s.exact_reach_.push_back(std::max(out[m].end, m ? s.exact_reach_[m - 1] : 0));
  auto explained = [&](size_t begin, size_t end) {
    auto after = std::partition_point(out.begin(), out.begin() + static_cast<long>(exact_found),
                                      [&](const TitleMention& m) { return m.begin < end; });
    size_t n = static_cast<size_t>(after - out.begin());
    return n > 0 && s.exact_reach_[n - 1] > begin;
  };
  for (size_t lo = 0; lo < s.hits_.size();) {
    uint32_t title = s.hits_[lo].title;
    size_t group_end = lo;
    while (group_end < s.hits_.size() && s.hits_[group_end].title == title) ++group_end;
    uint32_t need = bigrams_needed(title);
    if (group_end - lo < need || found_exactly(title)) {
      lo = group_end;
      continue;
    }
    // Slide a window of the title's length (plus slack) over the hits,
    // counting distinct title bigrams in it.
    s.seen_.assign(tables_.bigram_count[title], 0);
    uint32_t distinct = 0;
    size_t first = lo;
    for (size_t j = lo; j < group_end; ++j) {
      while (s.hits_[j].pos - s.hits_[first].pos > tables_.lengths[title] + kFuzzySlack)
        distinct -= --s.seen_[s.hits_[first++].offset] == 0;
      distinct += s.seen_[s.hits_[j].offset]++ == 0;
      if (distinct >= need) {
        size_t begin = s.words_[s.hits_[first].pos].begin, end = s.words_[s.hits_[j].pos + 1].end;
        // An exact mention of another title explains this stretch of text:
        // a longer title that merely contains it ("Erratum: <title>") is
        // not mentioned too.
        if (!explained(begin, end)) out.push_back({title, begin, end, false, 0, 0});
        break;
      }
    }
    lo = group_end;
  }
}

// An exact mention inside a longer exact mention of another title is part
// of that title ("Erratum: <title>" names the erratum, not the original).
// Sorted by begin, longest first, a mention is inside a longer one exactly
// when an earlier mention reaches at least as far and is longer; the
// earlier ones reaching furthest are the ones to compare with, so one
// sweep does it.  The mentions come out sorted by begin.
void TitleIndex::drop_contained(std::vector<TitleMention>& exact) {
  std::stable_sort(exact.begin(), exact.end(), [](const TitleMention& a, const TitleMention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<TitleMention> kept;
  size_t reach = 0, reach_length = 0;  // furthest end so far, and the longest mention reaching it
  for (const auto& m : exact) {
    size_t length = m.end - m.begin;
    bool inside = m.end < reach || (m.end == reach && reach_length > length);
    if (!inside) kept.push_back(m);
    if (m.end > reach) {
      reach = m.end;
      reach_length = length;
    } else if (m.end == reach) {
      reach_length = std::max(reach_length, length);
    }
  }
  exact.swap(kept);
}

std::vector<TitleMention> TitleIndex::find(std::string_view text) const { return find(text, own_); }

// The votes each title needs sit beside its vote counter in the scratch
// space, filled the first time a scratch meets this index.
void TitleIndex::prepare(Scratch& s) const {
  if (s.tallies_.size() == tables_.bigram_count.size()) return;
  s.tallies_.assign(tables_.bigram_count.size(), {0, 0});
  for (uint32_t title = 0; title < tables_.bigram_count.size(); ++title)
    s.tallies_[title].needed = static_cast<uint16_t>(std::min<uint32_t>(bigrams_needed(title), UINT16_MAX));
}

// The text's words into s.words_ and their ids into s.ids_; returns how many.
size_t TitleIndex::split_text(std::string_view text, Scratch& s) const {
  prepare(s);
  // s.words_ only grows, and is written in place: most texts fit, and
  // push_back was a call per word.
  size_t count = 0;
  if (s.words_.size() < text.size() / 2 + 1) s.words_.resize(text.size() / 2 + 1);
  split_words(text, [&](const Word& w) {
    if (count == s.words_.size()) s.words_.resize(2 * count);
    s.words_[count++] = w;
  });
  s.ids_.resize(count);
  // The vocabulary is megabytes at a million titles: each probe a cache
  // miss, so the slots of words a few ahead are requested first.
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < count; ++i) {
    if (i + kAhead < count) vocabulary_.prefetch(s.words_[i + kAhead].hash);
    long id = vocabulary_.find(s.words_[i].hash);
    s.ids_[i] = id < 0 ? 0 : static_cast<uint32_t>(id);
  }
  return count;
}

std::vector<TitleMention> TitleIndex::find(std::string_view text, Scratch& s) const {
  std::vector<TitleMention> out;
  if (tables_.states.empty()) return out;
  split_text(text, s);
  find_exact(s, out);
  drop_contained(out);
  find_fuzzy(s, out);
  return out;
}

// find_fuzzy() given no exact mentions finds no title exactly and no
// stretch explained: each title's first window, unfiltered.
void TitleIndex::find_raw(std::string_view text, Scratch& s, std::vector<TitleMention>& exact,
                          std::vector<TitleMention>& fuzzy) const {
  exact.clear();
  fuzzy.clear();
  if (tables_.states.empty()) return;
  split_text(text, s);
  find_exact(s, exact);
  find_fuzzy(s, fuzzy);
}

uint64_t TitleIndex::word_pair_key(uint64_t first, uint64_t second) {
  const uint64_t pair[2] = {first, second};
  return XXH3_64bits(pair, sizeof pair);
}

// The same conditions as add() and build() for a title's bigrams to be
// indexed (the vocabulary's bound aside: 2^30 distinct words).
void TitleIndex::fuzzy_bigrams(const TitleWords& title, std::vector<uint64_t>& out) {
  out.clear();
  const std::vector<uint64_t>& h = title.hashes;
  if (h.size() < kMinExactWords || title.key_size < kMinExactChars || h.size() < kMinFuzzyWords) return;
  for (size_t i = 0; i + 1 < h.size(); ++i) out.push_back(word_pair_key(h[i], h[i + 1]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace ream::cite
