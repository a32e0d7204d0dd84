// `ream select FIELDS`: keep only the named top-level fields, in the order
// named (Miller's `cut -o -f`).
//
// The record is pruned in place rather than rebuilt: the fields not named
// are removed, and the named ones that already stand in the named order
// stay where they are, bytes untouched.  The host keeps a field's position
// when it is set and appends a new one, so only the named fields after the
// first one out of order are moved: taken out and set again at the end,
// as their JSON text, byte for byte.  Setting a field makes the host check
// its JSON again, which building a new record did for every field; on
// `select id,year,title` of records written id,title,...,year, one field
// of three moves.  A named field a record lacks is left out, not written
// as null, as Miller does.
#include <ream/plugin.hpp>

#include <algorithm>

namespace {

// The names, each once (a repeated name adds nothing).
std::vector<std::string> field_names(const ream::Options& options) {
  std::vector<std::string> names;
  for (std::string& name : options.positional_list())
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  if (names.empty()) throw ream::UsageError("which fields? ream select id,year,title");
  return names;
}

class Select : public ream::Stage {
 public:
  explicit Select(ream::Context& ctx) : Stage(ctx), names_(field_names(ctx.options())) {}

  void process(ream::Record rec) override {
    remove_unnamed(rec);
    move_out_of_order(rec);
    context().emit(std::move(rec));
  }

 private:
  bool named(std::string_view key) const { return std::find(names_.begin(), names_.end(), key) != names_.end(); }

  // Back to front, so the positions still to visit do not shift.
  void remove_unnamed(ream::Record& rec) {
    for (size_t i = rec.size(); i-- > 0;) {
      std::string_view key = rec.key(i);
      if (!named(key)) {
        doomed_.assign(key);  // the key's bytes go with the field
        rec.remove(doomed_);
      }
    }
  }

  // The record now holds named fields only, each once.  The longest run
  // of them, in the named order, whose positions in the record increase
  // stays where it is; the others are set again, in the named order, after
  // it.
  void move_out_of_order(ream::Record& rec) {
    size_t in_place = 0, last = 0;
    for (const std::string& name : names_) {
      auto at = position(rec, name);
      if (!at) continue;
      if (in_place > 0 && *at < last) break;
      last = *at;
      ++in_place;
    }
    if (in_place == rec.size()) return;
    for (const std::string& name : names_) {
      auto value = rec.json(name);
      if (!value) continue;
      if (in_place > 0) {
        --in_place;
        continue;
      }
      moving_.assign(*value);  // the value's bytes go with the field
      rec.remove(name);
      rec.set_json(name, moving_);
    }
  }

  static std::optional<size_t> position(const ream::Record& rec, std::string_view name) {
    for (size_t i = 0, n = rec.size(); i < n; ++i)
      if (rec.key(i) == name) return i;
    return std::nullopt;
  }

  std::vector<std::string> names_;
  std::string doomed_, moving_;  // reused, not allocated per record
};

constexpr const char* kDescription =
    "Keeps the named top-level fields, in the order named, and removes every other field. A field "
    "a record lacks is left out. Names are one comma-separated list (id,year,title); the words after it are input "
    "files.";

}  // namespace

REAM_PLUGIN(Select,
            ream::PluginInfo{"select", "1.0.0", "keep the named fields, in that order", kDescription, REAM_TRANSFORM,
                             nullptr, 0, "FIELDS", "field names: id,year,title", 1, REAM_RECORD_LOCAL})
