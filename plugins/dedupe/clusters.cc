// Union-find with the smallest record number as root.
//
// Linking the larger root under the smaller one keeps the representative
// deterministic (the first record of the cluster in input order) at the
// cost of union by rank; path halving keeps the trees shallow enough for
// the small clusters duplicates form.
#include "clusters.hh"

#include <algorithm>
#include <utility>

namespace ream::dedupe {

uint32_t Clusters::add() {
  auto index = static_cast<uint32_t>(parent_.size());
  parent_.push_back(index);
  members_.emplace_back();
  return index;
}

uint32_t Clusters::find(uint32_t x) {
  while (parent_[x] != x) {
    parent_[x] = parent_[parent_[x]];
    x = parent_[x];
  }
  return x;
}

void Clusters::unite(uint32_t a, uint32_t b) {
  a = find(a);
  b = find(b);
  if (a == b) return;
  if (b < a) std::swap(a, b);
  auto mine = members(a);
  auto theirs = members(b);
  parent_[b] = a;
  std::vector<uint32_t> merged;
  merged.reserve(mine.size() + theirs.size());
  std::merge(mine.begin(), mine.end(), theirs.begin(), theirs.end(), std::back_inserter(merged));
  members_[a] = std::move(merged);
  std::vector<uint32_t>().swap(members_[b]);
}

std::vector<uint32_t> Clusters::members(uint32_t root) {
  root = find(root);
  if (members_[root].empty()) return {root};
  return members_[root];
}

std::vector<std::vector<uint32_t>> Clusters::all() {
  std::vector<std::vector<uint32_t>> out;
  for (uint32_t i = 0; i < parent_.size(); ++i)
    if (find(i) == i) out.push_back(members(i));
  return out;
}

}  // namespace ream::dedupe
