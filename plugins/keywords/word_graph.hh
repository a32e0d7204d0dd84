// Word importance from a position-biased co-occurrence graph.
//
// As in PositionRank (Florescu & Caragea, 2017): phrase words are nodes,
// two words are linked when they occur within `window` words of each
// other (stop words count for the distance but are not nodes), and a
// PageRank walk restarts at each word with a probability proportional to
// the sum of 1/(position+1) over its occurrences, so words used early and
// often rank high.  Title occurrences weigh `title_weight` times more in
// that restart vector.
#ifndef REAM_KEYWORDS_WORD_GRAPH_HH
#define REAM_KEYWORDS_WORD_GRAPH_HH

#include "document.hh"

#include <cstdint>
#include <vector>

namespace ream::keywords {

struct GraphParams {
  uint32_t window = 10;
  double damping = 0.85;
  // Title words get no extra restart weight by default: the title bonus is
  // given to whole phrases (RankingParams), which measured better.
  double title_weight = 1.0;
  // The walk rarely meets its convergence test (an L1 change below 1e-4
  // needs about 50 steps at damping 0.85), so this bound decides the
  // cost: a fifth of all instructions at 20.  On Inspec the keyphrases' F1
  // is the same to 0.02 points for 8 to 100 steps
  // (docs/benchmarks/keywords.md), so 10 it is.
  int max_iterations = 10;
};

class WordGraph {
 public:
  // PageRank scores of doc's nodes, summing to about 1, into `scores`.
  void rank(const Document& doc, const GraphParams& params, std::vector<double>& scores);

 private:
  struct Pair {
    uint32_t a, b;
  };
  void collect_cooccurrences(const Document& doc, uint32_t window);
  void build_edges(const Document& doc, uint32_t window);
  void restart_vector(const Document& doc, double title_weight);
  void gather_inflows(const std::vector<double>& scores);

  struct Recent {
    uint32_t position, node;
  };
  std::vector<Recent> recent_;
  std::vector<uint32_t> fill_;       // bucket starts, by node, plus the end
  std::vector<uint32_t> next_slot_;  // next free place in each bucket while bucketing
  std::vector<uint32_t> sources_;    // co-occurring words, bucketed by target
  std::vector<Pair> pairs_;          // one per co-occurrence
  std::vector<uint32_t> targets_;    // co-occurring words, bucketed by source
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> neighbours_;
  std::vector<double> weights_;  // transition shares: co-occurrence count / the neighbour's strength
  std::vector<double> restart_;
  std::vector<double> next_;
  std::vector<double> inflow_;
};

}  // namespace ream::keywords

#endif
