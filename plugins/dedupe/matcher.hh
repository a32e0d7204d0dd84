// The matching engine: records in, clusters and the evidence for them out.
#ifndef REAM_DEDUPE_MATCHER_HH
#define REAM_DEDUPE_MATCHER_HH

#include <boost/unordered/unordered_flat_map.hpp>

#include <cstdint>
#include <optional>
#include <vector>

#include "candidate_pairs.hh"
#include "clusters.hh"
#include "match_weights.hh"
#include "pair_score.hh"
#include "parallel_batch.hh"
#include "record_fields.hh"

namespace ream::dedupe {

// One scored pair worth reporting: a match or a conflict.
struct ScoredPair {
  uint32_t earlier, later;
  Evidence evidence;
};

// Why a pair scored a match did not join its records' clusters, for
// --explain: a hard veto between a member of each cluster; a pair matched
// by the weights alone whose clusters the model does not bear out; or an
// exact title that other records of the input carry, weighed below the
// threshold (Matcher::recluster).
enum class SetAside : uint8_t { veto_across_clusters, weights_not_borne_out, recurring_title };
struct SetAsidePair {
  uint32_t earlier, later;
  SetAside why;
};

class Matcher {
 public:
  explicit Matcher(size_t bucket_cap = 64, MatchLevel level = MatchLevel::publication)
      : bucket_cap_(bucket_cap), level_(level), index_(bucket_cap) {}
  MatchLevel level() const { return level_; }

  // Adds a record and compares it with the earlier records it shares a
  // block with.  Returns the earliest earlier record it duplicates, if any.
  // `copy_of`: an earlier record known to have exactly the same fields (a
  // paper remembered from an earlier run); the two are joined whatever
  // the rules say, because nothing tells them apart.
  std::optional<uint32_t> add(Features f, std::optional<uint32_t> copy_of = std::nullopt);
  // Adds the records of `batch` in order, as add() would one at a time
  // (copies[i] is record i's copy_of), scoring the candidate pairs on
  // `parallel_for`'s workers and deciding on this thread
  // (parallel_batch.cc).  One BatchMatch per record.
  std::vector<BatchMatch> add_batch(std::vector<Features>&& batch, const std::vector<std::optional<uint32_t>>& copies,
                                    const ParallelFor& parallel_for);

  size_t size() const { return features_.size(); }
  const Features& features(uint32_t i) const { return features_[i]; }
  uint32_t cluster_of(uint32_t i) { return clusters_.find(i); }
  Clusters& clusters() { return clusters_; }
  const std::vector<ScoredPair>& matches() const { return matches_; }
  const std::vector<ScoredPair>& conflicts() const { return conflicts_; }
  // Every pair scored a match (by the rules, the weights or as a
  // remembered copy), joined or not; and those that did not join, with
  // why, as the last clustering (streaming or recluster) left them.
  const std::vector<ScoredPair>& edges() const { return edges_; }
  const std::vector<SetAsidePair>& set_aside() const { return set_aside_; }
  // Rebuilds the clusters from every matched pair, strongest evidence
  // first, instead of in arrival order.  For modes that decide at the end.
  void recluster();
  // Whether blocking alone would put `a` and `b` (a < b) side by side.
  bool are_candidates(uint32_t a, uint32_t b) const;

  // For the modes that decide at the end: from now on keep the comparison
  // levels of every scored candidate pair (the first kMaxKeptPairs, a
  // warm-up window), and the pairs the rules left open, for the weights.
  void keep_pairs_for_weights() { keep_pairs_ = true; }
  // The model estimated from the kept candidate pairs and random pairs of
  // the records, starting from `start`; `start` itself when there are too
  // few pairs to estimate from.
  WeightModel estimate_weights(const WeightModel& start) const;
  // Matches the pairs the rules left open whose match probability under
  // `model` reaches `threshold` (rule match_rule::weights); recluster()
  // then weighs them with the rest.
  void match_by_weights(const WeightModel& model, double threshold);
  // Share of the records, beyond a pair, whose title key is `i`'s (kept
  // only with keep_pairs_for_weights; 0 otherwise).
  double title_frequency(uint32_t i) const;
  static constexpr size_t kMaxKeptPairs = 2'000'000;

