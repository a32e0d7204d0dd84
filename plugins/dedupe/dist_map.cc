// `dedupe --dist map`: the one step that reads records for matching.  Each
// record's features are extracted here, once, and travel on as a blob:
//   b<KEY16><ORDER>               one per block key (the reducers' input)
//   r<ORDER>         f: blob      the record's features, for the pairs
//                                 step (--dist-records) and the cluster step
//   t<TITLE16><ORDER>             its title key, for title frequencies
//   n<ORDER>         n: count     one per part: how many records it read
//   x<FIELDS16><ORDER>            with --state: the print of its fields, to
//                                 find copies of remembered papers (copies)
// The input records themselves are dropped: the apply step reads them again
// (as text, without extracting anything) to write the output.
#include <ream/text.hpp>

#include "candidate_pairs.hh"
#include "distributed.hh"
#include "feature_blob.hh"
#include "record_quality.hh"
#include "state_store.hh"

namespace ream::dedupe::dist {
namespace {

// As plugin.cc's remembered_copy prints a record's fields.
uint64_t fields_print(const Fields& f) { return ream::text::hash64(fields_to_json(f)); }

class Map : public Step {
 public:
  Map(ream::Context& ctx, const Settings& s) : ctx_(ctx), settings_(s) {}

  void process(ream::Record rec) override {
    std::string order = record_order(rec, settings_.source);
    Fields fields = read_fields(rec);
    Features features = extract_features(fields);
    auto quality = static_cast<float>(record_quality(fields, filled_fields(rec)));
    std::string blob = encode_blob(features, quality);
    for (uint64_t key : CandidateIndex::block_keys(features))
      if (key) Line(ctx_, "b" + hex16(key) + order).emit();
    Line(ctx_, "r" + order).text("f", blob).emit();
    if (!features.title.key.empty()) Line(ctx_, "t" + hex16(ream::text::hash64(features.title.key)) + order).emit();
    if (!settings_.state.empty()) Line(ctx_, "x" + hex16(fields_print(fields)) + order).emit();
    if (records_++ == 0) first_ = order;
    ctx_.drop(std::move(rec));
  }

  void finish() override {
    if (records_) Line(ctx_, "n" + first_).number("n", static_cast<int64_t>(records_)).emit();
  }

 private:
  ream::Context& ctx_;
  Settings settings_;
  uint64_t records_ = 0;
  std::string first_;
};

}  // namespace

std::unique_ptr<Step> map_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Map>(ctx, s); }

}  // namespace ream::dedupe::dist
