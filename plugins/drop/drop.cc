// `ream drop FIELDS`: remove the named top-level fields (Miller's `cut -x
// -f`, jq's `del(.a, .b)`).  Every other field keeps its place and bytes.
#include <ream/plugin.hpp>

namespace {

std::vector<std::string> field_names(const ream::Options& options) {
  std::vector<std::string> names = options.positional_list();
  if (names.empty()) throw ream::UsageError("which fields? ream drop abstract,source");
  return names;
}

class Drop : public ream::Stage {
 public:
  explicit Drop(ream::Context& ctx) : Stage(ctx), names_(field_names(ctx.options())) {}

  void process(ream::Record rec) override {
    for (const std::string& name : names_) rec.remove(name);
    context().emit(std::move(rec));
  }

 private:
  std::vector<std::string> names_;
};

constexpr const char* kDescription =
    "Removes the named top-level fields; the others keep their order and bytes. A named field a "
    "record lacks is ignored. Names are one comma-separated list (abstract,source); the words after it are input "
    "files.";

}  // namespace

REAM_PLUGIN(Drop, ream::PluginInfo{"drop", "1.0.0", "remove the named fields", kDescription, REAM_TRANSFORM, nullptr, 0,
                                   "FIELDS", "field names: abstract,source", 1, REAM_RECORD_LOCAL})