  // For a distributed run, whose blocking ran elsewhere (dedupe --dist
  // pairs): the next add() compares with exactly these earlier records
  // (ascending) instead of asking its own index, and title_frequency
  // answers with the share in the whole input, not among these records.
  void next_candidates(std::vector<uint32_t> earlier) { given_candidates_ = std::move(earlier); }
  void set_title_frequency(uint32_t i, double share) {
    if (given_title_frequency_.size() <= i) given_title_frequency_.resize(i + 1, 0);
    given_title_frequency_[i] = share;
  }
  // Fewer candidate pairs than this: the shipped model is used.
  static constexpr size_t kMinPairsToEstimate = 200;

 private:
  // True when no pair across the clusters of `a` and `b`, a pair scored
  // a match, carries a hard veto.
  bool clusters_compatible(uint32_t a, uint32_t b);
  bool versions_joined(uint32_t a, uint32_t b, const std::vector<std::pair<uint64_t, uint64_t>>& versions);
  // For a pair matched by the weights alone: true when the pairs across
  // the clusters of `a` and `b` bear the join out under the model (see
  // matcher.cc).  Rule-decided pairs need no such support.
  bool recurring_title_alone(const ScoredPair& p) const;
  // The probability that the pair `e` (earlier record `earlier`) is one
  // work under match_by_weights' model; 0 before match_by_weights (the
  // streaming modes, where the rules alone decide).
  double weighed_one_work(uint32_t earlier, const Evidence& e) const;
  bool weighed_join_supported(uint32_t a, uint32_t b);
  void keep_for_weights(uint32_t earlier, uint32_t later, const Evidence& e);
  // The steps of add() after scoring, shared with add_batch so that both
  // decide alike: join a remembered copy; act on one scored candidate
  // pair (`other` < `self`); count the record's title for the weights.
  void join_copy(uint32_t copy_of, uint32_t self, Evidence e, std::optional<uint32_t>& duplicate_of);
  void judge_pair(uint32_t other, uint32_t self, const Evidence& e, std::optional<uint32_t> copy_of,
                  std::optional<uint32_t>& duplicate_of);
  void count_title(const Features& f);

  size_t bucket_cap_;
  MatchLevel level_;
  std::vector<Features> features_;
  std::vector<uint64_t> profiles_;  // veto_profile() of each record
  CandidateIndex index_;
  Clusters clusters_;
  std::vector<ScoredPair> matches_;
  std::vector<ScoredPair> edges_;  // every pair scored a match, joined or not
  std::vector<ScoredPair> conflicts_;
  std::vector<SetAsidePair> set_aside_;
  std::vector<uint32_t> scratch_;
  std::vector<BatchPair> batch_pairs_;                        // add_batch's, kept for its capacity
  std::vector<BatchLookup> batch_lookups_;                    // likewise
  boost::unordered_flat_map<uint64_t, uint32_t> batch_last_;  // add_batch: block key -> its newest entry
  std::vector<uint32_t> batch_previous_;                      // add_batch: entry -> the one before, same key
  bool keep_pairs_ = false;
  std::vector<Levels> candidate_levels_;
  boost::unordered_flat_map<uint64_t, uint32_t> title_counts_;  // title key hash -> records
  std::vector<std::pair<uint32_t, uint32_t>> open_pairs_;       // left open by the rules, no veto
  WeightModel weight_model_;                                    // match_by_weights' model
  double weight_threshold_ = 1;                                 // and its threshold
  std::optional<std::vector<uint32_t>> given_candidates_;       // next_candidates
  std::vector<double> given_title_frequency_;                   // set_title_frequency
};

// Cheap test that lets most non-candidates go without scoring: different
// identifiers and no shared one.
bool identifiers_differ(const Features& a, const Features& b);

// A pair the rules left open that the match weights may still join.
bool open_for_weights(const Evidence& e);

}  // namespace ream::dedupe

#endif
