// A test source: `gen -n N` makes N records {"id":"gen:I","n":I}.
#include <ream/plugin.hpp>

#include <string>

namespace {
const ream_option_spec kOptions[] = {
    {"count", 'n', REAM_OPT_INT, "N", "3", nullptr, "how many records", 0},
};

class Gen : public ream::Stage {
 public:
  using Stage::Stage;
  void run() override {
    int64_t n = context().options().integer("count");
    for (int64_t i = 1; i <= n; ++i) {
      ream::Record rec = context().new_record();
      rec.set_string("id", "gen:" + std::to_string(i));
      rec.set_int("n", i);
      if (!context().emit(std::move(rec))) return;
    }
  }
};
}  // namespace

REAM_PLUGIN(Gen, ream::PluginInfo{"gen", "0.0.1", "test source", nullptr, REAM_SOURCE, kOptions, std::size(kOptions)})
