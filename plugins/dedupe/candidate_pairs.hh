// Blocking: which earlier records a new record is compared with.
#ifndef REAM_DEDUPE_CANDIDATE_PAIRS_HH
#define REAM_DEDUPE_CANDIDATE_PAIRS_HH

#include <boost/unordered/unordered_flat_map.hpp>

#include <cstdint>
#include <vector>

#include "record_fields.hh"

namespace ream::dedupe {

constexpr size_t kBands = 8;  // LSH bands of kSignatureSize / kBands rows
// Blocks per record: the LSH bands, the title key, the first title words,
// the arXiv key and the DOI.
constexpr size_t kBlockSlots = kBands + 4;

class CandidateIndex {
 public:
  // At most `bucket_cap` most recent records are taken from any one block,
  // which bounds the work per record when thousands of titles look alike.
  explicit CandidateIndex(size_t bucket_cap = 64) : bucket_cap_(bucket_cap) {}

  // Earlier records sharing a block with `f`, ascending and unique.
  void candidates(const Features& f, std::vector<uint32_t>& out) const;
  // Adds record number `index`; numbers must be added in increasing order.
  void add(uint32_t index, const Features& f);

 private:
  // Block keys of a record, one per slot; 0 when the slot does not apply.
  static std::array<uint64_t, kBlockSlots> block_keys(const Features& f);

  size_t bucket_cap_;
  boost::unordered_flat_map<uint64_t, uint32_t> latest_;  // block key -> newest record + 1
  std::vector<uint32_t> previous_;                        // [record * slots + slot] -> older record + 1
};

}  // namespace ream::dedupe

#endif
