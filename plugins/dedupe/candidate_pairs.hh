// Blocking: which earlier records a new record is compared with.
#ifndef REAM_DEDUPE_CANDIDATE_PAIRS_HH
#define REAM_DEDUPE_CANDIDATE_PAIRS_HH

#include <boost/unordered/unordered_flat_map.hpp>

#include <array>
#include <cstdint>
#include <vector>

#include "record_fields.hh"

namespace ream::dedupe {

constexpr size_t kBands = 8;  // LSH bands of kSignatureSize / kBands rows
// Blocks per record: the LSH bands, the title key, the first title words,
// the arXiv key and the DOI.
constexpr size_t kBlockSlots = kBands + 4;

using BlockKeys = std::array<uint64_t, kBlockSlots>;  // 0 when a slot does not apply

// 32-bit fingerprints of a record's arXiv key and DOI, 0 when absent.
// Equal keys give equal prints, so unequal prints prove unequal keys.
struct IdPrint {
  uint32_t arxiv = 0, doi = 0;
};

IdPrint id_print(const Features& f);

// True only when the records certainly carry different identifiers and
// certainly share none: then identifiers_differ() holds for them too.
// Equal prints (a shared key or a collision) leave the question open.
bool prints_differ(IdPrint a, IdPrint b);

class CandidateIndex {
 public:
  // At most `bucket_cap` most recent records are taken from any one block,
  // which bounds the work per record when thousands of titles look alike.
  explicit CandidateIndex(size_t bucket_cap = 64) : bucket_cap_(bucket_cap) {}

  static BlockKeys block_keys(const Features& f);

  // Earlier records sharing a block with `f`, ascending and unique.
  void candidates(const Features& f, std::vector<uint32_t>& out) const;
  // The same without the records whose identifiers certainly differ from
  // `f`'s (prints_differ), which no rule could match.
  void comparable_candidates(const BlockKeys& keys, IdPrint ids, std::vector<uint32_t>& out) const;
  // For a batch whose candidates are looked up on workers against the
  // index as of its start (parallel_batch.cc): appends to `out` the
  // members of block `key`, oldest first, each a record number with
  // kComparable set when prints_differ() does not rule it out against
  // `ids`.  At most bucket_cap() of them, the newest.
  static constexpr uint32_t kComparable = 1u << 31;
  void block_members(uint64_t key, IdPrint ids, std::vector<uint32_t>& out) const;
  size_t bucket_cap() const { return bucket_cap_; }
  // Adds record number `index`; numbers must be added in increasing order.
  void add(uint32_t index, const Features& f) { add(index, block_keys(f), id_print(f)); }
  void add(uint32_t index, const BlockKeys& keys, IdPrint ids);

 private:
  struct Member {
    uint32_t record;
    IdPrint ids;
  };
  // The newest `bucket_cap_` members of a block with more than one, kept
  // contiguous; once full it is a ring whose oldest entry is at `next`.
  struct Block {
    std::vector<Member> members;
    uint32_t next = 0;
  };
  // A map value: a lone record (its number + 1, with its prints in
  // lone_ids_) or, with kBlockBit set, an index into blocks_.
  static constexpr uint32_t kBlockBit = 1u << 31;

  template <typename Keep>
  void collect(const BlockKeys& keys, std::vector<uint32_t>& out, Keep keep) const;
  void append(Block& block, Member m);

  size_t bucket_cap_;
  boost::unordered_flat_map<uint64_t, uint32_t> blocks_by_key_;
  std::vector<Block> blocks_;
  std::vector<IdPrint> lone_ids_;  // by record number, for blocks of one
};

}  // namespace ream::dedupe

#endif
