// `ream select FIELDS`: keep only the named top-level fields, in the order
// named (Miller's `cut -o -f`).
//
// The record is rebuilt rather than pruned, because the host keeps a
// field's position when it is set: building a new record field by field
// is what puts `select id,year,title` in that order.  Values are copied as
// their JSON text, byte for byte.  A named field a record lacks is left
// out, not written as null, as Miller does.
#include <ream/plugin.hpp>

namespace {

std::vector<std::string> field_names(const ream::Options& options) {
  std::vector<std::string> names = options.positional_list();
  if (names.empty()) throw ream::UsageError("which fields? ream select id,year,title");
  return names;
}

class Select : public ream::Stage {
 public:
  explicit Select(ream::Context& ctx) : Stage(ctx), names_(field_names(ctx.options())) {}

  void process(ream::Record rec) override {
    ream::Record out = context().new_record();
    for (const std::string& name : names_)
      if (auto value = rec.json(name)) out.set_json(name, *value);
    if (auto origin = rec.origin()) out.set_origin(origin->first, origin->second);
    context().emit(std::move(out));
  }

 private:
  std::vector<std::string> names_;
};

constexpr const char* kDescription =
    "Keeps the named top-level fields, in the order named, and removes every other field. A field "
    "a record lacks is left out. Names are one comma-separated list (id,year,title); the words after it are input "
    "files.";

}  // namespace

REAM_PLUGIN(Select,
            ream::PluginInfo{"select", "1.0.0", "keep the named fields, in that order", kDescription, REAM_TRANSFORM,
                             nullptr, 0, "FIELDS", "field names: id,year,title", 1, REAM_RECORD_LOCAL})
