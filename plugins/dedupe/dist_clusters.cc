// `dedupe --dist tag` and `--dist clusters`: the reduce per component.
//
// tag joins, per ORDER, the component label (c-line of the components
// step), the title frequency (d-line of the titles step) and the features
// (r-line of the map), which sort in that order, and keys the features by
// component:
//   g<LABEL>a<ORDER>  d: count  dn: records  f: blob
// clusters reads the sorted g-lines: a component's members ('a', in global
// order) and then its edges ('b', in arrival order: later, then earlier),
// and replays the single process's Matcher on them: each member added with
// the earlier members it was scored with as candidates, so its streaming
// joins (--keep first), its conflicts, its weighed joins and its
// strongest-first reclustering are the same calls on the same pairs in the
// same order.  Memory: the largest component.  One line per member:
//   d<ORDER>  keep: bool  cluster: representative id  report: line  warn: [...]
// With --state, members of source 0 are the state file's papers, which one
// process loads first: a cluster that holds one keeps it, none is filled
// from others, and an edge of kind x joins a record to the paper whose
// fields it repeats (Matcher::add's copy_of).  The report line of a
// cluster opened by such a paper is on that paper's d-line: the sides
// step writes those first, as one process does (its clusters in order of
// their first member).
#include <boost/json.hpp>
#include <ream/read_file.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "distributed.hh"
#include "feature_blob.hh"
#include "matcher.hh"
#include "record_quality.hh"
#include "report.hh"

namespace ream::dedupe::dist {
namespace {

class Tag : public Step {
 public:
  explicit Tag(ream::Context& ctx) : ctx_(ctx) {}

  void process(ream::Record rec) override {
    if (auto key = key_of(rec, 'r')) {
      if (*key != order_) order_ = *key, label_.clear(), count_ = records_ = 0;
      if (auto c = rec.string("c")) {
        label_ = *c;
      } else if (auto d = rec.number("d")) {
        count_ = static_cast<int64_t>(*d);
        records_ = static_cast<int64_t>(rec.number("dn").value_or(0));
      } else if (!label_.empty()) {
        Line(ctx_, "g" + label_ + "a" + order_)
            .number("d", count_)
            .number("dn", records_)
            .text("f", member(rec, "f"))
            .emit();
      }
    }
    ctx_.drop(std::move(rec));
  }

 private:
  ream::Context& ctx_;
  std::string order_, label_;
  int64_t count_ = 0, records_ = 0;
};

class ClustersStep : public Step {
 public:
  ClustersStep(ream::Context& ctx, const Settings& s) : ctx_(ctx), settings_(s) {
    if (!s.wants_weights()) return;
    if (!s.model)
      throw ream::UsageError(
          "--dist clusters needs --dist-model FILE (the em step's model) with these options, or --model FILE");
    std::string text = ream::read_whole_file(*s.model, "--dist-model file");
    try {
      model_ = WeightModel::from_json(text);
      // The single process names the model it estimated "estimated" (or
      // "default"), not a file: the em step's model keeps its own name.
      if (s.model_from_em) model_.source = std::string(boost::json::parse(text).at("source").as_string());
    } catch (const std::runtime_error& e) {
      throw ream::DataError("--dist-model file '" + *s.model + "': " + e.what());
    }
  }

  void process(ream::Record rec) override {
    if (auto key = key_of(rec, 'g')) {
      if (key->size() < kOrderWidth + 1) throw ream::DataError("a g-line whose key is not LABEL and more");
      std::string_view label = key->substr(0, kOrderWidth), rest = key->substr(kOrderWidth);
      if (label != label_) settle(), label_ = label;
      if (rest.size() == 1 + kOrderWidth && rest[0] == 'a')
        add_member(rest.substr(1), rec);
      else if (rest.size() == 1 + 2 * kOrderWidth && rest[0] == 'b')
        add_edge(rest.substr(1, kOrderWidth), rest.substr(1 + kOrderWidth), rec.string("t").value_or(""));
      else
        throw ream::DataError("a g-line that is neither a member nor an edge");
    }
    ctx_.drop(std::move(rec));
  }

  void finish() override { settle(); }

