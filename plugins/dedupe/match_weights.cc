// Fellegi-Sunter weights for dedupe's field comparisons.
//
// The rules in pair_score.cc decide the sure cases and the vetoes keep
// distinct items apart; what they leave open (a similar title with
// corroboration the rules do not count) is judged by how much evidence
// the fields together carry, weighed by what this input says agreement on
// each field is worth.  Each field is reduced to a few levels (exact,
// close, different, missing); a level's weight is log2(m / u), where m is
// the share of duplicate pairs at that level and u the share of unrelated
// pairs.  u is counted on random pairs of the input (almost all of them
// unrelated); m and the share of duplicates among candidate pairs come
// from expectation-maximisation over the candidate pairs with u held
// fixed, which is the usual way of fitting the model without labels.
// "Missing" weighs nothing: a field one side lacks says neither yes nor no.
//
// Determinism: the random pairs come from a fixed-seed generator indexed
// by pair number, and every sum runs over pairs in input order, so a model
// depends only on the input, never on threads.  The model is plain JSON
// (--save-model, --model) so that runs over parts of an input can share
// the one estimated on the whole.
#include "match_weights.hh"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ream::dedupe {
namespace {

// Never 0 or 1: a level no pair showed still has a finite weight.
constexpr double kFloor = 1e-4;

double clamp_probability(double p) { return std::clamp(p, kFloor, 1.0 - kFloor); }

}  // namespace

std::string_view field_name(WeightField f) {
  static constexpr std::array<std::string_view, kWeightFields> names = {"title", "authors", "year",  "venue",
                                                                        "pages", "volume",  "issue", "abstract"};
  return names[static_cast<size_t>(f)];
}

const std::vector<std::string_view>& level_names(WeightField f) {
  static const std::array<std::vector<std::string_view>, kWeightFields> names = {{
      {"missing", "exact", "close", "partial", "different"},
      {"missing", "same", "contained", "some", "none"},
      {"missing", "same", "one apart", "further"},
      {"missing", "same", "partial", "different"},
      {"missing", "same", "lone pages differ", "disjoint"},
      {"missing", "same", "different"},
      {"missing", "same", "different"},
      {"missing", "same", "different"},
  }};
  return names[static_cast<size_t>(f)];
}

Levels comparison_levels(const FieldComparison& c) {
  Levels l{};
  auto at = [&](WeightField f) -> uint8_t& { return l[static_cast<size_t>(f)]; };
  if (c.both_titled) {
    bool subtitle = c.containment >= 0.9 && c.title >= 0.6;
    at(WeightField::title) = c.title >= 0.95 ? 1 : (c.title >= 0.8 || subtitle) ? 2 : c.title >= 0.6 ? 3 : 4;
  }
  if (c.authors >= 0) at(WeightField::authors) = c.authors >= 0.8 ? 1 : c.authors_contained ? 2 : c.authors > 0 ? 3 : 4;
  if (c.year_gap >= 0) at(WeightField::year) = c.year_gap == 0 ? 1 : c.year_gap == 1 ? 2 : 3;
  if (c.venue >= 0) at(WeightField::venue) = c.venue >= kSameVenue ? 1 : c.venue > 0 ? 2 : 3;
  switch (c.pages) {
    case PageRelation::same:
    case PageRelation::overlap:
      at(WeightField::pages) = 1;
      break;
    case PageRelation::disjoint:
      at(WeightField::pages) = 3;
      break;
    case PageRelation::unknown:
      at(WeightField::pages) = c.pages_missing ? 0 : 2;
      break;
  }
  auto relation = [](FieldRelation r) -> uint8_t {
    return r == FieldRelation::same ? 1 : r == FieldRelation::different ? 2 : 0;
  };
  at(WeightField::volume) = relation(c.volume);
  at(WeightField::issue) = relation(c.issue);
  if (c.abstract >= 0) at(WeightField::abstract_text) = c.abstract >= 0.5 ? 1 : 2;
  return l;
}

