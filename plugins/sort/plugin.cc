// `ream sort --by KEYS`: order records by fields, in bounded memory.
//
// Each record's key is made once on arrival (sort_key.hh).  Records are
// held in memory until their estimated size passes --memory; then they are
// sorted and spilled as a run to an unnamed temporary file (runs.hh), and
// at the end the runs are merged.  An input that fits is sorted in memory
// and its records pass on without being serialised again.  Keys end with
// the arrival number, so equal keys keep their input order (stable).
#include <ream/plugin.hpp>

#include <algorithm>

#include "runs.hh"
#include "sort_key.hh"

namespace {

using ream::sort::KeyField;
using ream::sort::KeyMaker;

const ream_option_spec kOptions[] = {
    {"by", 'b', REAM_OPT_STRING, "KEYS", nullptr, nullptr,
     "fields to sort by, comma-separated, -FIELD for descending: --by=-year,title", REAM_OPT_REQUIRED | REAM_OPT_LIST},
    {"reverse", 'r', REAM_OPT_FLAG, nullptr, nullptr, nullptr, "reverse the order of every key", 0},
    {"locale", 0, REAM_OPT_STRING, "LOCALE", "", nullptr,
     "ICU locale whose collation orders strings (de, sv, fr-CA); the root collation when empty", 0},
    {"memory", 'm', REAM_OPT_STRING, "SIZE", "64M", nullptr,
     "records held in memory before sorted runs go to temporary files (512K, 64M, 2G)", 0},
};

KeyMaker make_keys(const ream::Options& options) {
  try {
    return KeyMaker(ream::sort::parse_keys(options.list("by"), options.flag("reverse")), options.string("locale"));
  } catch (const std::invalid_argument& e) {
    throw ream::UsageError(e.what());
  }
}

uint64_t memory_budget(const ream::Options& options) {
  std::string text = options.string("memory", "64M");
  auto bytes = ream::sort::parse_size(text);
  if (!bytes || *bytes < (1u << 20))
    throw ream::UsageError("--memory must be a size of 1M or more, not '" + text + "'");
  return *bytes;
}

class Sort : public ream::Stage {
 public:
  explicit Sort(ream::Context& ctx)
      : Stage(ctx),
        keys_(make_keys(ctx.options())),
        budget_(memory_budget(ctx.options())),
        values_(keys_.fields().size()),
        decoded_(keys_.fields().size()) {}

  void process(ream::Record rec) override {
    const auto& fields = keys_.fields();
    for (size_t i = 0; i < fields.size(); ++i) {
      values_[i] = rec.json(fields[i].name);
      decoded_[i] =
          values_[i] && !values_[i]->empty() && values_[i]->front() == '"' ? rec.string(fields[i].name) : std::nullopt;
    }
    std::string key;
    keys_.append(key, values_, decoded_, sequence_++);
    // What the record costs the host (its text, the field table) and us.
    held_bytes_ += key.size() + 2 * rec.json().size() + 96 * rec.size() + 128;
    held_.push_back({std::move(key), std::move(rec)});
    if (held_bytes_ > budget_) spill();
  }

  void finish() override {
    if (runs_.empty()) {
      sort_held();
      for (Entry& e : held_) pass(std::move(e.record));
      held_.clear();
      return;
    }
    spill();
    ream::sort::merge_runs(std::move(runs_), [&](std::string_view json) {
      pass(context().parse(json));
      return true;
    });
  }

 private:
  struct Entry {
    std::string key;
    ream::Record record;
  };

  void sort_held() {
    std::sort(held_.begin(), held_.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  }

  void spill() {
    sort_held();
    ream::sort::RunWriter run;
    for (Entry& e : held_) run.write(e.key, e.record.json());
    runs_.push_back(run.finish());
    held_.clear();
    held_.shrink_to_fit();
    held_bytes_ = 0;
  }

  // Once downstream wants no more, the rest is accounted as dropped.
  void pass(ream::Record rec) {
    if (context().stopped())
      context().drop(std::move(rec));
    else
      context().emit(std::move(rec));
  }

  KeyMaker keys_;
  uint64_t budget_;
  std::vector<std::optional<std::string_view>> values_, decoded_;
  uint64_t sequence_ = 0;
  std::vector<Entry> held_;
  uint64_t held_bytes_ = 0;
  std::vector<ream::sort::File> runs_;
};

constexpr const char* kDescription =
    "Orders records by one or more fields (--by=-year,title: newest first, then by title). "
    "Numbers sort numerically, strings by ICU collation (--locale), other JSON values by their text; "
    "a missing or null field sorts last in either direction. The sort is stable. Records beyond "
    "--memory are sorted in runs written to temporary files and merged at the end, so inputs larger "
    "than memory sort in bounded space; the files disappear on any exit.";

}  // namespace

REAM_PLUGIN(Sort, ream::PluginInfo{"sort", "1.0.0", "order records by fields, in bounded memory", kDescription,
                                   REAM_TRANSFORM, kOptions, std::size(kOptions)})