 private:
  struct Member {
    std::string order;
    RecordBlob blob;
    double title_frequency = 0;
    std::vector<uint32_t> candidates;  // earlier members it was scored with
    std::optional<uint32_t> copy_of;   // the remembered paper it repeats
  };

  void add_member(std::string_view order, const ream::Record& rec) {
    Member m{std::string(order), {}, 0, {}, std::nullopt};
    try {
      m.blob = decode_blob(member(rec, "f"));
    } catch (const std::runtime_error& e) {
      throw ream::DataError(e.what());
    }
    int64_t count = static_cast<int64_t>(rec.number("d").value_or(0));
    double records = rec.number("dn").value_or(0);
    // As Matcher::title_frequency computes it from its own counts.
    if (count > 2 && records > 0) m.title_frequency = static_cast<double>(count - 2) / records;
    members_.push_back(std::move(m));
  }

  uint32_t index_of(std::string_view order) const {
    auto it = std::lower_bound(members_.begin(), members_.end(), order,
                               [](const Member& m, std::string_view o) { return m.order < o; });
    if (it == members_.end() || it->order != order)
      throw ream::DataError(fmt::format("an edge names record {} that its component does not hold", order));
    return static_cast<uint32_t>(it - members_.begin());
  }

  void add_edge(std::string_view later, std::string_view earlier, std::string_view kind) {
    uint32_t l = index_of(later), e = index_of(earlier);
    if (e >= l) throw ream::DataError("an edge whose earlier record is not earlier");
    if (kind == "x")
      members_[l].copy_of = e;
    else
      members_[l].candidates.push_back(e);
  }

  bool remembered(uint32_t m) const { return remembered_order(members_[m].order); }

  void settle() {
    if (members_.empty()) return;
    Matcher matcher(64, settings_.level);
    if (settings_.wants_weights()) matcher.keep_pairs_for_weights();
    std::vector<bool> duplicate(members_.size());
    std::vector<std::vector<std::string>> warnings(members_.size());
    for (uint32_t i = 0; i < members_.size(); ++i) {
      Member& m = members_[i];
      if (settings_.wants_weights()) matcher.set_title_frequency(i, m.title_frequency);
      matcher.next_candidates(std::move(m.candidates));
      size_t conflicts_before = matcher.conflicts().size();
      duplicate[i] = matcher.add(std::move(m.blob.features), m.copy_of).has_value();
      for (size_t c = conflicts_before; c < matcher.conflicts().size(); ++c) {
        const ScoredPair& p = matcher.conflicts()[c];
        warnings[i].push_back("'" + matcher.features(p.later).id + "' shares an identifier with '" +
                              matcher.features(p.earlier).id + "' but is a different item (" +
                              std::string(p.evidence.rule) + "); kept apart");
      }
    }
    if (settings_.weight_threshold) matcher.match_by_weights(model_, *settings_.weight_threshold);
    if (settings_.decides_at_end()) matcher.recluster();
    decide(matcher, duplicate, warnings);
    members_.clear();
  }

  // The member to keep, as plugin.cc's representative(): a remembered
  // paper, else the first, or the best base (best_base).
  uint32_t representative(const Matcher& matcher, const std::vector<uint32_t>& cluster) const {
    if (remembered(cluster.front()) || settings_.keep == "first") return cluster.front();
    std::vector<std::string_view> ids;
    std::vector<float> quality;
    for (uint32_t m : cluster) {
      ids.push_back(matcher.features(m).id);
      quality.push_back(members_[m].blob.quality);
    }
    return cluster[best_base(ids, quality, settings_.keep == "merge")];
  }

