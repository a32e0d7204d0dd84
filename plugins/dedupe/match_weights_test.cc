#include "match_weights.hh"

#include <catch2/catch.hpp>

#include "pair_score.hh"

using namespace ream::dedupe;

namespace {

Levels levels_of(const char* title_a, const char* title_b, const char* authors_a, const char* authors_b) {
  Fields a, b;
  a.title = title_a;
  b.title = title_b;
  a.authors = {authors_a};
  b.authors = {authors_b};
  a.year = b.year = "1996";
  return comparison_levels(compare_fields(extract_features(a), extract_features(b)));
}

}  // namespace

TEST_CASE("fields fall into levels, and a missing field weighs nothing") {
  Levels l = levels_of("Mining quantitative association rules", "Mining quantitative association rules",
                       "R Srikant, R Agrawal", "R Srikant, R Agrawal");
  CHECK(level_names(WeightField::title)[l[0]] == "exact");
  CHECK(level_names(WeightField::authors)[l[1]] == "same");
  CHECK(level_names(WeightField::year)[l[2]] == "same");
  CHECK(level_names(WeightField::venue)[l[3]] == "missing");
  WeightModel model = WeightModel::shipped();
  CHECK(model.weight(WeightField::venue, 0) == 0);
  Waterfall w = waterfall(model, l);
  CHECK(w.steps.size() == kWeightFields);
  CHECK(w.sum > 10);
  CHECK(w.probability > 0.99);
  Levels different = levels_of("Mining quantitative association rules", "Caching strategies in mobile computing",
                               "R Srikant, R Agrawal", "D Barbara, T Imielinski");
  CHECK(waterfall(model, different).probability < 0.01);
}

TEST_CASE("estimation learns from the pairs in front of it, and the same pairs give the same model") {
  Levels duplicate = levels_of("Mining quantitative association rules", "Mining quantitative association rules",
                               "R Srikant, R Agrawal", "R Srikant, R Agrawal");
  Levels unrelated = levels_of("Mining quantitative association rules", "Caching strategies in mobile computing",
                               "R Srikant, R Agrawal", "D Barbara, T Imielinski");
  std::vector<Levels> candidates(30, duplicate), random(200, unrelated);
  candidates.insert(candidates.end(), 70, unrelated);
  WeightModel a = estimate(candidates, random, WeightModel::shipped());
  WeightModel b = estimate(candidates, random, WeightModel::shipped());
  CHECK(a.to_json() == b.to_json());
  CHECK(a.prior == Approx(0.3).margin(0.02));
  CHECK(a.weight(WeightField::title, 1) > 5);
  CHECK(a.weight(WeightField::title, 4) < 0);
}

TEST_CASE("a model survives its JSON, and a broken one is refused with the reason") {
  WeightModel m = WeightModel::shipped();
  m.candidate_pairs = 219634;
  m.random_pairs = 200000;
  WeightModel back = WeightModel::from_json(m.to_json());
  CHECK(back.weight(WeightField::title, 1) == Approx(m.weight(WeightField::title, 1)));
  CHECK(back.prior == Approx(m.prior));
  // What it was estimated on travels with it: a recurring title is judged
  // only under a model estimated from pairs (Matcher::recurring_title_alone).
  CHECK(back.candidate_pairs == 219634);
  CHECK(back.random_pairs == 200000);
  CHECK_THROWS_WITH(WeightModel::from_json("{"), Catch::Contains("not JSON"));
  CHECK_THROWS_WITH(WeightModel::from_json("{}"), "not a ream dedupe model");
  CHECK_THROWS_WITH(WeightModel::from_json(R"({"ream_dedupe_model":1,"prior":2})"),
                    "prior is not a probability in [0, 1]");
}

TEST_CASE("random pairs are fixed by their number") {
  for (uint64_t k = 0; k < 100; ++k) {
    auto [a, b] = random_pair(k, 7);
    CHECK(a < b);
    CHECK(b < 7);
    CHECK(random_pair(k, 7) == std::make_pair(a, b));
  }
}

TEST_CASE("agreeing on a common title weighs less than on a rare one") {
  WeightModel model = WeightModel::shipped();
  Levels l{};
  l[0] = 1;  // exact title
  Waterfall rare = waterfall(model, l, 0.00001);
  Waterfall common = waterfall(model, l, 0.01);
  CHECK(rare.title_frequency_adjustment == 0);
  CHECK(common.title_frequency_adjustment < -4);
  CHECK(common.sum < rare.sum);
  CHECK(common.sum == Approx(rare.sum + common.title_frequency_adjustment));
}
