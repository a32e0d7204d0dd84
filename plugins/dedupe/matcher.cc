// The matching engine.
//
// Records arrive one at a time and are compared only with earlier records
// from their blocks, so with --keep first a record can be written the
// moment it is added: either it matched an earlier record (a duplicate)
// or nothing later can make it one.  Clusters are joined only when no
// pair across them carries a hard veto, which stops a chain of "similar"
// records from welding two distinct papers together through a third.
// Big clusters of one paper's citations repeat the same few years, pages
// and identifiers, so the check runs once per distinct veto profile
// rather than once per pair of members.
//
// A pair matched by the match weights alone (a pair the rules left open)
// is a weaker kind of evidence, and where one database lists a paper
// several times a single such pair between two listings would weld two
// papers' clusters through a third record.  So such a pair joins two
// clusters only when the model bears out every pair across them: none
// that the rules do not match may be more likely different papers than
// the same (weighed_join_supported).  Rule-decided pairs join as before.
// A title several records of the input carry ("Guest Editor's
// Introduction", "Reminiscences on Influential Papers": one per issue)
// proves nothing on its own, so a pair the rules matched on its exact
// title while a side has no authors is weighed like an open pair, with
// the title's term-frequency adjustment, and joins only if it reaches the
// weights' threshold (recurring_title_alone).  A title carried by the
// pair alone matches as before.
// The weighed pairs only exist in the modes that decide at the end, so
// --keep first streams as fast as ever.
//
// Arrival order is a poor judge when a record fits two clusters a veto
// keeps apart (a citation without a year matches the conference and the
// journal version alike): it joins the first.  Modes that decide at the
// end call recluster(), which replays every matched pair strongest first,
// so such a record joins the version whose venue and pages it shares.
//
// Blocks of look-alike titles hand each record hundreds of candidates, and
// in a large corpus nearly all of them carry a different arXiv id or DOI.
// The index drops those by identifier prints before the features are read;
// the full identifiers_differ test still runs on the rest, so a print
// collision can only cost time, never change a decision.
#include "matcher.hh"

#include <ream/text.hpp>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace ream::dedupe {
namespace {

// Members of a cluster with distinct veto profiles, one per profile.
std::vector<uint32_t> distinct_profiles(const std::vector<uint32_t>& members, const std::vector<uint64_t>& profiles) {
  std::vector<uint32_t> kept;
  std::vector<uint64_t> seen;
  for (uint32_t m : members) {
    if (std::find(seen.begin(), seen.end(), profiles[m]) != seen.end()) continue;
    seen.push_back(profiles[m]);
    kept.push_back(m);
  }
  return kept;
}

// Beyond this many cross checks of distinct profiles two clusters stay
// apart: duplicates share most fields, so clusters that differ this much
// are no longer one paper's citations, and the check is quadratic.
constexpr size_t kMaxProfileChecks = 4096;

// A join made by the weights alone needs every pair across the two
// clusters to be at least as likely the same paper as not under the
// model: the Bayes decision boundary, not a figure fitted to a set
// (docs/benchmarks/dedupe.md has the sweep: on dblp_scholar 0.5 and 0.7
// differ by one pair in a thousand of recall).
constexpr double kCrossPairFloor = 0.5;

}  // namespace

bool identifiers_differ(const Features& a, const Features& b) {
  bool shared = (!a.arxiv.empty() && a.arxiv == b.arxiv) || (!a.doi.empty() && a.doi == b.doi);
  bool differ = (!a.arxiv.empty() && !b.arxiv.empty() && a.arxiv != b.arxiv) ||
                (!a.doi.empty() && !b.doi.empty() && a.doi != b.doi);
  return differ && !shared;
}

// A pair the rules left open: distinct for want of corroboration, not
// because a veto or a contradicting field (volume, a year apart) spoke,
// with titles alike, and with no pages on a side.  Where both have pages
// the rules have what they need; weighed instead, a conference abstract
// and the full paper of one group in one volume add up to a match
// (measured: sr_haematology pairwise precision 0.97).
bool open_for_weights(const Evidence& e) {
  const FieldComparison& c = e.fields;
  bool wanting = e.rule == wanting_reason::similar_title || e.rule == wanting_reason::similar_title_authors ||
                 e.rule == wanting_reason::authors;
  return e.decision == Decision::distinct && wanting && !(e.vetoes.fired & kPairVetoes) && c.both_titled &&
         c.pages_missing && (c.title >= 0.8 || (c.containment >= 0.9 && c.title >= 0.6));
}

