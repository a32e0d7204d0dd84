// Candidate pairs by blocking, never all pairs.
//
// Two kinds of block.  MinHash LSH: the 32-value title signature is cut
// into 8 bands of 4; records agreeing on a whole band share a block, so
// titles whose 3-gram Jaccard similarity is 0.8 meet with probability
// 0.99 and unrelated titles almost never.  Exact keys: the full title key,
// its first four words (a dropped or changed subtitle), the arXiv key and
// the DOI, so that identifier matches are found whatever the titles say.
//
// Each block is a chain threaded through the records (newest first): one
// hash-map entry per block holding its newest record, and per record one
// link per slot to the previous record in the same block.  That is a few
// bytes per record and slot instead of a vector per block, which is what
// keeps a million records within memory.  Walking a chain stops after
// `bucket_cap` records, bounding the work for huge families of look-alike
// titles; the identifier slots have no such families in practice.
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

// The key cut after its first `n` words, or empty when it is not longer.
std::string_view first_words(std::string_view key, size_t n) {
  size_t pos = 0;
  for (size_t i = 0; i < n; ++i) {
    pos = key.find(' ', pos);
    if (pos == std::string_view::npos) return {};
    ++pos;
  }
  return key.substr(0, pos - 1);
}

}  // namespace

std::array<uint64_t, kBlockSlots> CandidateIndex::block_keys(const Features& f) {
  std::array<uint64_t, kBlockSlots> keys{};
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

void CandidateIndex::candidates(const Features& f, std::vector<uint32_t>& out) const {
  out.clear();
  auto keys = block_keys(f);
  for (size_t slot = 0; slot < kBlockSlots; ++slot) {
    if (!keys[slot]) continue;
    auto it = latest_.find(keys[slot]);
    if (it == latest_.end()) continue;
    uint32_t link = it->second;
    for (size_t walked = 0; link && walked < bucket_cap_; ++walked) {
      uint32_t record = link - 1;
      out.push_back(record);
      link = previous_[static_cast<size_t>(record) * kBlockSlots + slot];
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void CandidateIndex::add(uint32_t index, const Features& f) {
  auto keys = block_keys(f);
  previous_.resize((static_cast<size_t>(index) + 1) * kBlockSlots, 0);
  for (size_t slot = 0; slot < kBlockSlots; ++slot) {
    if (!keys[slot]) continue;
    auto [it, fresh] = latest_.try_emplace(keys[slot], index + 1);
    if (!fresh) {
      previous_[static_cast<size_t>(index) * kBlockSlots + slot] = it->second;
      it->second = index + 1;
    }
  }
}

}  // namespace ream::dedupe
