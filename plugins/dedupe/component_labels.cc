// The star rounds of component_labels.hh.  Large-star at node u (N its
// neighbours, m the smallest of N and u): each neighbour above u is
// linked to m instead.  Small-star at u: u and each neighbour below u are
// linked to m.  Neither adds edges (each emits at most one per arc it
// reads), neither drops a node, both keep components whole.  The input of
// a round is a star forest with centres at the minima exactly when every
// node with a smaller neighbour has no other neighbour (that neighbour
// then cannot have a smaller one itself, or it would have two): each
// round checks this on what it reads, and the round that finds it true
// gives the labels (a node's smaller neighbour, or itself).
#include "component_labels.hh"

#include <ream/plugin.hpp>

#include <optional>

namespace ream::dedupe {

namespace {
// Far above the O(log^2 n) the rounds need for any graph that fits a
// disk: reaching it means a bug, not a hard input.
constexpr size_t kMostRounds = 400;
}  // namespace

ComponentLabels::ComponentLabels(size_t memory_bytes) : memory_(memory_bytes), arcs_(fresh()) {}

// The budget: a round's input and output lists 3/8 of it each, its
// labels the rest.
std::unique_ptr<ComponentLabels::Arcs> ComponentLabels::fresh() const {
  return std::make_unique<Arcs>(memory_ * 3 / 8, "temporary file for the components");
}

void ComponentLabels::link(uint64_t a, uint64_t b) { add_edge(*arcs_, a, b); }

// One round over `in` (drained), writing `out`; true, with each(node,
// label) called for every node, when `in` was already the stars.
bool ComponentLabels::round(Arcs& in, Arcs& out, bool large, const std::function<void(uint64_t, uint64_t)>& each) {
  bool stars = true;
  std::optional<uint64_t> node;
  uint64_t smallest = 0, degree = 0;
  // The labels of this round, sent only when it proves to be the last:
  // they wait in a run of their own.
  ExternalSort<Arc> labels(memory_ / 4, "temporary file for the components");
  in.drain(true, [&](const Arc& arc) {
    if (arc.from != node) {
      node = arc.from, degree = 0;
      smallest = std::min(arc.from, arc.to);  // the first neighbour is the smallest
      labels.add({arc.from, smallest});
      if (!large && arc.from != smallest) add_edge(out, arc.from, smallest);
    }
    if (++degree > 1 && smallest < arc.from) stars = false;
    if (large ? (arc.to > arc.from) : (arc.to < arc.from && arc.to != smallest)) add_edge(out, arc.to, smallest);
  });
  if (!stars) return false;
  labels.drain(false, [&](const Arc& l) { each(l.from, l.to); });
  return true;
}

void ComponentLabels::solve(const std::function<void(uint64_t node, uint64_t label)>& each) {
  for (bool large = true;; large = !large) {
    if (++rounds_ > kMostRounds) throw ream::IoError("the components did not settle in 400 star rounds (a bug)");
    auto next = fresh();
    bool done = round(*arcs_, *next, large, each);
    runs_written_ += arcs_->runs_written();
    arcs_ = std::move(next);
    if (done) break;
  }
  arcs_ = fresh();
}

}  // namespace ream::dedupe
