// A test sink: writes "N records" at the end (named tally: `count` is a
// built-in stage).
#include <ream/plugin.hpp>

#include <string>

namespace {
class Tally : public ream::Stage {
 public:
  using Stage::Stage;
  void process(ream::Record) override { ++n_; }
  void finish() override { context().write(std::to_string(n_) + " records\n"); }

 private:
  int64_t n_ = 0;
};
}  // namespace

REAM_PLUGIN(Tally, ream::PluginInfo{"tally", "0.0.1", "test sink", nullptr, REAM_SINK, nullptr, 0})
