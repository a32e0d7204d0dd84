// `ream head -n N`: the first N records, then stop reading.
//
// Once N records are out, head tells the host it wants no more, and the
// host stops reading input: `ream head -n 1` on a huge file returns at once.
#include <ream/plugin.hpp>

namespace {

const ream_option_spec kOptions[] = {
    {"lines", 'n', REAM_OPT_INT, "N", "10", nullptr, "number of records to pass", 0},
};

class Head : public ream::Stage {
 public:
  explicit Head(ream::Context& ctx) : Stage(ctx), left_(ctx.options().integer("lines", 10)) {
    if (left_ < 0) throw ream::UsageError("-n must be 0 or more, not " + std::to_string(left_));
    if (left_ == 0) ctx.stop();
  }
  void process(ream::Record rec) override {
    if (left_ <= 0) {
      context().drop(std::move(rec));
      context().stop();
      return;
    }
    --left_;
    context().emit(std::move(rec));
    if (left_ == 0) context().stop();
  }

 private:
  int64_t left_;
};

}  // namespace

REAM_PLUGIN(Head, ream::PluginInfo{"head", "1.0.0", "pass the first N records and stop",
                                   "Passes the first N records (default 10) and stops reading input.", REAM_TRANSFORM,
                                   kOptions, std::size(kOptions)})
