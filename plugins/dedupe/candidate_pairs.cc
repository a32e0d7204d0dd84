// Candidate pairs by blocking, never all pairs.
//
// Two kinds of block.  MinHash LSH: the 32-value title signature is cut
// into 8 bands of 4; records agreeing on a whole band share a block, so
// titles whose 3-gram Jaccard similarity is 0.8 meet with probability
// 0.99 and unrelated titles almost never.  Exact keys: the full title key,
// its first four words (a dropped or changed subtitle), the arXiv key and
// the DOI, so that identifier matches are found whatever the titles say.
//
// Most blocks hold one record, and those cost one hash-map entry.  A block
// that gains a second record gets its own contiguous list of its newest
// `bucket_cap` members (a ring once full), each stored with the prints of
// its identifiers.  Families of look-alike titles fill their blocks to the
// cap, so a record may meet several hundred members; reading them from a
// few contiguous lists, and dismissing those whose identifiers certainly
// differ without touching their features, is what keeps that cheap.  (An
// earlier layout threaded one chain per block through the records, and
// every step of the walk was a cache miss.)
#include "candidate_pairs.hh"

#include <xxhash.h>
#include <ream/text.hpp>

#include <algorithm>

namespace ream::dedupe {
namespace {

constexpr size_t kRows = kSignatureSize / kBands;
constexpr size_t kPrefixWords = 4;

uint64_t slot_key(size_t slot, uint64_t h) {
  uint64_t k = XXH3_64bits_withSeed(&h, sizeof h, slot + 1);
  return k ? k : 1;
}

uint64_t slot_key(size_t slot, std::string_view s) {
  uint64_t k = XXH3_64bits_withSeed(s.data(), s.size(), slot + 1);
  return k ? k : 1;
}

// The key's first `n` words, or empty when it has fewer.  A title of
// exactly `n` words is its own prefix, so that it meets the longer titles
// that run on past it.
std::string_view first_words(std::string_view key, size_t n) {
  size_t pos = 0;
  for (size_t i = 0; i < n; ++i) {
    pos = key.find(' ', pos);
    if (pos == std::string_view::npos) return i + 1 == n ? key : std::string_view{};
    ++pos;
  }
  return key.substr(0, pos - 1);
}

}  // namespace

IdPrint id_print(const Features& f) {
  auto print = [](const std::string& key) -> uint32_t {
    if (key.empty()) return 0;
    auto h = static_cast<uint32_t>(XXH3_64bits(key.data(), key.size()));
    return h ? h : 1;
  };
  return {print(f.arxiv), print(f.doi)};
}

bool prints_differ(IdPrint a, IdPrint b) {
  bool may_share = (a.arxiv && a.arxiv == b.arxiv) || (a.doi && a.doi == b.doi);
  bool differ = (a.arxiv && b.arxiv && a.arxiv != b.arxiv) || (a.doi && b.doi && a.doi != b.doi);
  return differ && !may_share;
}

BlockKeys CandidateIndex::block_keys(const Features& f) {
  BlockKeys keys{};
  const std::string& title = f.title.key;
  if (!title.empty()) {
    for (size_t b = 0; b < kBands; ++b)
      keys[b] = slot_key(b, XXH3_64bits(f.signature.data() + b * kRows, kRows * sizeof(uint32_t)));
    keys[kBands] = slot_key(kBands, title);
    std::string_view prefix = first_words(title, kPrefixWords);
    if (!prefix.empty()) keys[kBands + 1] = slot_key(kBands + 1, prefix);
  }
  if (!f.arxiv.empty()) keys[kBands + 2] = slot_key(kBands + 2, f.arxiv);
  if (!f.doi.empty()) keys[kBands + 3] = slot_key(kBands + 3, f.doi);
  return keys;
}

template <typename Keep>
void CandidateIndex::collect(const BlockKeys& keys, std::vector<uint32_t>& out, Keep keep) const {
  out.clear();
  for (uint64_t key : keys) {
    if (!key) continue;
    auto it = blocks_by_key_.find(key);
    if (it == blocks_by_key_.end()) continue;
    if (!(it->second & kBlockBit)) {
      uint32_t record = it->second - 1;
      if (keep(Member{record, lone_ids_[record]})) out.push_back(record);
      continue;
    }
    for (const Member& m : blocks_[it->second & ~kBlockBit].members)
      if (keep(m)) out.push_back(m.record);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void CandidateIndex::candidates(const Features& f, std::vector<uint32_t>& out) const {
  collect(block_keys(f), out, [](const Member&) { return true; });
}

void CandidateIndex::comparable_candidates(const BlockKeys& keys, IdPrint ids, std::vector<uint32_t>& out) const {
  collect(keys, out, [ids](const Member& m) { return !prints_differ(m.ids, ids); });
}

void CandidateIndex::block_members(uint64_t key, IdPrint ids, std::vector<uint32_t>& out) const {
  auto it = blocks_by_key_.find(key);
  if (it == blocks_by_key_.end()) return;
  auto mark = [&](const Member& m) { return m.record | (prints_differ(m.ids, ids) ? 0 : kComparable); };
  if (!(it->second & kBlockBit)) {
    uint32_t record = it->second - 1;
    out.push_back(mark(Member{record, lone_ids_[record]}));
    return;
  }
  // A full block is a ring whose oldest member is at `next`.
  const Block& block = blocks_[it->second & ~kBlockBit];
  for (size_t i = block.next; i < block.members.size(); ++i) out.push_back(mark(block.members[i]));
  for (size_t i = 0; i < block.next; ++i) out.push_back(mark(block.members[i]));
}

void CandidateIndex::append(Block& block, Member m) {
  if (block.members.size() < bucket_cap_) {
    if (block.members.size() == block.members.capacity())
      block.members.reserve(std::min(bucket_cap_, 2 * block.members.size()));
    block.members.push_back(m);
    return;
  }
  block.members[block.next] = m;
  block.next = static_cast<uint32_t>((block.next + 1) % bucket_cap_);
}

void CandidateIndex::add(uint32_t index, const BlockKeys& keys, IdPrint ids) {
  lone_ids_.resize(static_cast<size_t>(index) + 1);
  lone_ids_[index] = ids;
  for (uint64_t key : keys) {
    if (!key) continue;
    auto [it, fresh] = blocks_by_key_.try_emplace(key, index + 1);
    if (fresh) continue;
    if (!(it->second & kBlockBit)) {
      // The second member: the block gets a list of its own.
      uint32_t first = it->second - 1;
      it->second = static_cast<uint32_t>(blocks_.size()) | kBlockBit;
      blocks_.emplace_back().members.reserve(std::min<size_t>(bucket_cap_, 2));
      append(blocks_.back(), Member{first, lone_ids_[first]});
    }
    append(blocks_[it->second & ~kBlockBit], Member{index, ids});
  }
}

}  // namespace ream::dedupe
