// PositionRank over a compressed adjacency list.
//
// Co-occurrences are gathered as packed node pairs, sorted and counted:
// cheaper than a hash map for the few hundred pairs of an abstract, and
// linear-log for long texts.  The walk is the standard power iteration on
// the weighted, undirected graph.
#include "word_graph.hh"

#include <algorithm>
#include <cmath>

namespace ream::keywords {

void WordGraph::build_edges(const Document& doc, uint32_t window) {
  pairs_.clear();
  // Phrase words in order; those from `oldest` on are still within the window.
  recent_.clear();
  size_t oldest = 0;
  for (const Slot& s : doc.slots) {
    if (s.node == Slot::kNoNode) continue;
    while (oldest < recent_.size() && s.position - recent_[oldest]->position >= window) ++oldest;
    for (size_t r = oldest; r < recent_.size(); ++r) {
      uint32_t other = recent_[r]->node;
      if (other == s.node) continue;
      uint64_t a = std::min(other, s.node), b = std::max(other, s.node);
      pairs_.push_back(a << 32 | b);
    }
    recent_.push_back(&s);
  }
  std::sort(pairs_.begin(), pairs_.end());

  const size_t n = doc.node_terms.size();
  offsets_.assign(n + 1, 0);
  strength_.assign(n, 0.0);
  // Degree count first, then fill (each undirected edge both ways).
  for (size_t i = 0; i < pairs_.size();) {
    size_t j = i;
    while (j < pairs_.size() && pairs_[j] == pairs_[i]) ++j;
    ++offsets_[(pairs_[i] >> 32) + 1];
    ++offsets_[(pairs_[i] & 0xffffffffu) + 1];
    i = j;
  }
  for (size_t v = 0; v < n; ++v) offsets_[v + 1] += offsets_[v];
  neighbours_.resize(offsets_[n]);
  weights_.resize(offsets_[n]);
  fill_.assign(offsets_.begin(), offsets_.end() - 1);
  auto& fill = fill_;
  for (size_t i = 0; i < pairs_.size();) {
    size_t j = i;
    while (j < pairs_.size() && pairs_[j] == pairs_[i]) ++j;
    auto a = static_cast<uint32_t>(pairs_[i] >> 32), b = static_cast<uint32_t>(pairs_[i] & 0xffffffffu);
    auto w = static_cast<double>(j - i);
    neighbours_[fill[a]] = b, weights_[fill[a]++] = w;
    neighbours_[fill[b]] = a, weights_[fill[b]++] = w;
    strength_[a] += w, strength_[b] += w;
    i = j;
  }
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
  // Each edge's share of its source's score, computed once: the walk
  // then costs one multiply-add per edge and iteration.
  for (size_t v = 0; v < n; ++v)
    for (uint32_t e = offsets_[v]; e < offsets_[v + 1]; ++e) weights_[e] /= strength_[neighbours_[e]];
  scores = restart_;
  next_.resize(n);
  for (int iteration = 0; iteration < params.max_iterations; ++iteration) {
    double change = 0;
    for (size_t v = 0; v < n; ++v) {
      double inflow = 0;
      for (uint32_t e = offsets_[v]; e < offsets_[v + 1]; ++e) {
        inflow += weights_[e] * scores[neighbours_[e]];
      }
      next_[v] = (1 - params.damping) * restart_[v] + params.damping * inflow;
      change += std::fabs(next_[v] - scores[v]);
    }
    scores.swap(next_);
    if (change < 1e-4) break;  // scores sum to 1: below the differences that reorder phrases
  }
}

}  // namespace ream::keywords