WeightModel WeightModel::shipped() {
  // Set by judgment from how exports differ, not fitted to any set; each
  // row's m and u sum to 1 over the levels other than "missing".  A run
  // with enough candidate pairs replaces them by its own estimates.
  struct Row {
    WeightField field;
    std::vector<Probabilities> levels;  // from level 1
  };
  const std::vector<Row> rows = {
      {WeightField::title, {{0.85, 0.0005}, {0.10, 0.002}, {0.03, 0.01}, {0.02, 0.9875}}},
      {WeightField::authors, {{0.80, 0.002}, {0.08, 0.003}, {0.08, 0.05}, {0.04, 0.945}}},
      {WeightField::year, {{0.90, 0.08}, {0.08, 0.15}, {0.02, 0.77}}},
      {WeightField::venue, {{0.75, 0.10}, {0.15, 0.20}, {0.10, 0.70}}},
      {WeightField::pages, {{0.90, 0.001}, {0.05, 0.05}, {0.05, 0.949}}},
      {WeightField::volume, {{0.92, 0.05}, {0.08, 0.95}}},
      {WeightField::issue, {{0.90, 0.15}, {0.10, 0.85}}},
      {WeightField::abstract_text, {{0.90, 0.001}, {0.10, 0.999}}},
  };
  WeightModel model;
  for (const auto& row : rows)
    for (size_t i = 0; i < row.levels.size(); ++i) model.levels[static_cast<size_t>(row.field)][i + 1] = row.levels[i];
  model.prior = 0.05;
  return model;
}

double WeightModel::weight(WeightField f, uint8_t level) const {
  if (level == 0) return 0;
  const Probabilities& p = levels[static_cast<size_t>(f)][level];
  return std::log2(clamp_probability(p.m) / clamp_probability(p.u));
}

double WeightModel::prior_weight() const {
  double p = clamp_probability(prior);
  return std::log2(p / (1 - p));
}

Waterfall waterfall(const WeightModel& model, const Levels& levels, double title_frequency) {
  Waterfall w;
  w.prior = model.prior_weight();
  w.sum = w.prior;
  for (size_t f = 0; f < kWeightFields; ++f) {
    auto field = static_cast<WeightField>(f);
    double weight = model.weight(field, levels[f]);
    const Probabilities& exact = model.levels[f][1];
    if (field == WeightField::title && levels[f] == 1 && title_frequency > exact.u && exact.u > 0) {
      w.title_frequency_adjustment = -std::log2(title_frequency / exact.u);
      weight += w.title_frequency_adjustment;
    }
    w.steps.push_back({field, level_names(field)[levels[f]], weight});
    w.sum += weight;
  }
  w.probability = 1.0 / (1.0 + std::exp2(-w.sum));
  return w;
}

namespace {

// u from random pairs: each level's share among the pairs where the field
// is present, with one pseudo-count per level so an unseen level is rare,
// not impossible.
void estimate_u(const std::vector<Levels>& random_pairs, WeightModel& model) {
  for (size_t f = 0; f < kWeightFields; ++f) {
    size_t count = level_names(static_cast<WeightField>(f)).size();
    std::vector<double> seen(count, 1.0);
    double total = static_cast<double>(count - 1);
    for (const Levels& l : random_pairs) {
      if (l[f] == 0) continue;
      seen[l[f]] += 1;
      total += 1;
    }
    for (size_t level = 1; level < count; ++level) model.levels[f][level].u = seen[level] / total;
  }
}

}  // namespace

WeightModel estimate(const std::vector<Levels>& candidates, const std::vector<Levels>& random_pairs,
                     const WeightModel& start) {
  WeightModel model = start;
  model.source = "estimated";
  model.candidate_pairs = candidates.size();
  model.random_pairs = random_pairs.size();
  if (!random_pairs.empty()) estimate_u(random_pairs, model);
  if (candidates.empty()) return model;
  // The starting m weighs as much as this many pairs, which keeps a level
  // few pairs show from swinging to 0 or 1.
  constexpr double kStartWeight = 10;
  constexpr int kIterations = 25;
  std::vector<double> duplicate(candidates.size());
  for (int iteration = 0; iteration < kIterations; ++iteration) {
    // Weights looked up, not recomputed, for each of up to millions of pairs.
    std::array<std::array<double, kMaxLevels>, kWeightFields> table{};
    for (size_t f = 0; f < kWeightFields; ++f)
      for (size_t level = 0; level < kMaxLevels; ++level)
        table[f][level] = model.weight(static_cast<WeightField>(f), static_cast<uint8_t>(level));
    double prior = model.prior_weight();
    double expected_duplicates = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
      double sum = prior;
      for (size_t f = 0; f < kWeightFields; ++f) sum += table[f][candidates[i][f]];
      duplicate[i] = 1.0 / (1.0 + std::exp2(-sum));
      expected_duplicates += duplicate[i];
    }
    WeightModel next = model;
    for (size_t f = 0; f < kWeightFields; ++f) {
      // Candidates are found by their titles, so among them title
      // agreement is no sign of a duplicate: its m stays as it started.
      if (static_cast<WeightField>(f) == WeightField::title) continue;
      size_t count = level_names(static_cast<WeightField>(f)).size();
      std::vector<double> mass(count, 0.0);
      for (size_t level = 1; level < count; ++level) mass[level] = kStartWeight * start.levels[f][level].m;
      double total = kStartWeight;
      for (size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i][f] == 0) continue;
        mass[candidates[i][f]] += duplicate[i];
        total += duplicate[i];
      }
      for (size_t level = 1; level < count; ++level) next.levels[f][level].m = mass[level] / total;
    }
    next.prior = clamp_probability(expected_duplicates / static_cast<double>(candidates.size()));
    model = next;
  }
  return model;
}