void Matcher::keep_for_weights(uint32_t earlier, uint32_t later, const Evidence& e) {
  if (candidate_levels_.size() < kMaxKeptPairs) candidate_levels_.push_back(comparison_levels(e.fields));
  if (open_for_weights(e) && open_pairs_.size() < kMaxKeptPairs) open_pairs_.emplace_back(earlier, later);
}

WeightModel Matcher::estimate_weights(const WeightModel& start) const {
  if (candidate_levels_.size() < kMinPairsToEstimate || features_.size() < 2) return start;
  // As many random pairs as candidate pairs, within bounds: enough to
  // count the rarer levels, few enough to cost little.
  uint64_t wanted = std::clamp<uint64_t>(candidate_levels_.size(), 10'000, 200'000);
  std::vector<Levels> random;
  random.reserve(wanted);
  for (uint64_t k = 0; k < wanted; ++k) {
    auto [a, b] = random_pair(k, static_cast<uint32_t>(features_.size()));
    random.push_back(comparison_levels(compare_fields(features_[a], features_[b])));
  }
  return estimate(candidate_levels_, random, start);
}

double Matcher::title_frequency(uint32_t i) const {
  if (!given_title_frequency_.empty()) return i < given_title_frequency_.size() ? given_title_frequency_[i] : 0;
  if (features_.empty() || features_[i].title.key.empty()) return 0;
  auto it = title_counts_.find(text::hash64(features_[i].title.key));
  // Other records than the pair that share the title: the pair's own
  // two copies are what a duplicate looks like, not a sign the title is
  // common.
  if (it == title_counts_.end() || it->second <= 2) return 0;
  return static_cast<double>(it->second - 2) / static_cast<double>(features_.size());
}

void Matcher::match_by_weights(const WeightModel& model, double threshold) {
  weight_model_ = model;
  weight_threshold_ = threshold;
  for (auto [earlier, later] : open_pairs_) {
    Evidence e = score_pair(features_[earlier], features_[later], level_);
    if (waterfall(model, comparison_levels(e.fields), title_frequency(earlier)).probability < threshold) continue;
    e.decision = Decision::match;
    e.rule = match_rule::weights;
    edges_.push_back({earlier, later, e});
  }
}

bool Matcher::clusters_compatible(uint32_t a, uint32_t b) {
  // `a` and `b` were scored a match, so no hard veto lies between them:
  // two lone records need no further check.
  if (clusters_.alone(a) && clusters_.alone(b)) return true;
  auto left = distinct_profiles(clusters_.members(a), profiles_);
  auto right = distinct_profiles(clusters_.members(b), profiles_);
  if (left.size() * right.size() > kMaxProfileChecks) return false;
  // Profile pairs that only a version veto (years, pages) keeps apart.
  std::vector<std::pair<uint64_t, uint64_t>> versions;
  for (uint32_t x : left) {
    for (uint32_t y : right) {
      const Features& fx = features_[x];
      const Features& fy = features_[y];
      if (identifiers_differ(fx, fy)) return false;
      FieldComparison c = compare_fields(fx, fy);
      uint32_t fired = check_vetoes(fx, fy, c).fired & kHardVetoes;
      if (!fired) continue;
      if (level_ == MatchLevel::work && !(fired & ~kVersionVetoes)) {
        versions.emplace_back(profiles_[x], profiles_[y]);
        continue;
      }
      return false;
    }
  }
  return versions.empty() || versions_joined(a, b, versions);
}

