// Fellegi-Sunter match weights: how much each field's agreement level
// says "same paper" (m: how often duplicates show the level) against
// "different papers" (u: how often unrelated records do), as log2 Bayes
// factors that add up with the prior into a match probability.
#ifndef REAM_DEDUPE_MATCH_WEIGHTS_HH
#define REAM_DEDUPE_MATCH_WEIGHTS_HH

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vetoes.hh"

namespace ream::dedupe {

enum class WeightField : uint8_t { title, authors, year, venue, pages, volume, issue, abstract_text };
constexpr size_t kWeightFields = 8;
constexpr size_t kMaxLevels = 5;  // level 0 is always "missing", which weighs nothing

std::string_view field_name(WeightField f);
// The names of a field's levels, "missing" first.
const std::vector<std::string_view>& level_names(WeightField f);

// One comparison level per field, as small integers.
using Levels = std::array<uint8_t, kWeightFields>;
Levels comparison_levels(const FieldComparison& c);

struct Probabilities {
  double m = 0, u = 0;
};

struct WeightModel {
  std::array<std::array<Probabilities, kMaxLevels>, kWeightFields> levels{};
  double prior = 0;                                // share of candidate pairs that are duplicates
  uint64_t candidate_pairs = 0, random_pairs = 0;  // what it was estimated on; 0 for the default
  std::string source = "default";

  // The model shipped with ream, for inputs too small to estimate from.
  static WeightModel shipped();
  double weight(WeightField f, uint8_t level) const;
  double prior_weight() const;

  std::string to_json() const;
  // Throws std::runtime_error with the reason when `text` is no model.
  static WeightModel from_json(std::string_view text);
};

// The waterfall of one pair: each field's level and weight, the prior,
// their sum and the probability it gives.
struct WeightStep {
  WeightField field;
  std::string_view level;
  double weight;
};
struct Waterfall {
  double prior = 0;
  // Bits taken off the title's weight because the title is common in the
  // input ("Editorial"); 0 for a title no commoner than chance.
  double title_frequency_adjustment = 0;
  std::vector<WeightStep> steps;
  double sum = 0;
  double probability = 0;
};
// `title_frequency`: the share of the input's records with this pair's
// title (exact level only; 0 when unknown).  Agreeing on a title that many
// records carry says less than agreeing on a rare one: the title's u is
// raised to that share when it is the larger (a term-frequency adjustment
// that only ever lowers a weight).
Waterfall waterfall(const WeightModel& model, const Levels& levels, double title_frequency = 0);

// Estimation.  u comes from the levels of random pairs (nearly all of them
// different papers); m and the prior from the candidate pairs by
// expectation-maximisation with u held fixed, starting from `start`.
// Sums run in the order given, so the same pairs in the same order give
// the same model to the last bit.
WeightModel estimate(const std::vector<Levels>& candidates, const std::vector<Levels>& random_pairs,
                     const WeightModel& start);

// The k-th random pair of record numbers below n (n >= 2) for a fixed
// seed: the same pairs whatever the thread count or input split.
std::pair<uint32_t, uint32_t> random_pair(uint64_t k, uint32_t n);

}  // namespace ream::dedupe

#endif
