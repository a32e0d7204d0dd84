// ComponentLabels: the connected components of a graph too large for one
// node's memory, each node labelled with the smallest node of its
// component.
//
// The distributed components step (dist_components.cc) once ran a
// union-find over every linked record, memory per record of the whole
// corpus (tens of GB at 250 million records).  This is the sort-based
// alternative: the alternating large-star and small-star rounds of
// Kiveris et al. ("Connected Components in MapReduce and Beyond", 2014).
// Each round reads the edge list sorted by node (both directions of each
// edge) and writes a new one in which every node points to smaller nodes
// of its component, through an ExternalSort of bounded memory.  The rounds
// converge to one star per component whose centre is its smallest node,
// in O(log^2 n) rounds (a handful on real pairs: most components are a
// few records).  A round only streams: a node's new edges depend on its
// smallest neighbour, which the sorted list gives first.
//   ComponentLabels cc(64 << 20);
//   cc.link(a, b); ...
//   cc.solve([](uint64_t node, uint64_t label) { ... });   // nodes ascending
#ifndef REAM_DEDUPE_COMPONENT_LABELS_HH
#define REAM_DEDUPE_COMPONENT_LABELS_HH

#include <cstdint>
#include <functional>

#include "external_sort.hh"

namespace ream::dedupe {

class ComponentLabels {
 public:
  // memory_bytes bounds the edges and labels held at once.
  explicit ComponentLabels(size_t memory_bytes);

  // An undirected edge between two different nodes.
  void link(uint64_t a, uint64_t b);

  // Calls each(node, label) once for every node that has an edge, in
  // ascending node order; label is the smallest node of its component.
  // The edges are gone afterwards.
  void solve(const std::function<void(uint64_t node, uint64_t label)>& each);

  // After solve(): the star rounds it ran and the runs it wrote to disk.
  size_t rounds() const { return rounds_; }
  size_t runs_written() const { return runs_written_; }

 private:
  struct Arc {
    uint64_t from, to;
    bool operator<(const Arc& o) const { return from != o.from ? from < o.from : to < o.to; }
    bool operator==(const Arc& o) const { return from == o.from && to == o.to; }
  };
  using Arcs = ExternalSort<Arc>;

  static void add_edge(Arcs& arcs, uint64_t a, uint64_t b) {
    arcs.add({a, b});
    arcs.add({b, a});
  }
  std::unique_ptr<Arcs> fresh() const;
  bool round(Arcs& in, Arcs& out, bool large, const std::function<void(uint64_t, uint64_t)>& each);

  size_t memory_;
  std::unique_ptr<Arcs> arcs_;
  size_t rounds_ = 0, runs_written_ = 0;
};

}  // namespace ream::dedupe

#endif
