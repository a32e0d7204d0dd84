// `ream sample -n N [--seed S]`: N records chosen uniformly at random.
//
// Reservoir sampling (Vitter's algorithm R): one pass, at most N records
// held, every record equally likely to be kept.  The random numbers come
// from std::mt19937_64, whose sequence the C++ standard fixes, reduced to
// a range by rejection rather than by std::uniform_int_distribution, whose
// algorithm each standard library chooses: the same seed gives the same
// sample on every platform.  The sample is written in input order.
#include <ream/plugin.hpp>

#include <algorithm>
#include <random>

namespace {

const ream_option_spec kOptions[] = {
    {"lines", 'n', REAM_OPT_INT, "N", "10", nullptr, "number of records to keep", 0},
    {"seed", 0, REAM_OPT_INT, "S", nullptr, nullptr,
     "seed of the random choice: the same seed and input give the same sample (random when absent)", 0},
};

// A uniform integer in [0, bound) without modulo bias.
uint64_t below(std::mt19937_64& random, uint64_t bound) {
  uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
  uint64_t draw;
  do draw = random();
  while (draw >= limit);
  return draw % bound;
}

uint64_t seed_of(const ream::Options& options) {
  if (options.given("seed")) return static_cast<uint64_t>(options.integer("seed"));
  return (uint64_t{std::random_device{}()} << 32) ^ std::random_device{}();
}

class Sample : public ream::Stage {
 public:
  explicit Sample(ream::Context& ctx)
      : Stage(ctx), size_(ctx.options().integer("lines", 10)), random_(seed_of(ctx.options())) {
    if (size_ < 0) throw ream::UsageError("-n must be 0 or more, not " + std::to_string(size_));
  }

  void process(ream::Record rec) override {
    uint64_t seen = seen_++;
    if (seen < static_cast<uint64_t>(size_)) {
      held_.push_back({seen, std::move(rec)});
      return;
    }
    uint64_t slot = below(random_, seen + 1);
    if (slot < static_cast<uint64_t>(size_)) {
      context().drop(std::move(held_[slot].record));
      held_[slot] = {seen, std::move(rec)};
    } else {
      context().drop(std::move(rec));
    }
  }

  void finish() override {
    std::sort(held_.begin(), held_.end(), [](const Held& a, const Held& b) { return a.arrival < b.arrival; });
    for (Held& h : held_) {
      if (context().stopped())
        context().drop(std::move(h.record));
      else
        context().emit(std::move(h.record));
    }
    held_.clear();
  }

 private:
  struct Held {
    uint64_t arrival;
    ream::Record record;
  };

  int64_t size_;
  std::mt19937_64 random_;
  uint64_t seen_ = 0;
  std::vector<Held> held_;
};

}  // namespace

REAM_PLUGIN(Sample, ream::PluginInfo{"sample", "1.0.0", "keep N records chosen at random",
                                     "Keeps N records (default 10) chosen uniformly at random in one pass "
                                     "(reservoir sampling), written in input order. --seed makes the choice "
                                     "repeatable: the same seed and input give the same sample on every platform.",
                                     REAM_TRANSFORM, kOptions, std::size(kOptions)})
