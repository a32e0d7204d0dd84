// --explain: the decision the run made for one pair, with its reason.
//
// Scoring the pair again would only say what the rules think of it, and
// the run does more than apply the rules: it weighs the pairs the rules
// leave open, sets aside a match whose two clusters a veto keeps apart or
// whose exact title other records carry (a recurring column), never
// compares a pair blocking does not offer, and joins records through
// third ones.  An explanation that disagreed with the clusters written
// would mislead the reader it is for, so the verdict here is read from
// what the matcher did: the pairs it kept, the ones it set aside and why,
// and the clusters it left.  The rules' own verdict is kept beside it.
#include "explain.hh"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <string>

#include "report.hh"

namespace ream::dedupe {
namespace {

// Cross pairs of two clusters looked at to name what keeps them apart:
// the matcher's own bound on such checks.
constexpr size_t kMaxCrossPairs = 4096;

const ScoredPair* find_pair(const std::vector<ScoredPair>& pairs, uint32_t earlier, uint32_t later) {
  for (const ScoredPair& p : pairs)
    if (p.earlier == earlier && p.later == later) return &p;
  return nullptr;
}

const SetAsidePair* find_set_aside(const std::vector<SetAsidePair>& pairs, uint32_t earlier, uint32_t later) {
  for (const SetAsidePair& p : pairs)
    if (p.earlier == earlier && p.later == later) return &p;
  return nullptr;
}

// The run's records whose title key is record i's.
size_t records_with_title(const Matcher& m, uint32_t i) {
  const std::string& key = m.features(i).title.key;
  if (key.empty()) return 0;
  size_t n = 0;
  for (uint32_t j = 0; j < m.size(); ++j) n += m.features(j).title.key == key;
  return n;
}

// A number as the JSON shows it (json_text), for the reasons' prose.
std::string number(double v) { return json_text(boost::json::value(v)); }

std::string veto_list(uint32_t bits) {
  std::string out;
  for (uint32_t bit = 1; bit <= kAllVetoes; bit <<= 1) {
    if (!(bits & bit)) continue;
    if (!out.empty()) out += ", ";
    out += veto_name(static_cast<Veto>(bit));
  }
  return out;
}

// Calls `body(x, y)` for each pair with one member in the cluster of `a`
// and one in that of `b` (x < y), up to kMaxCrossPairs, until it returns
// true; returns whether one did.
template <typename Body>
bool any_cross_pair(Matcher& m, uint32_t a, uint32_t b, Body body) {
  auto left = m.clusters().members(m.cluster_of(a));
  auto right = m.clusters().members(m.cluster_of(b));
  size_t looked = 0;
  for (uint32_t x : left)
    for (uint32_t y : right) {
      if (++looked > kMaxCrossPairs) return false;
      if (body(std::min(x, y), std::max(x, y))) return true;
    }
  return false;
}

std::string veto_between_clusters(Matcher& m, uint32_t a, uint32_t b) {
  std::string found;
  any_cross_pair(m, a, b, [&](uint32_t x, uint32_t y) {
    const Features& fx = m.features(x);
    const Features& fy = m.features(y);
    uint32_t fired = check_vetoes(fx, fy, compare_fields(fx, fy)).fired & kHardVetoes;
    if (identifiers_differ(fx, fy)) fired |= kDifferentIdentifiers;
    if (!fired) return false;
    found = "'" + fx.id + "' and '" + fy.id + "' (" + veto_list(fired) + ")";
    return true;
  });
  std::string reason = "matched as a pair, but their clusters are kept apart";
  if (!found.empty()) return reason + ": a veto lies between " + found;
  return reason + ": too varied to check, or versions not shown to be one work";
}

std::string weights_against_clusters(Matcher& m, const WeightModel& model, uint32_t a, uint32_t b) {
  std::string found;
  any_cross_pair(m, a, b, [&](uint32_t x, uint32_t y) {
    Evidence e = score_pair(m.features(x), m.features(y), m.level());
    if (e.decision == Decision::match) return false;
    double p = waterfall(model, comparison_levels(e.fields), m.title_frequency(x)).probability;
    if (p >= 0.5) return false;
    found = "'" + m.features(x).id + "' and '" + m.features(y).id + "' are more likely different papers (match " +
            "probability " + number(p) + ")";
    return true;
  });
  std::string reason = "matched by the weights, but the pairs across their clusters do not bear the join out";
  return found.empty() ? reason : reason + ": " + found;
}

// The records between `a` and `b` on the shortest chain of pairs the run
// matched and kept (they share a cluster); empty when there is none.
std::vector<uint32_t> chain(Matcher& m, uint32_t a, uint32_t b) {
  uint32_t root = m.cluster_of(a);
  std::vector<std::vector<uint32_t>> next(m.size());
  for (const ScoredPair& p : m.matches()) {
    if (m.cluster_of(p.earlier) != root) continue;
    next[p.earlier].push_back(p.later);
    next[p.later].push_back(p.earlier);
  }
  std::vector<uint32_t> from(m.size(), UINT32_MAX);
  std::deque<uint32_t> queue{a};
  from[a] = a;
  while (!queue.empty() && from[b] == UINT32_MAX) {
    uint32_t x = queue.front();
    queue.pop_front();
    for (uint32_t y : next[x]) {
      if (from[y] != UINT32_MAX) continue;
      from[y] = x;
      queue.push_back(y);
    }
  }
  std::vector<uint32_t> between;
  if (from[b] == UINT32_MAX) return between;
  for (uint32_t x = from[b]; x != a; x = from[x]) between.push_back(x);
  std::reverse(between.begin(), between.end());
  return between;
}

struct Verdict {
  Evidence evidence;  // the run's, when it kept the pair; else the rules'
  Decision decision;
  std::string rule;
  std::string_view decided_by;
};

std::string below_threshold(double p, double threshold) {
  return "match probability " + number(p) + " below --match-weights " + number(threshold);
}

Verdict decide(Matcher& m, const RunWeights& w, uint32_t first, uint32_t second, const Evidence& rules,
               double probability) {
  if (const ScoredPair* kept = find_pair(m.matches(), first, second)) {
    std::string_view by = kept->evidence.rule == match_rule::weights           ? "weights"
                          : kept->evidence.rule == match_rule::remembered_copy ? "state"
                                                                               : "rules";
    return {kept->evidence, Decision::match, std::string(kept->evidence.rule), by};
  }
  if (const SetAsidePair* aside = find_set_aside(m.set_aside(), first, second)) {
    switch (aside->why) {
      case SetAside::recurring_title:
        return {rules, Decision::distinct,
                fmt::format("exact title carried by {} records: weighed, not matched ({})",
                            records_with_title(m, first), below_threshold(probability, w.threshold.value_or(1))),
                "weights"};
      case SetAside::weights_not_borne_out:
        return {rules, Decision::distinct, weights_against_clusters(m, w.model, first, second), "clusters"};
      case SetAside::veto_across_clusters:
        return {rules, Decision::distinct, veto_between_clusters(m, first, second), "clusters"};
    }
  }
  if (const ScoredPair* conflict = find_pair(m.conflicts(), first, second))
    return {conflict->evidence, Decision::conflict, std::string(conflict->evidence.rule), "rules"};
  bool weighable = w.threshold && open_for_weights(rules);
  bool would_match = rules.decision == Decision::match || (weighable && probability >= *w.threshold);
  if (would_match && !find_pair(m.edges(), first, second)) {
    std::string why =
        m.are_candidates(first, second) ? "never compared" : "never compared: blocking did not put them side by side";
    return {rules, Decision::distinct, why, "blocking"};
  }
  if (weighable)
    return {rules, rules.decision,
            std::string(rules.rule) + "; weighed, not matched (" + below_threshold(probability, *w.threshold) + ")",
            "weights"};
  return {rules, rules.decision, std::string(rules.rule), "rules"};
}

}  // namespace

boost::json::object explain_pair(Matcher& m, const RunWeights& w, uint32_t a, uint32_t b) {
  uint32_t first = std::min(a, b), second = std::max(a, b);
  Evidence rules = score_pair(m.features(first), m.features(second), m.level());
  double frequency = m.title_frequency(first);
  double probability = waterfall(w.model, comparison_levels(rules.fields), frequency).probability;
  Verdict v = first == second ? Verdict{rules, rules.decision, std::string(rules.rule), "rules"}
                              : decide(m, w, first, second, rules, probability);
  Evidence shown = v.evidence;
  shown.decision = v.decision;
  shown.rule = v.rule;
  boost::json::object o = pair_json(m.features(a).id, m.features(b).id, shown);
  o["decided_by"] = v.decided_by;
  o["rules"] = {{"decision", decision_name(rules.decision)}, {"rule", rules.rule}};
  if (m.level() == MatchLevel::work) {
    Evidence publication = score_pair(m.features(first), m.features(second), MatchLevel::publication);
    if (publication.decision != rules.decision)
      o["at_publication_level"] = {{"decision", decision_name(publication.decision)}, {"rule", publication.rule}};
  }
  boost::json::object weights = weights_json(w.model, v.evidence.fields, frequency);
  if (w.threshold) weights["threshold"] = *w.threshold;
  o["weights"] = std::move(weights);
  o["candidates"] = first == second || m.are_candidates(first, second);
  bool same_cluster = m.cluster_of(first) == m.cluster_of(second);
  o["same_cluster"] = same_cluster;
  if (same_cluster && v.decision != Decision::match) {
    boost::json::array through;
    for (uint32_t x : chain(m, first, second)) through.emplace_back(m.features(x).id);
    o["joined_through"] = std::move(through);
  }
  return o;
}

}  // namespace ream::dedupe
