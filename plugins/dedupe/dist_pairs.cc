// `dedupe --dist pairs`: the reduce per block.  Its input is the map's
// b-lines sorted, so a block's members arrive together and in global
// order, and each is compared with the at most 64 members before it (the
// single process's bucket cap, candidate_pairs.cc): a window of 64, so a
// reducer's memory does not grow with the block.  A driver may cut the
// sorted lines anywhere, a giant block too, handing each piece the 64
// lines before it as context (--dist-context): those are compared with
// but write no pair of their own.
//   e<LATER><EARLIER>  t: m|c|w   a match, a conflict, or a pair the rules
//                                 leave open for the weights
//   l<LATER><EARLIER>  v: levels  every scored pair's comparison levels,
//                                 when a model is to be estimated (em)
// A pair found in two blocks gives two identical lines: `sort -u`.
// A pair whose later record is a --state paper (ORDER source 0) gives no
// l-line and no w: one process loads those papers before it keeps pairs
// for the weights.
//
// Most block lines are the only member of their block (two in five on
// generated corpora) and are compared with nothing, so a member's blob is
// decoded only when it is first compared: its version is checked on
// arrival, its features when a comparison needs them.
#include <deque>
#include <memory>

#include "candidate_pairs.hh"
#include "distributed.hh"
#include "feature_blob.hh"
#include "match_weights.hh"
#include "matcher.hh"

namespace ream::dedupe::dist {
namespace {

constexpr size_t kBucketCap = 64;  // Matcher's default, which the single process uses
constexpr size_t kKeyWidth = 16;

class Pairs : public Step {
 public:
  Pairs(ream::Context& ctx, const Settings& s) : ctx_(ctx), settings_(s), levels_(s.wants_weights() && !s.model) {}

  void process(ream::Record rec) override {
    auto key = key_of(rec, 'b');
    if (key && key->size() != kKeyWidth + kOrderWidth) throw ream::DataError("a b-line whose key is not KEY16 ORDER");
    if (key) add(key->substr(0, kKeyWidth), key->substr(kKeyWidth), member(rec, "f"));
    ctx_.drop(std::move(rec));
  }

 private:
  struct Member {
    std::string order;
    std::string blob;                          // until decoded
    std::shared_ptr<const Features> features;  // null until a comparison needs them
    IdPrint ids;
  };

  static void decode(Member& m) {
    if (m.features) return;
    try {
      m.features = std::make_shared<const Features>(decode_blob(m.blob).features);
    } catch (const std::runtime_error& e) {
      throw ream::DataError(e.what());
    }
    m.ids = id_print(*m.features);
    m.blob = std::string();
  }

  void add(std::string_view block, std::string_view order, std::string_view blob) {
    if (block != block_) {
      block_ = block;
      window_.clear();
    }
    try {
      check_blob_version(blob);
    } catch (const std::runtime_error& e) {
      throw ream::DataError(e.what());
    }
    Member mine{std::string(order), std::string(blob), nullptr, {}};
    if (++lines_ > settings_.context && !window_.empty()) compare(mine);
    window_.push_back(std::move(mine));
    if (window_.size() > kBucketCap) window_.pop_front();
  }

  void compare(Member& later) {
    decode(later);
    for (Member& earlier : window_) {
      decode(earlier);
      if (earlier.order == later.order || prints_differ(earlier.ids, later.ids)) continue;
      if (identifiers_differ(*earlier.features, *later.features)) continue;
      Evidence e = score_pair(*earlier.features, *later.features, settings_.level);
      std::string pair = later.order + earlier.order;
      bool weighed = !remembered_order(later.order);
      if (levels_ && weighed) {
        std::string digits;
        for (uint8_t level : comparison_levels(e.fields)) digits.push_back(static_cast<char>('0' + level));
        Line(ctx_, "l" + pair).text("v", digits).emit();
      }
      const char* kind = e.decision == Decision::conflict                               ? "c"
                         : e.decision == Decision::match                                ? "m"
                         : weighed && settings_.weight_threshold && open_for_weights(e) ? "w"
                                                                                        : nullptr;
      if (kind) Line(ctx_, "e" + pair).text("t", kind).emit();
    }
  }

  ream::Context& ctx_;
  Settings settings_;
  bool levels_;
  std::string block_;
  std::deque<Member> window_;
  uint64_t lines_ = 0;
};

}  // namespace

std::unique_ptr<Step> pairs_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Pairs>(ctx, s); }

}  // namespace ream::dedupe::dist
