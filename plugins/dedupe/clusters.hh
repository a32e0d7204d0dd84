// Duplicate clusters: union-find over record numbers.
#ifndef REAM_DEDUPE_CLUSTERS_HH
#define REAM_DEDUPE_CLUSTERS_HH

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ream::dedupe {

class Clusters {
 public:
  // Adds the next record as a cluster of its own; returns its number.
  uint32_t add();
  size_t size() const { return parent_.size(); }
  // The cluster's root: always its earliest record, whatever the order of
  // unions, so the result does not depend on how pairs were found.
  uint32_t find(uint32_t x);
  void unite(uint32_t a, uint32_t b);
  // Members of the cluster rooted at `root`, ascending (root alone for
  // singletons).
  std::vector<uint32_t> members(uint32_t root);
  // Whether `x` is in a cluster of its own.
  bool alone(uint32_t x) { return find(x) == x && members_[x].empty(); }
  // Every cluster as its ascending member list, in order of their roots.
  std::vector<std::vector<uint32_t>> all();

 private:
  std::vector<uint32_t> parent_;
  // Members of clusters with more than one record, by root.  Kept so that
  // cluster-wide veto checks need not scan every record.
  std::vector<std::vector<uint32_t>> members_;
};

}  // namespace ream::dedupe

#endif
