// `ream since --year N`: keep the papers from year N on.
//
// The example plugin of the SDK, small enough to read in a minute: it
// declares its options once, reads a field, drops what it does not keep
// (so `ream --stats` accounts for every record), and uses the SDK's text
// helpers to tidy titles on the way.
#include <ream/plugin.hpp>
#include <ream/text.hpp>

namespace {

const ream_option_spec kOptions[] = {
    {"year", 'y', REAM_OPT_INT, "N", nullptr, nullptr, "keep papers published in year N or later", REAM_OPT_REQUIRED},
    {"keep-undated", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "keep papers that have no year", 0},
};

class Since : public ream::Stage {
 public:
  explicit Since(ream::Context& ctx)
      : Stage(ctx), year_(ctx.options().integer("year")), keep_undated_(ctx.options().flag("keep-undated")) {}

  void process(ream::Record rec) override {
    auto year = rec.number("year");
    if (year ? *year < year_ : !keep_undated_) {
      context().drop(std::move(rec));
      return;
    }
    if (auto title = rec.string("title")) rec.set_string("title", ream::text::clean(*title));
    context().emit(std::move(rec));
  }

 private:
  int64_t year_;
  bool keep_undated_;
};

}  // namespace

REAM_PLUGIN(Since, ream::PluginInfo{"since", "1.0.0", "keep papers from a given year on",
                                    "Keeps records whose numeric 'year' is at least --year; drops the others "
                                    "(and, unless --keep-undated, those without a year). Titles are tidied: "
                                    "Unicode NFC, white space collapsed.",
                                    REAM_TRANSFORM, kOptions, std::size(kOptions)})
