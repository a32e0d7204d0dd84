// `ream cat`: validate records and pass them through unchanged.
//
// The host has already parsed and checked each line by the time a record
// reaches a stage, so cat's work is the host's: it exists so that a file
// can be validated (`ream cat < x.jsonl > /dev/null`), re-encoded and
// counted (`--stats`) without changing it.
#include <ream/plugin.hpp>

namespace {

class Cat : public ream::Stage {
 public:
  using Stage::Stage;
  void process(ream::Record rec) override { context().emit(std::move(rec)); }
};

constexpr const char* kDescription =
    "Reads records and writes them unchanged. Every line is checked on the way: invalid JSON, "
    "a value that is not an object, or invalid UTF-8 is reported with its file and line and "
    "handled by --on-error. Top-level white space is dropped; field values are passed through "
    "byte for byte, in their order.";

}  // namespace

REAM_PLUGIN(Cat, ream::PluginInfo{"cat", "1.0.0", "validate records and pass them through", kDescription,
                                  REAM_TRANSFORM, nullptr, 0, nullptr, nullptr, -1, REAM_RECORD_LOCAL})
