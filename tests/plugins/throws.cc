// A test stage that fails on purpose: --when create|process|finish|commit,
// and --how data|usage|io|crash|kill (a ream::DataError, a UsageError, an
// IoError, a plain std::runtime_error standing for a bug, or SIGKILL: the
// process dies on the spot, as under kill -9).  --when commit fails after
// the output was renamed into place, before the later stages' commit.
#include <ream/plugin.hpp>

#include <csignal>
#include <stdexcept>

namespace {
const ream_option_spec kOptions[] = {
    {"when", 0, REAM_OPT_CHOICE, "WHEN", "process", "create|process|finish|commit", "when to fail", 0},
    {"how", 0, REAM_OPT_CHOICE, "HOW", "data", "data|usage|io|crash|kill", "how to fail", 0},
};

[[noreturn]] void fail(const std::string& how) {
  if (how == "data") throw ream::DataError("the record is wrong");
  if (how == "usage") throw ream::UsageError("the options are wrong");
  if (how == "io") throw ream::IoError("cannot read the thing");
  if (how == "kill") raise(SIGKILL);
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
  void commit() override {
    if (when_ == "commit") fail(how_);
  }

 private:
  std::string when_, how_;
};
}  // namespace

REAM_PLUGIN(Throws, ream::PluginInfo{"throws", "0.0.1", "test stage that fails", nullptr, REAM_TRANSFORM, kOptions,
                                     std::size(kOptions)})