bool Matcher::versions_joined(uint32_t a, uint32_t b, const std::vector<std::pair<uint64_t, uint64_t>>& versions) {
  // At work level another year or other pages are what a conference paper
  // and its journal version look like, so they do not keep two clusters
  // apart; but a record without year or pages matches both versions of
  // two different papers with one title as easily, and chains of such
  // records welded cora's clusters (precision 0.76).  So the join is a
  // decision about the two clusters as wholes: each pair across them that
  // a version veto would separate counts as one work with the probability
  // the evidence gives it (1 when the rules match it at work level, the
  // same title and author list; otherwise, in the modes that decide at
  // the end, its match probability under the model estimated from the
  // input; 0 in the streaming modes, where the rules alone decide), and
  // the clusters join when the expected share of such pairs that are one
  // work is above one half: more of the pairs between them are one work
  // than not.  One noisy copy (an author list run together, a title
  // typo) then no longer keeps apart two versions its cluster-mates join,
  // while a record that resembles a second paper cannot pull that paper
  // in: its other members' pairs outvote it.  The half is the Bayes
  // boundary of the share, not a figure fitted to a set.
  double one_work = 0;
  size_t checks = 0;
  for (uint32_t x : clusters_.members(a)) {
    for (uint32_t y : clusters_.members(b)) {
      auto key = std::make_pair(profiles_[x], profiles_[y]);
      if (std::find(versions.begin(), versions.end(), key) == versions.end()) continue;
      if (++checks > kMaxProfileChecks) return false;
      uint32_t earlier = std::min(x, y), later = std::max(x, y);
      Evidence e = score_pair(features_[earlier], features_[later], MatchLevel::work);
      one_work += e.decision == Decision::match ? 1.0 : weighed_one_work(earlier, e);
    }
  }
  return checks == 0 || one_work > 0.5 * static_cast<double>(checks);
}

double Matcher::weighed_one_work(uint32_t earlier, const Evidence& e) const {
  // No weights in the streaming modes (match_by_weights never ran): the
  // rules alone decide there, as they do for every other pair.
  if (weight_threshold_ >= 1) return 0;
  return waterfall(weight_model_, comparison_levels(e.fields), title_frequency(earlier)).probability;
}

bool Matcher::recurring_title_alone(const ScoredPair& p) const {
  const FieldComparison& c = p.evidence.fields;
  // Only a model estimated from this input's pairs: a dozen records (the
  // shipped model's case) tell nothing about how common a title is, and
  // a paper listed three times among them is no recurring column.
  if (weight_threshold_ >= 1 || weight_model_.candidate_pairs == 0) return false;
  if (p.evidence.rule != match_rule::title || c.authors >= 0) return false;
  double frequency = title_frequency(p.earlier);
  if (frequency <= 0) return false;
  return waterfall(weight_model_, comparison_levels(c), frequency).probability < weight_threshold_;
}

bool Matcher::weighed_join_supported(uint32_t a, uint32_t b) {
  // The weighed pair itself reached the threshold: two lone records need
  // nothing more.
  if (clusters_.alone(a) && clusters_.alone(b)) return true;
  auto left = clusters_.members(a);
  auto right = clusters_.members(b);
  if (left.size() * right.size() > kMaxProfileChecks) return false;
  for (uint32_t x : left) {
    for (uint32_t y : right) {
      uint32_t earlier = std::min(x, y), later = std::max(x, y);
      Evidence e = score_pair(features_[earlier], features_[later], level_);
      if (e.decision == Decision::match) continue;
      Levels levels = comparison_levels(e.fields);
      if (waterfall(weight_model_, levels, title_frequency(earlier)).probability < kCrossPairFloor) return false;
    }
  }
  return true;
}

std::optional<uint32_t> Matcher::add(Features f, std::optional<uint32_t> copy_of) {
  BlockKeys keys = CandidateIndex::block_keys(f);
  IdPrint ids = id_print(f);
  if (given_candidates_) {
    scratch_ = std::move(*given_candidates_);
    given_candidates_.reset();
  } else {
    index_.comparable_candidates(keys, ids, scratch_);
  }
  auto self = clusters_.add();
  profiles_.push_back(veto_profile(f));
  features_.push_back(std::move(f));
  const Features& mine = features_.back();
  std::optional<uint32_t> duplicate_of;
  if (copy_of) join_copy(*copy_of, self, score_pair(features_[*copy_of], mine, level_), duplicate_of);
  for (uint32_t other : scratch_) {
    const Features& theirs = features_[other];
    if (identifiers_differ(theirs, mine)) continue;
    judge_pair(other, self, score_pair(theirs, mine, level_), copy_of, duplicate_of);
  }
  index_.add(self, keys, ids);
  count_title(mine);
  return duplicate_of;
}

