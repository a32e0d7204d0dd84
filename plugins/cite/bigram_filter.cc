// A blocked Bloom filter over word-id bigrams.
//
// Title matching probes a bigram table once per word of text, and most
// bigrams of an abstract belong to no title.  The tables are megabytes
// for tens of thousands of titles, so each probe was a cache miss.  This
// filter answers "certainly not a title bigram" with one probe into a
// table of 16 bits per bigram (a few hundred KB, L2-resident), and only
// the rare "maybe" goes on to the real table (the fuzzy filter uses 8
// bits per key: see title_mentions.cc).  All three bits of a key
// live in one 64-bit block, so a probe touches one cache line; with 16
// bits per key the false-positive rate is about 1%.
#include "bigram_filter.hh"

namespace ream::cite {

void BigramFilter::reset(std::size_t expected, std::size_t bits_per_key) {
  std::size_t blocks = 8;
  while (blocks * 64 < expected * bits_per_key) blocks *= 2;
  blocks_.assign(blocks, 0);
}

void BigramFilter::assign(const std::vector<uint64_t>& keys, std::size_t bits_per_key) {
  reset(keys.size(), bits_per_key);
  for (uint64_t key : keys) insert(key);
}

void BigramFilterPair::reset(std::size_t first_keys, std::size_t second_keys, std::size_t first_bits,
                             std::size_t second_bits) {
  std::size_t blocks = 8;
  while (blocks * 64 < first_keys * first_bits || blocks * 64 < second_keys * second_bits) blocks *= 2;
  slots_.assign(blocks, Slot{{0, 0}});
  view_ = slots_;
}

void BigramFilterPair::map(index_file::Reader& in) {
  view_ = in.table<Slot>();
  slots_ = {};
  if (view_.size() & (view_.size() - 1)) in.refuse("a bigram filter's size is not a power of two");
}

}  // namespace ream::cite