std::pair<uint32_t, uint32_t> random_pair(uint64_t k, uint32_t n) {
  auto mix = [](uint64_t z) {
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  uint32_t a = static_cast<uint32_t>(mix(2 * k) % n);
  uint32_t b = static_cast<uint32_t>(mix(2 * k + 1) % (n - 1));
  if (b >= a) ++b;
  return {std::min(a, b), std::max(a, b)};
}

std::string WeightModel::to_json() const {
  boost::json::object fields;
  for (size_t f = 0; f < kWeightFields; ++f) {
    auto field = static_cast<WeightField>(f);
    boost::json::object row;
    const auto& names = level_names(field);
    for (size_t level = 1; level < names.size(); ++level)
      row[names[level]] = boost::json::object{{"m", levels[f][level].m}, {"u", levels[f][level].u}};
    fields[field_name(field)] = std::move(row);
  }
  boost::json::object o{{"ream_dedupe_model", 1},       {"source", source}, {"candidate_pairs", candidate_pairs},
                        {"random_pairs", random_pairs}, {"prior", prior},   {"fields", std::move(fields)}};
  return boost::json::serialize(o) + "\n";
}

WeightModel WeightModel::from_json(std::string_view text) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(text, ec);
  if (ec) throw std::runtime_error("not JSON: " + ec.message());
  const auto* o = v.if_object();
  if (!o || !o->contains("ream_dedupe_model")) throw std::runtime_error("not a ream dedupe model");
  if (o->at("ream_dedupe_model") != 1) throw std::runtime_error("model version is not 1");
  auto probability = [](const boost::json::value& x, const std::string& what) {
    double p = x.is_double() ? x.as_double() : x.is_int64() ? static_cast<double>(x.as_int64()) : -1;
    if (!(p >= 0 && p <= 1)) throw std::runtime_error(what + " is not a probability in [0, 1]");
    return p;
  };
  WeightModel model = shipped();
  model.source = "file";
  if (!o->contains("prior")) throw std::runtime_error("no prior");
  model.prior = probability(o->at("prior"), "prior");
  // What the model was estimated on (written by to_json; absent from a
  // hand-written model, which then counts as one estimated on nothing).
  auto count = [&](const char* name) -> uint64_t {
    const auto* v = o->if_contains(name);
    return v && v->is_int64() && v->as_int64() > 0 ? static_cast<uint64_t>(v->as_int64())
           : v && v->is_uint64()                   ? v->as_uint64()
                                                   : 0;
  };
  model.candidate_pairs = count("candidate_pairs");
  model.random_pairs = count("random_pairs");
  const auto* fields = o->contains("fields") ? o->at("fields").if_object() : nullptr;
  if (!fields) throw std::runtime_error("no fields object");
  for (size_t f = 0; f < kWeightFields; ++f) {
    auto field = static_cast<WeightField>(f);
    std::string name(field_name(field));
    const auto* row = fields->contains(name) ? fields->at(name).if_object() : nullptr;
    if (!row) throw std::runtime_error("no levels for field '" + name + "'");
    const auto& names = level_names(field);
    for (size_t level = 1; level < names.size(); ++level) {
      std::string where = name + "." + std::string(names[level]);
      const auto* p = row->contains(names[level]) ? row->at(names[level]).if_object() : nullptr;
      if (!p || !p->contains("m") || !p->contains("u")) throw std::runtime_error("no m and u for " + where);
      model.levels[f][level] = {probability(p->at("m"), where + ".m"), probability(p->at("u"), where + ".u")};
    }
  }
  return model;
}

}  // namespace ream::dedupe
