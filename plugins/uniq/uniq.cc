// `ream uniq -f FIELDS`: the first record for each value of FIELDS.
//
// Later records with a value already seen are dropped (and counted).
// Values are compared by their JSON text, so 2024 and "2024" differ; a
// missing field is the same value as null, as in jq's unique_by.  Memory
// holds one copy of each distinct value.  For near-duplicates (the same
// paper spelled differently) use `ream dedupe`.
#include <ream/plugin.hpp>

#include <unordered_set>

namespace {

const ream_option_spec kOptions[] = {
    {"field", 'f', REAM_OPT_STRING, "FIELDS", nullptr, nullptr,
     "the fields whose value (comma-separated: combination of values) must be new", REAM_OPT_REQUIRED | REAM_OPT_LIST},
};

class Uniq : public ream::Stage {
 public:
  explicit Uniq(ream::Context& ctx) : Stage(ctx), fields_(ctx.options().list("field")) {
    if (fields_.empty()) throw ream::UsageError("-f needs a field name");
  }

  void process(ream::Record rec) override {
    key_.clear();
    for (const std::string& field : fields_) {
      auto value = rec.json(field);
      key_.append(value ? *value : std::string_view("null"));
      key_.push_back('\x1f');  // cannot occur unescaped in JSON text
    }
    if (seen_.insert(key_).second)
      context().emit(std::move(rec));
    else
      context().drop(std::move(rec));
  }

 private:
  std::vector<std::string> fields_;
  std::string key_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

REAM_PLUGIN(Uniq, ream::PluginInfo{"uniq", "1.0.0", "keep the first record per value of fields",
                                   "Passes the first record for each value of FIELDS and drops the later ones. "
                                   "Values compare by their JSON text; a missing field counts as null. For the "
                                   "same paper written differently, use dedupe.",
                                   REAM_TRANSFORM, kOptions, std::size(kOptions)})
