// --explain ID1,ID2: what the run made of one pair of records.
#ifndef REAM_DEDUPE_EXPLAIN_HH
#define REAM_DEDUPE_EXPLAIN_HH

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>

#include "match_weights.hh"
#include "matcher.hh"

namespace ream::dedupe {

// How the run weighed pairs: its model, and the --match-weights
// threshold when the run matched by weights (the modes that decide at the
// end), none otherwise.
struct RunWeights {
  const WeightModel& model;
  std::optional<double> threshold;
};

// The pair (a, b) as the run decided it, once `m` has clustered every
// record as the run's mode does (streaming, or recluster()).  The pair's
// evidence (pair_json) and waterfall (weights_json), with `decision` and
// `rule` the run's: the rules' verdict when the run followed it, else
// why not (set aside when clusters were built, never compared); `rules`
// what the rules alone say of the pair; `decided_by` (rules, weights,
// clusters or blocking); `candidates`; `same_cluster`; and, when the two
// share a cluster but their own pair did not join them, `joined_through`:
// the records of the shortest chain of matched pairs that did.
boost::json::object explain_pair(Matcher& m, const RunWeights& weights, uint32_t a, uint32_t b);

}  // namespace ream::dedupe

#endif