  void decide(Matcher& matcher, const std::vector<bool>& duplicate, std::vector<std::vector<std::string>>& warnings) {
    auto clusters = matcher.clusters().all();
    std::vector<uint32_t> rep_of(members_.size());
    std::vector<std::string> report(members_.size());
    std::vector<size_t> slot_of_root(members_.size(), SIZE_MAX);
    std::vector<ClusterReport> reports(clusters.size());
    for (size_t c = 0; c < clusters.size(); ++c) {
      uint32_t rep = representative(matcher, clusters[c]);
      for (uint32_t m : clusters[c]) rep_of[m] = rep;
      slot_of_root[clusters[c].front()] = c;
      // --keep first chooses no representative for the report: the first.
      reports[c].representative = matcher.features(settings_.decides_at_end() ? rep : clusters[c].front()).id;
      for (uint32_t m : clusters[c]) reports[c].members.push_back(matcher.features(m).id);
    }
    if (settings_.report) {
      for (const auto& p : matcher.matches()) {
        auto json = pair_json(matcher.features(p.earlier).id, matcher.features(p.later).id, p.evidence);
        json["weights"] = weights_json(model_, p.evidence.fields, matcher.title_frequency(p.earlier));
        reports[slot_of_root[matcher.cluster_of(p.earlier)]].pairs.push_back(std::move(json));
      }
      for (const auto& p : matcher.conflicts()) {
        auto json = pair_json(matcher.features(p.earlier).id, matcher.features(p.later).id, p.evidence);
        size_t mine = slot_of_root[matcher.cluster_of(p.earlier)], other = slot_of_root[matcher.cluster_of(p.later)];
        reports[mine].conflicts.push_back(json);
        if (other != mine) reports[other].conflicts.push_back(json);
      }
      for (size_t c = 0; c < clusters.size(); ++c)
        if (!remembered(clusters[c].back())) report[clusters[c].front()] = cluster_line(reports[c]);
    }
    std::vector<std::pair<uint32_t, size_t>> donor_of(members_.size(), {UINT32_MAX, 0});
    std::vector<std::vector<std::string>> merged_from(members_.size());
    if (settings_.keep == "merge")
      for (const auto& cluster : clusters) plan_merge(matcher, cluster, rep_of[cluster.front()], donor_of, merged_from);
    for (uint32_t i = 0; i < members_.size(); ++i) {
      bool keep = settings_.decides_at_end() ? rep_of[i] == i : !duplicate[i];
      Line line(ctx_, "d" + members_[i].order);
      line.json("keep", keep ? "true" : "false").text("cluster", matcher.features(rep_of[i]).id);
      if (!merged_from[i].empty()) {
        boost::json::array ids;
        for (auto& id : merged_from[i]) ids.emplace_back(id);
        line.json("merged_from", boost::json::serialize(ids));
      }
      if (donor_of[i].first != UINT32_MAX)
        line.text("donor_of", members_[donor_of[i].first].order)
            .number("rank", static_cast<int64_t>(donor_of[i].second));
      if (!report[i].empty()) line.text("report", report[i]);
      if (!warnings[i].empty()) {
        boost::json::array list;
        for (auto& w : warnings[i]) list.emplace_back(w);
        line.json("warn", boost::json::serialize(list));
      }
      line.emit();
    }
  }

  // --keep merge, as plugin.cc's fill_from_members: the representative
  // takes missing fields from the other members, best base first (ties
  // in member order), and names them all in merged_from.  The donors'
  // records are joined to it by the donors step.
  void plan_merge(Matcher& matcher, const std::vector<uint32_t>& cluster, uint32_t rep,
                  std::vector<std::pair<uint32_t, size_t>>& donor_of,
                  std::vector<std::vector<std::string>>& merged_from) {
    if (cluster.size() < 2 || remembered(rep)) return;
    std::vector<uint32_t> donors;
    for (uint32_t m : cluster)
      if (m != rep) donors.push_back(m), merged_from[rep].push_back(matcher.features(m).id);
    std::stable_sort(donors.begin(), donors.end(),
                     [&](uint32_t x, uint32_t y) { return members_[x].blob.quality > members_[y].blob.quality; });
    for (size_t rank = 0; rank < donors.size(); ++rank) donor_of[donors[rank]] = {rep, rank};
  }

  ream::Context& ctx_;
  Settings settings_;
  WeightModel model_ = WeightModel::shipped();
  std::string label_;
  std::vector<Member> members_;
};

}  // namespace

std::unique_ptr<Step> tag_step(ream::Context& ctx, const Settings&) { return std::make_unique<Tag>(ctx); }
std::unique_ptr<Step> clusters_step(ream::Context& ctx, const Settings& s) {
  return std::make_unique<ClustersStep>(ctx, s);
}

}  // namespace ream::dedupe::dist
