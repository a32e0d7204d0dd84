// A test source: `gen -n N` makes N records {"id":"gen:I","n":I}.
// `--text` emits them as JSON text instead (Context::emit_json, ABI 1.6),
// as a third-party plugin would: `sealed`, the record's own text with its
// seal; `spaced`, text the host did not seal, with white space the host
// does not write; `broken`, the last record's text cut short.  A record
// emitted as text says it comes from file "gen", line I.
#include <ream/plugin.hpp>

#include <string>

namespace {
const ream_option_spec kOptions[] = {
    {"count", 'n', REAM_OPT_INT, "N", "3", nullptr, "how many records", 0},
    {"text", 0, REAM_OPT_CHOICE, "HOW", "no", "no|sealed|spaced|broken", "emit the records as JSON text", 0},
};

class Gen : public ream::Stage {
 public:
  using Stage::Stage;
  void run() override {
    int64_t n = context().options().integer("count");
    std::string how = context().options().string("text");
    for (int64_t i = 1; i <= n; ++i) {
      ream::Record rec = context().new_record();
      rec.set_string("id", "gen:" + std::to_string(i));
      rec.set_int("n", i);
      if (!say(std::move(rec), how, i, i == n)) return;
    }
  }

 private:
  bool say(ream::Record&& rec, const std::string& how, int64_t i, bool last) {
    auto line = static_cast<uint64_t>(i);
    if (how == "sealed") {
      uint64_t seal = 0;
      std::string_view json = rec.json(seal);
      return context().emit_json(json, seal, "gen", line);  // the text is read before `rec` goes
    }
    if (how == "spaced") {
      std::string json = "{ \"id\" : \"gen:" + std::to_string(i) + "\" , \"n\" : " + std::to_string(i) + " }";
      return context().emit_json(json, 0, "gen", line);
    }
    if (how == "broken" && last) {
      std::string json(rec.json());
      return context().emit_json(json.substr(0, json.size() - 1), 0, "gen", line);
    }
    return context().emit(std::move(rec));
  }
};
}  // namespace

REAM_PLUGIN(Gen, ream::PluginInfo{"gen", "0.0.1", "test source", nullptr, REAM_SOURCE, kOptions, std::size(kOptions)})
