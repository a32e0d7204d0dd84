// `ream rename OLD=NEW[,...]`: rename top-level fields in place (Miller's
// `rename`, jq's `with_entries`).
//
// The renamed field keeps its position, so a record whose field is renamed
// is rebuilt in order (the host would append a newly named field at the
// end).  When NEW is already a field, the renamed value replaces it, as in
// Miller; records without OLD pass untouched.
#include <ream/plugin.hpp>

#include <map>

namespace {

std::map<std::string, std::string, std::less<>> renames(const ream::Options& options) {
  std::map<std::string, std::string, std::less<>> out;
  std::vector<std::string> pairs = options.positional_list();
  if (pairs.empty()) throw ream::UsageError("what to rename? ream rename OLD=NEW[,OLD=NEW...]");
  for (const std::string& pair : pairs) {
    size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
      throw ream::UsageError("'" + pair + "' is not OLD=NEW");
    if (!out.emplace(pair.substr(0, eq), pair.substr(eq + 1)).second)
      throw ream::UsageError("'" + pair.substr(0, eq) + "' is renamed twice");
  }
  return out;
}

class Rename : public ream::Stage {
 public:
  explicit Rename(ream::Context& ctx) : Stage(ctx), renames_(renames(ctx.options())) {}

  void process(ream::Record rec) override {
    if (!touches(rec)) {
      context().emit(std::move(rec));
      return;
    }
    ream::Record out = context().new_record();
    for (size_t i = 0, n = rec.size(); i < n; ++i) {
      std::string_view key = rec.key(i);
      auto renamed = renames_.find(key);
      if (renamed == renames_.end() && renamed_into(rec, key)) continue;  // replaced by a renamed field
      out.set_json(renamed == renames_.end() ? key : std::string_view(renamed->second), *rec.json(key));
    }
    if (auto origin = rec.origin()) out.set_origin(origin->first, origin->second);
    context().emit(std::move(out));
  }

 private:
  bool touches(const ream::Record& rec) const {
    for (const auto& [old_name, new_name] : renames_)
      if (rec.has(old_name)) return true;
    return false;
  }
  // Whether a present field is renamed to `key`.
  bool renamed_into(const ream::Record& rec, std::string_view key) const {
    for (const auto& [old_name, new_name] : renames_)
      if (new_name == key && rec.has(old_name)) return true;
    return false;
  }

  std::map<std::string, std::string, std::less<>> renames_;
};

constexpr const char* kDescription =
    "Renames top-level fields; a renamed field keeps its place. When the new name is already a "
    "field, the renamed value replaces it. Pairs are one comma-separated list (venue=journal,year=published); "
    "the words after it are input files.";

}  // namespace

REAM_PLUGIN(Rename, ream::PluginInfo{"rename", "1.0.0", "rename fields in place", kDescription, REAM_TRANSFORM, nullptr,
                                     0, "OLD=NEW", "renames: venue=journal,year=published", 1, REAM_RECORD_LOCAL})
