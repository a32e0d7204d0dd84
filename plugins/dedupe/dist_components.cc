// `dedupe --dist components` and `--dist titles`: the two one-node
// reductions over compact lists.
//
// components: the connected components of the sorted e-lines, in memory
// bounded by --dist-memory, not by the corpus.  A union-find held a
// number and an ORDER for every linked record of the whole corpus (tens
// of GB at 250 million records), so the components are found by sorting
// instead (component_labels.hh: star rounds over sorted edge lists, each
// list in runs on disk beyond the budget).  A component's label is its
// smallest ORDER, as before, so nothing downstream changes.  Conflicts
// join components too: a conflict's warning and report entries belong
// with both of its records.  The open pairs beyond the single process's
// cap (Matcher::kMaxKeptPairs, in arrival order, which is the sorted
// order) are dropped as it drops them.  An x-edge (dist_state.cc) joins a
// record to the remembered paper it repeats.  The edges wait in a sort of
// their own by LATER, then are joined to the labels (which come by node):
//   r<ORDER>  c: LABEL                 each record with an edge, by ORDER
//   g<LABEL>b<LATER><EARLIER>  t: ...  the edges, by LATER (the groups
//                                      round sorts them by component)
//
// titles: how many records share each title key (the weights' title
// frequency), from the sorted n-lines (the record count) and t-lines.
//   r<ORDER>  d: count  dn: records   for titles shared by more than two
#include <fmt/format.h>

#include <ream/temp_file.hpp>

#include <cerrno>
#include <cstring>

#include "component_labels.hh"
#include "distributed.hh"
#include "external_sort.hh"
#include "matcher.hh"

namespace ream::dedupe::dist {
namespace {

// An ORDER's sixteen digits as the number they write (order_text's inverse).
uint64_t order_number(std::string_view order) {
  uint64_t n = 0;
  for (char c : order) {
    if (c < '0' || c > '9') throw ream::DataError("an e-line whose key is not LATER EARLIER");
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return n;
}

class Components : public Step {
 public:
  Components(ream::Context& ctx, const Settings& s)
      : ctx_(ctx), labels_(s.memory_bytes * 3 / 4), edges_(s.memory_bytes / 4, "temporary file for the edges") {}

  void process(ream::Record rec) override {
    if (auto key = key_of(rec, 'e')) {
      if (key->size() != 2 * kOrderWidth) throw ream::DataError("an e-line whose key is not LATER EARLIER");
      std::string_view kind = member(rec, "t");
      if (kind != "m" && kind != "c" && kind != "w" && kind != "x") throw ream::DataError("an e-line of no known kind");
      uint64_t later = order_number(key->substr(0, kOrderWidth)), earlier = order_number(key->substr(kOrderWidth));
      if (earlier >= later) throw ream::DataError("an e-line whose earlier record is not earlier");
      if (kind != "w" || open_pairs_++ < Matcher::kMaxKeptPairs) {
        labels_.link(later, earlier);
        Edge e{};
        e.later = later, e.earlier = earlier, e.kind = kind[0];
        edges_.add(e);
      }
    }
    ctx_.drop(std::move(rec));
  }

  void finish() override {
    edges_.spill();  // its memory is the rounds' until the join
    LabelFile labels;
    labels_.solve([&](uint64_t node, uint64_t label) {
      Line(ctx_, "r" + order_text(node)).text("c", order_text(label)).emit();
      labels.put(node, label);
    });
    labels.rewind();
    uint64_t node = 0, label = 0;
    bool read = false;
    edges_.drain(false, [&](const Edge& e) {
      while (!read || node < e.later) labels.next(node, label), read = true;
      Line(ctx_, "g" + order_text(label) + "b" + order_text(e.later) + order_text(e.earlier))
          .text("t", std::string(1, e.kind))
          .emit();
    });
  }

 private:
  struct Edge {
    uint64_t later, earlier;
    char kind;
    bool operator<(const Edge& o) const {
      return later != o.later ? later < o.later : earlier != o.earlier ? earlier < o.earlier : kind < o.kind;
    }
    bool operator==(const Edge& o) const { return later == o.later && earlier == o.earlier && kind == o.kind; }
  };

  // The labels in node order, set aside for the join with the edges: an
  // unnamed temporary file, read back once from the start.
  class LabelFile {
   public:
    LabelFile() : file_(ream::unnamed_temporary_file()) {
      if (!file_) fail("cannot create");
    }
    ~LabelFile() { std::fclose(file_); }
    LabelFile(const LabelFile&) = delete;
    LabelFile& operator=(const LabelFile&) = delete;

    void put(uint64_t node, uint64_t label) {
      uint64_t pair[2] = {node, label};
      if (std::fwrite(pair, sizeof pair, 1, file_) != 1) fail("cannot write");
    }
    void rewind() {
      if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("cannot read back");
    }
    // Every edge's LATER has a label: running out is a bug.
    void next(uint64_t& node, uint64_t& label) {
      uint64_t pair[2];
      if (std::fread(pair, sizeof pair, 1, file_) != 1) fail("cannot read back");
      node = pair[0], label = pair[1];
    }

   private:
    [[noreturn]] static void fail(const char* what) {
      throw ream::IoError(std::string("temporary file for the component labels: ") + what + ": " +
                          std::strerror(errno));
    }
    std::FILE* file_;
  };

  ream::Context& ctx_;
  ComponentLabels labels_;
  ExternalSort<Edge> edges_;
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

std::unique_ptr<Step> components_step(ream::Context& ctx, const Settings& s) {
  return std::make_unique<Components>(ctx, s);
}
std::unique_ptr<Step> titles_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Titles>(ctx, s); }

}  // namespace ream::dedupe::dist
