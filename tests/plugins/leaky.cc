// A test stage with a bug: it lets every second record go without
// emitting or dropping it.  The host must notice.
#include <ream/plugin.hpp>

namespace {
class Leaky : public ream::Stage {
 public:
  using Stage::Stage;
  void process(ream::Record rec) override {
    if (++n_ % 2) context().emit(std::move(rec));
  }

 private:
  int n_ = 0;
};
}  // namespace

REAM_PLUGIN(Leaky,
            ream::PluginInfo{"leaky", "0.0.1", "test stage that loses records", nullptr, REAM_TRANSFORM, nullptr, 0})