void Matcher::join_copy(uint32_t copy_of, uint32_t self, Evidence e, std::optional<uint32_t>& duplicate_of) {
  e.decision = Decision::match;
  e.rule = match_rule::remembered_copy;
  clusters_.unite(copy_of, self);
  matches_.push_back({copy_of, self, e});
  edges_.push_back({copy_of, self, e});
  duplicate_of = copy_of;
}

void Matcher::judge_pair(uint32_t other, uint32_t self, const Evidence& e, std::optional<uint32_t> copy_of,
                         std::optional<uint32_t>& duplicate_of) {
  if (keep_pairs_) keep_for_weights(other, self, e);
  if (e.decision == Decision::conflict) {
    conflicts_.push_back({other, self, e});
    return;
  }
  if (e.decision != Decision::match || other == copy_of) return;
  edges_.push_back({other, self, e});
  if (clusters_.find(other) != clusters_.find(self)) {
    if (!clusters_compatible(other, self)) {
      set_aside_.push_back({other, self, SetAside::veto_across_clusters});
      return;
    }
    clusters_.unite(other, self);
  }
  matches_.push_back({other, self, e});
  if (!duplicate_of || other < *duplicate_of) duplicate_of = other;
}

void Matcher::count_title(const Features& f) {
  if (keep_pairs_ && !f.title.key.empty()) ++title_counts_[text::hash64(f.title.key)];
}

namespace {

// How strongly a matched pair says "one publication": the rule first
// (shared identifiers over near-identical titles over weaker titles with
// corroboration), then the evidence that tells versions apart (the same
// pages, the same year), then how well venue, authors and title agree.
int rule_rank(std::string_view rule) {
  if (rule == match_rule::identifier || rule == match_rule::remembered_copy) return 4;
  if (rule == match_rule::title) return 3;
  if (rule == match_rule::title_fields) return 2;
  return 1;
}

double strength(const Evidence& e) {
  const FieldComparison& c = e.fields;
  double s = 10.0 * rule_rank(e.rule);
  if (c.pages == PageRelation::same) s += 2;
  if (c.year_gap == 0) s += 1;
  s += std::max(0.0, c.venue) + std::max(0.0, c.authors) + c.title;
  return s;
}

}  // namespace

void Matcher::recluster() {
  std::vector<size_t> order(edges_.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::vector<double> score(edges_.size());
  for (size_t i = 0; i < edges_.size(); ++i) score[i] = strength(edges_[i].evidence);
  // Stable: equally strong pairs keep arrival order, so the result is
  // deterministic.
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return score[x] > score[y]; });
  clusters_ = Clusters();
  for (size_t i = 0; i < features_.size(); ++i) clusters_.add();
  std::vector<ScoredPair> kept;
  set_aside_.clear();
  auto set_aside = [&](const ScoredPair& p, SetAside why) { set_aside_.push_back({p.earlier, p.later, why}); };
  for (size_t i : order) {
    const ScoredPair& p = edges_[i];
    if (clusters_.find(p.earlier) != clusters_.find(p.later)) {
      if (!clusters_compatible(p.earlier, p.later)) {
        set_aside(p, SetAside::veto_across_clusters);
        continue;
      }
      if (p.evidence.rule == match_rule::weights && !weighed_join_supported(p.earlier, p.later)) {
        set_aside(p, SetAside::weights_not_borne_out);
        continue;
      }
      if (recurring_title_alone(p)) {
        set_aside(p, SetAside::recurring_title);
        continue;
      }
      clusters_.unite(p.earlier, p.later);
    }
    kept.push_back(p);
  }
  // Reported in arrival order, as the streaming pass would.
  std::sort(kept.begin(), kept.end(), [](const ScoredPair& x, const ScoredPair& y) {
    return std::tie(x.later, x.earlier) < std::tie(y.later, y.earlier);
  });
  matches_ = std::move(kept);
}

bool Matcher::are_candidates(uint32_t a, uint32_t b) const {
  // Rebuild the view `b` had when it arrived: only records before it.
  CandidateIndex partial(bucket_cap_);
  for (uint32_t i = 0; i < b; ++i) partial.add(i, features_[i]);
  std::vector<uint32_t> found;
  partial.candidates(features_[b], found);
  return std::binary_search(found.begin(), found.end(), a);
}

}  // namespace ream::dedupe
