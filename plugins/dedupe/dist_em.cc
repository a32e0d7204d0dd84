// `dedupe --dist em`: the match-weight model on one node, the same model
// to the last bit as the single process estimates (Matcher::
// estimate_weights), so that every weighed join and report weight agrees.
//
// Its input is sorted: the l-lines of the pairs step (every scored pair's
// levels, in arrival order, of which the single process keeps the first
// Matcher::kMaxKeptPairs), then the map's n-lines (the record count N),
// then its r-lines in record order.  Knowing the pairs and N before the
// first r-line, it computes which records the random pairs random_pair(k,
// N) need and keeps only their features while the r-lines stream past:
// memory is the kept levels (8 bytes a pair, at most 16 MB) and at most
// 400,000 records' features, whatever the corpus.  The sums run in the
// single process's order, so the floating point agrees.  It writes the
// model as --save-model does, one line, for --dist-model.
#include <boost/unordered/unordered_flat_map.hpp>
#include <ream/read_file.hpp>

#include <algorithm>

#include "distributed.hh"
#include "feature_blob.hh"
#include "match_weights.hh"
#include "matcher.hh"
#include "vetoes.hh"

namespace ream::dedupe::dist {
namespace {

class Em : public Step {
 public:
  Em(ream::Context& ctx, const Settings& s) : ctx_(ctx) {
    // With --model the single process uses (and --save-model writes) that
    // model as read: so does this step, whatever its input.
    if (s.model) given_ = read_model(*s.model);
  }

  void process(ream::Record rec) override {
    auto k = rec.string("k");
    if (!k || k->empty()) throw ream::DataError("not a line of a distributed dedupe step: no key \"k\"");
    char kind = (*k)[0];
    if (kind == 'l') {
      if (!records_.empty() || records_seen_) throw ream::DataError("an l-line after the r-lines: sort the input");
      if (candidates_.size() < Matcher::kMaxKeptPairs) candidates_.push_back(levels_of(member(rec, "v")));
    } else if (kind == 'n') {
      auto n = rec.number("n");
      if (!n) throw ream::DataError("an n-line without its count \"n\"");
      total_ += static_cast<uint64_t>(*n);
    } else if (kind == 'r' && !rec.has("c") && !rec.has("d")) {
      if (records_seen_++ == 0) plan_sample();
      auto wanted = needed_.find(static_cast<uint32_t>(records_seen_ - 1));
      if (wanted != needed_.end()) {
        try {
          records_.emplace(wanted->first, decode_blob(member(rec, "f")).features);
        } catch (const std::runtime_error& e) {
          throw ream::DataError(e.what());
        }
      }
    }
    ctx_.drop(std::move(rec));
  }

  void finish() override {
    if (given_) return write(*given_);
    if (records_seen_ == 0) plan_sample();
    if (records_seen_ != total_ && estimating_)
      throw ream::DataError("the r-lines number " + std::to_string(records_seen_) + ", the n-lines say " +
                            std::to_string(total_) + ": give the em step all of the map's r- and n-lines");
    WeightModel model = WeightModel::shipped();
    if (estimating_) {
      std::vector<Levels> random;
      random.reserve(sample_.size());
      for (auto [a, b] : sample_) random.push_back(comparison_levels(compare_fields(records_.at(a), records_.at(b))));
      model = estimate(candidates_, random, model);
    }
    write(model);
  }

 private:
  static Levels levels_of(std::string_view digits) {
    Levels l{};
    if (digits.size() != l.size())
      throw ream::DataError("an l-line whose levels are not " + std::to_string(l.size()) + " digits");
    for (size_t i = 0; i < l.size(); ++i) {
      if (digits[i] < '0' || digits[i] >= '0' + static_cast<int>(kMaxLevels))
        throw ream::DataError("an l-line level out of range");
      l[i] = static_cast<uint8_t>(digits[i] - '0');
    }
    return l;
  }

  void write(const WeightModel& model) {
    std::string text = model.to_json();
    text.pop_back();
    ctx_.emit(ctx_.parse(text));
  }

  static WeightModel read_model(const std::string& path) {
    std::string text = ream::read_whole_file(path, "--model file");
    try {
      return WeightModel::from_json(text);
    } catch (const std::runtime_error& e) {
      throw ream::DataError("--model file '" + path + "': " + e.what());
    }
  }

  // As Matcher::estimate_weights: the shipped model for too few pairs,
  // else as many random pairs as candidate pairs, within bounds.
  void plan_sample() {
    estimating_ = candidates_.size() >= Matcher::kMinPairsToEstimate && total_ >= 2;
    if (!estimating_) return;
    uint64_t wanted = std::clamp<uint64_t>(candidates_.size(), 10'000, 200'000);
    sample_.reserve(wanted);
    for (uint64_t k = 0; k < wanted; ++k) {
      auto pair = random_pair(k, static_cast<uint32_t>(total_));
      sample_.push_back(pair);
      needed_.emplace(pair.first, 0);
      needed_.emplace(pair.second, 0);
    }
  }

  ream::Context& ctx_;
  std::optional<WeightModel> given_;
  std::vector<Levels> candidates_;
  uint64_t total_ = 0, records_seen_ = 0;
  bool estimating_ = false;
  std::vector<std::pair<uint32_t, uint32_t>> sample_;
  boost::unordered_flat_map<uint32_t, int> needed_;
  boost::unordered_flat_map<uint32_t, Features> records_;
};

}  // namespace

std::unique_ptr<Step> em_step(ream::Context& ctx, const Settings& s) { return std::make_unique<Em>(ctx, s); }

}  // namespace ream::dedupe::dist
