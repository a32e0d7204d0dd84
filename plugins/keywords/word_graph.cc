// PositionRank over a compressed adjacency list.
//
// Co-occurrences are gathered as (a, b) pairs and put into per-node
// buckets of neighbours by two stable counting passes (by target, then by
// source), which leave every bucket in ascending order: repeats are then
// folded into counts in one sweep.  That replaced first one sort of all
// packed pairs of the document, which cost as much as the walk, and then
// a small sort per bucket, which mispredicted its branches.  Ascending
// neighbours are the order the walk sums them in.  The walk is the
// standard power iteration on the weighted, undirected graph.
#include "word_graph.hh"

#include <algorithm>
#include <cmath>

namespace ream::keywords {

// Bucket sizes are counted here, as the pairs are made: every
// co-occurrence counts once under each of its words.
void WordGraph::collect_cooccurrences(const Document& doc, uint32_t window) {
  pairs_.clear();
  fill_.assign(doc.node_terms.size() + 1, 0);
  // Phrase words in order; those from `oldest` on are still within the window.
  recent_.clear();
  size_t oldest = 0;
  for (const Slot& s : doc.slots) {
    if (s.node == Slot::kNoNode) continue;
    while (oldest < recent_.size() && s.position - recent_[oldest].position >= window) ++oldest;
    uint32_t added = 0;
    for (size_t r = oldest; r < recent_.size(); ++r) {
      uint32_t other = recent_[r].node;
      if (other == s.node) continue;
      pairs_.push_back({other, s.node});
      ++fill_[other + 1];
      ++added;
    }
    fill_[s.node + 1] += added;
    recent_.push_back({s.position, s.node});
  }
}

void WordGraph::build_edges(const Document& doc, uint32_t window) {
  collect_cooccurrences(doc, window);
  const size_t n = doc.node_terms.size();
  // Every co-occurrence counts once under each of its words, so the
  // buckets by source and by target have the same sizes.
  for (size_t v = 0; v < n; ++v) fill_[v + 1] += fill_[v];
  // Two stable counting passes: the directed entries bucketed by target
  // (keeping their sources), then walked in target order and bucketed by
  // source, so each source's bucket comes out in ascending target order
  // without a sort.
  next_slot_.assign(fill_.begin(), fill_.end() - 1);
  sources_.resize(fill_[n]);
  for (const Pair& p : pairs_) sources_[next_slot_[p.b]++] = p.a, sources_[next_slot_[p.a]++] = p.b;
  next_slot_.assign(fill_.begin(), fill_.end() - 1);
  targets_.resize(fill_[n]);
  for (uint32_t target = 0, e = 0; target < n; ++target)
    for (; e < fill_[target + 1]; ++e) targets_[next_slot_[sources_[e]]++] = target;
  // fill_[v + 1] is the end of v's bucket; repeats of a target are folded
  // into a count, divided by the target's strength (the sum of its edge
  // weights, its bucket's size): the edge's share of the target's score,
  // computed once, so the walk costs one multiply-add per edge and step.
  offsets_.assign(n + 1, 0);
  neighbours_.resize(targets_.size());
  weights_.resize(targets_.size());
  uint32_t edges = 0;
  for (size_t v = 0; v < n; ++v) {
    uint32_t begin = fill_[v], end = fill_[v + 1];
    for (uint32_t i = begin; i < end;) {
      uint32_t j = i + 1;
      while (j < end && targets_[j] == targets_[i]) ++j;
      uint32_t target = targets_[i];
      neighbours_[edges] = target;
      weights_[edges++] = static_cast<double>(j - i) / static_cast<double>(fill_[target + 1] - fill_[target]);
      i = j;
    }
    offsets_[v + 1] = edges;
  }
  neighbours_.resize(edges);
  weights_.resize(edges);
}

void WordGraph::restart_vector(const Document& doc, double title_weight) {
  restart_.assign(doc.node_terms.size(), 0.0);
  double total = 0;
  for (const Slot& s : doc.slots) {
    if (s.node == Slot::kNoNode) continue;
    double w = (doc.is_title(s) ? title_weight : 1.0) / (s.position + 1.0);
    restart_[s.node] += w;
    total += w;
  }
  if (total > 0)
    for (double& r : restart_) r /= total;
}

void WordGraph::rank(const Document& doc, const GraphParams& params, std::vector<double>& scores) {
  const size_t n = doc.node_terms.size();
  build_edges(doc, params.window);
  restart_vector(doc, params.title_weight);
  scores = restart_;
  next_.resize(n);
  inflow_.resize(n);
  for (int iteration = 0; iteration < params.max_iterations; ++iteration) {
    gather_inflows(scores);
    double change = 0;
    for (size_t v = 0; v < n; ++v) {
      next_[v] = (1 - params.damping) * restart_[v] + params.damping * inflow_[v];
      change += std::fabs(next_[v] - scores[v]);
    }
    scores.swap(next_);
    if (change < 1e-4) break;  // scores sum to 1: below the differences that reorder phrases
  }
}

// Each node's inflow is a chain of dependent additions, so one node at a
// time leaves the CPU waiting on the adder's latency.  Two nodes are
// summed side by side instead, each still in its own neighbour order, so
// the result is bit for bit that of the plain loop.
void WordGraph::gather_inflows(const std::vector<double>& scores) {
  const size_t n = inflow_.size();
  auto edge = [&](uint32_t e) { return weights_[e] * scores[neighbours_[e]]; };
  size_t v = 0;
  for (; v + 1 < n; v += 2) {
    uint32_t a = offsets_[v], a_end = offsets_[v + 1], b = a_end, b_end = offsets_[v + 2];
    double in_a = 0, in_b = 0;
    for (; a < a_end && b < b_end; ++a, ++b) in_a += edge(a), in_b += edge(b);
    for (; a < a_end; ++a) in_a += edge(a);
    for (; b < b_end; ++b) in_b += edge(b);
    inflow_[v] = in_a, inflow_[v + 1] = in_b;
  }
  for (; v < n; ++v) {
    double in = 0;
    for (uint32_t e = offsets_[v]; e < offsets_[v + 1]; ++e) in += edge(e);
    inflow_[v] = in;
  }
}

}  // namespace ream::keywords
