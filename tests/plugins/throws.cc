// A test stage that fails on purpose: --when create|process|finish, and
// --how data|usage|io|crash (a ream::DataError, a UsageError, an IoError, or a plain
// std::runtime_error standing for a bug).
#include <ream/plugin.hpp>

#include <stdexcept>

namespace {
const ream_option_spec kOptions[] = {
    {"when", 0, REAM_OPT_CHOICE, "WHEN", "process", "create|process|finish", "when to fail", 0},
    {"how", 0, REAM_OPT_CHOICE, "HOW", "data", "data|usage|io|crash", "how to fail", 0},
};

[[noreturn]] void fail(const std::string& how) {
  if (how == "data") throw ream::DataError("the record is wrong");
  if (how == "usage") throw ream::UsageError("the options are wrong");
  if (how == "io") throw ream::IoError("cannot read the thing");
  throw std::runtime_error("something broke");
}

class Throws : public ream::Stage {
 public:
  explicit Throws(ream::Context& ctx)
      : Stage(ctx), when_(ctx.options().string("when")), how_(ctx.options().string("how")) {
    if (when_ == "create") fail(how_);
  }
  void process(ream::Record rec) override {
    if (when_ == "process") fail(how_);
    context().emit(std::move(rec));
  }
  void finish() override {
    if (when_ == "finish") fail(how_);
  }

 private:
  std::string when_, how_;
};
}  // namespace

REAM_PLUGIN(Throws, ream::PluginInfo{"throws", "0.0.1", "test stage that fails", nullptr, REAM_TRANSFORM, kOptions,
                                     std::size(kOptions)})
