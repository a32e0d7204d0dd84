// A Bloom filter over word-id bigrams (see bigram_filter.cc).
#ifndef REAM_CITE_BIGRAM_FILTER_HH
#define REAM_CITE_BIGRAM_FILTER_HH

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "huge_pages.hh"
#include "index_file.hh"

namespace ream::cite {

// Two 32-bit word ids as one 64-bit key: exact, so no hash collisions.
inline uint64_t bigram_key(uint32_t first, uint32_t second) { return uint64_t{first} << 32 | second; }

class BigramFilter {
 public:
  // Sizes the filter for `keys` and sets their bits.  `bits_per_key`
  // (a power of two) trades size for false positives: about 1% at 16,
  // 3-4% at 8.
  void assign(const std::vector<uint64_t>& keys, std::size_t bits_per_key = 16);
  // Empties the filter and sizes it for `expected` keys, to be added one
  // by one with insert(): no list of keys need exist at once.
  void reset(std::size_t expected, std::size_t bits_per_key = 16);
  void insert(uint64_t key) {
    uint64_t h = spread(key);
    blocks_[h & (blocks_.size() - 1)] |= bits(h);
  }
  // Asks the cache for the block `key` will probe: a text's bigrams are
  // known ahead, and the probes are cache misses at a million titles.
  void prefetch(uint64_t key) const {
    if (!blocks_.empty()) __builtin_prefetch(&blocks_[spread(key) & (blocks_.size() - 1)]);
  }
  // False when `key` was certainly not assigned.
  bool may_contain(uint64_t key) const {
    if (blocks_.empty()) return false;
    uint64_t h = spread(key);
    uint64_t mask = bits(h);
    return (blocks_[h & (blocks_.size() - 1)] & mask) == mask;
  }

 private:
  static uint64_t spread(uint64_t key) {
    key ^= key >> 33;
    key *= 0xFF51AFD7ED558CCDULL;
    key ^= key >> 33;
    key *= 0xC4CEB9FE1A85EC53ULL;
    return key ^ (key >> 33);
  }
  // Three bits of one 64-bit block, from hash bits the block index does not use.
  static uint64_t bits(uint64_t h) { return 1ULL << (h >> 58) | 1ULL << ((h >> 52) & 63) | 1ULL << ((h >> 46) & 63); }

  std::vector<uint64_t> blocks_;
  friend class BigramFilterPair;
};

// Two filters of this kind whose blocks for one key lie side by side in
// one 16-byte slot: a text bigram is probed in both (the title filter by
// the exact matcher, then the fuzzy filter), and at a million titles each
// probe was a cache miss; this way the second finds the line loaded.  Both
// have the block count the larger needs, so the smaller gets more bits
// per key than it asked for (fewer false positives, never more).
class BigramFilterPair {
 public:
  // Sizes the pair for `first_keys` keys at `first_bits` bits per key in
  // the first and `second_keys` at `second_bits` in the second, empty.
  void reset(std::size_t first_keys, std::size_t second_keys, std::size_t first_bits = 16, std::size_t second_bits = 8);
  void insert_first(uint64_t key) { insert(key, 0); }
  void insert_second(uint64_t key) { insert(key, 1); }
  void prefetch(uint64_t key) const {
    if (!view_.empty()) __builtin_prefetch(&view_[BigramFilter::spread(key) & (view_.size() - 1)]);
  }
  bool may_contain_first(uint64_t key) const { return may_contain(key, 0); }
  bool may_contain_second(uint64_t key) const { return may_contain(key, 1); }
  std::size_t bytes() const { return view_.size() * sizeof(Slot); }
  // The filters into a binary index, and back from a mapped one (read
  // where they lie; insert() is for built filters only).
  void save(index_file::Writer& out) const { out.table(view_); }
  void map(index_file::Reader& in);

 private:
  struct alignas(16) Slot {
    uint64_t half[2];
  };
  void insert(uint64_t key, int which) {
    uint64_t h = BigramFilter::spread(key);
    slots_[h & (slots_.size() - 1)].half[which] |= BigramFilter::bits(h);
  }
  bool may_contain(uint64_t key, int which) const {
    if (view_.empty()) return false;
    uint64_t h = BigramFilter::spread(key);
    uint64_t mask = BigramFilter::bits(h);
    return (view_[h & (view_.size() - 1)].half[which] & mask) == mask;
  }
  HugeVector<Slot> slots_;      // a built pair's blocks
  std::span<const Slot> view_;  // the blocks probes read: slots_, or a mapped index's
};

}  // namespace ream::cite

#endif  // REAM_CITE_BIGRAM_FILTER_HH
