// `ream tail -n N`: the last N records.
//
// Holds at most N records; each one pushed out by a later record is
// dropped (and counted as dropped) at once, so memory is bounded by N
// whatever the input length.
#include <ream/plugin.hpp>

#include <deque>

namespace {

const ream_option_spec kOptions[] = {
    {"lines", 'n', REAM_OPT_INT, "N", "10", nullptr, "number of records to pass", 0},
};

class Tail : public ream::Stage {
 public:
  explicit Tail(ream::Context& ctx) : Stage(ctx), keep_(ctx.options().integer("lines", 10)) {
    if (keep_ < 0) throw ream::UsageError("-n must be 0 or more, not " + std::to_string(keep_));
  }

  void process(ream::Record rec) override {
    held_.push_back(std::move(rec));
    if (held_.size() > static_cast<size_t>(keep_)) {
      context().drop(std::move(held_.front()));
      held_.pop_front();
    }
  }

  void finish() override {
    while (!held_.empty()) {
      if (context().stopped())
        context().drop(std::move(held_.front()));
      else
        context().emit(std::move(held_.front()));
      held_.pop_front();
    }
  }

 private:
  int64_t keep_;
  std::deque<ream::Record> held_;
};

}  // namespace

REAM_PLUGIN(Tail, ream::PluginInfo{"tail", "1.0.0", "pass the last N records",
                                   "Passes the last N records (default 10); the others are dropped as they are "
                                   "pushed out, so memory holds at most N records.",
                                   REAM_TRANSFORM, kOptions, std::size(kOptions)})
