// `dedupe --dist components` and `--dist titles`: the two one-node
// reductions over compact lists.
//
// components: union-find over the sorted e-lines.  The edges are small
// (two ORDERs and a letter per matched, conflicting or open pair, about
// one candidate pair in a hundred), so one pass on one node with memory
// per record that has an edge beats the rounds of a label propagation on
// the engine.  A component's label is its smallest ORDER, which any method
// would give, so a propagation could replace this step without changing
// a byte downstream.  Conflicts join components too: a conflict's warning
// and report entries belong with both of its records.  The open pairs
// beyond the single process's cap (Matcher::kMaxKeptPairs, in arrival
// order, which is the sorted order) are dropped as it drops them.  An
// x-edge (dist_state.cc) joins a record to the remembered paper it repeats.
//   r<ORDER>  c: LABEL                 each record with an edge
//   g<LABEL>b<LATER><EARLIER>  t: ...  the edges, by component
//
// titles: how many records share each title key (the weights' title
// frequency), from the sorted n-lines (the record count) and t-lines.
//   r<ORDER>  d: count  dn: records   for titles shared by more than two
#include <fmt/format.h>

#include <boost/unordered/unordered_flat_map.hpp>

#include "clusters.hh"
#include "distributed.hh"
#include "matcher.hh"

namespace ream::dedupe::dist {
namespace {

class Components : public Step {
 public:
  explicit Components(ream::Context& ctx) : ctx_(ctx) {}

  void process(ream::Record rec) override {
    if (auto key = key_of(rec, 'e')) {
      if (key->size() != 2 * kOrderWidth) throw ream::DataError("an e-line whose key is not LATER EARLIER");
      std::string_view kind = member(rec, "t");
      if (kind != "m" && kind != "c" && kind != "w" && kind != "x") throw ream::DataError("an e-line of no known kind");
      if (kind != "w" || open_pairs_++ < Matcher::kMaxKeptPairs) {
        uint32_t later = node(key->substr(0, kOrderWidth)), earlier = node(key->substr(kOrderWidth));
        clusters_.unite(later, earlier);
        edges_.push_back({later, earlier, kind[0]});
      }
    }
    ctx_.drop(std::move(rec));
  }

  void finish() override {
    // The root of each component is its smallest node number, not its
    // smallest ORDER (nodes are numbered as met): find the latter.
    std::vector<uint32_t> label(orders_.size(), UINT32_MAX);
    for (uint32_t i = 0; i < orders_.size(); ++i) {
      uint32_t& l = label[clusters_.find(i)];
      if (l == UINT32_MAX || orders_[i] < orders_[l]) l = i;
    }
    for (uint32_t i = 0; i < orders_.size(); ++i)
      Line(ctx_, "r" + orders_[i]).text("c", orders_[label[clusters_.find(i)]]).emit();
    for (const Edge& e : edges_) {
      const std::string& l = orders_[label[clusters_.find(e.later)]];
      Line(ctx_, "g" + l + "b" + orders_[e.later] + orders_[e.earlier]).text("t", std::string(1, e.kind)).emit();
    }
  }

 private:
  struct Edge {
    uint32_t later, earlier;
    char kind;
  };

  uint32_t node(std::string_view order) {
    auto [it, fresh] = numbers_.try_emplace(std::string(order), static_cast<uint32_t>(orders_.size()));
    if (fresh) {
      orders_.emplace_back(order);
      clusters_.add();
    }
    return it->second;
  }

  ream::Context& ctx_;
  boost::unordered_flat_map<std::string, uint32_t> numbers_;
  std::vector<std::string> orders_;
  Clusters clusters_;
  std::vector<Edge> edges_;
  uint64_t open_pairs_ = 0;
};

class Titles : public Step {
 public:
  Titles(ream::Context& ctx, const Settings& s) : ctx_(ctx), wanted_(s.wants_weights()) {}

  void process(ream::Record rec) override {
    if (rec.string("k") && rec.string("k")->starts_with("n")) {
      auto n = rec.number("n");
      if (!n) throw ream::DataError("an n-line without its count \"n\"");
      records_ += static_cast<uint64_t>(*n);
    } else if (auto key = key_of(rec, 't')) {
      if (key->size() != 16 + kOrderWidth) throw ream::DataError("a t-line whose key is not TITLE16 ORDER");
      if (key->substr(0, 16) != title_) flush(), title_ = key->substr(0, 16);
      orders_.emplace_back(key->substr(16));
      counted_ += !remembered_order(orders_.back());
    }
    ctx_.drop(std::move(rec));
  }

  void finish() override { flush(); }

 private:
  // Only titles that more than the pair share change a weight
  // (Matcher::title_frequency), and only when weights are used.  The
  // --state file's papers (source 0) are not counted, as one process
  // counts titles only once it reads its input, but they are given the
  // frequency of their title.
  void flush() {
    if (wanted_ && counted_ > 2)
      for (const auto& o : orders_)
        Line(ctx_, "r" + o)
            .number("d", static_cast<int64_t>(counted_))
            .number("dn", static_cast<int64_t>(records_))
            .emit();
    orders_.clear();
    counted_ = 0;
  }

  ream::Context& ctx_;
  bool wanted_;
  uint64_t records_ = 0;
  std::string title_;
  std::vector<std::string> orders_;
  size_t counted_ = 0;  // of orders_, those of the input
};

}  // namespace

std::unique_ptr<Step> components_step(ream::Context& ctx, const Settings&) { return std::make_unique<Components>(ctx); }
std::unique_ptr<Step> titles_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Titles>(ctx, s); }

}  // namespace ream::dedupe::dist
