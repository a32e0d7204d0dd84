// `ream count [-f FIELDS]`: how many records, or how many per value.
//
// Without -f, one record {"count": N}.  With -f, one record per distinct
// value (or combination of values, -f venue,year), written as Miller's
// count-distinct writes them: {"venue": "...", "year": 2024, "count": N},
// most frequent first, ties in order of first appearance.  Values are
// grouped by their JSON text, so 2024 and "2024" are different values and
// a value is written back byte for byte.  As in Miller, a record lacking
// one of the fields is not counted.  Every input record is consumed: the
// host counts it as dropped, and the counts are the stage's output.
#include <ream/plugin.hpp>

#include <algorithm>
#include <unordered_map>

namespace {

const ream_option_spec kOptions[] = {
    {"field", 'f', REAM_OPT_STRING, "FIELDS", nullptr, nullptr,
     "count records per value of FIELDS (comma-separated: a combination) instead of in total", REAM_OPT_LIST},
};

class Count : public ream::Stage {
 public:
  explicit Count(ream::Context& ctx) : Stage(ctx), fields_(ctx.options().list("field")) {
    for (const auto& f : fields_)
      if (f == "count") throw ream::UsageError("-f count: the output already has a field named count");
  }

  void process(ream::Record rec) override {
    ++total_;
    if (!fields_.empty()) tally(rec);
    context().drop(std::move(rec));
  }

  void finish() override {
    if (fields_.empty()) {
      ream::Record out = context().new_record();
      out.set_int("count", static_cast<int64_t>(total_));
      context().emit(std::move(out));
      return;
    }
    std::vector<const std::pair<const std::string, Group>*> order;
    order.reserve(groups_.size());
    for (const auto& g : groups_) order.push_back(&g);
    std::sort(order.begin(), order.end(), [](auto* a, auto* b) {
      return a->second.count != b->second.count ? a->second.count > b->second.count
                                                : a->second.first_seen < b->second.first_seen;
    });
    for (const auto* g : order) {
      ream::Record out = context().new_record();
      std::string_view values = g->first;
      for (const std::string& field : fields_) {
        size_t end = values.find('\x1f');
        out.set_json(field, values.substr(0, end));
        values.remove_prefix(std::min(values.size(), end + 1));
      }
      out.set_int("count", static_cast<int64_t>(g->second.count));
      if (!context().emit(std::move(out))) return;
    }
  }

 private:
  struct Group {
    uint64_t count = 0;
    uint64_t first_seen = 0;
  };

  // The fields' JSON texts joined by a unit separator, which JSON text
  // cannot contain unescaped.
  void tally(const ream::Record& rec) {
    key_.clear();
    for (size_t i = 0; i < fields_.size(); ++i) {
      auto value = rec.json(fields_[i]);
      if (!value) return;
      if (i) key_.push_back('\x1f');
      key_.append(*value);
    }
    auto [it, added] = groups_.try_emplace(key_);
    if (added) it->second.first_seen = total_;
    ++it->second.count;
  }

  std::vector<std::string> fields_;
  uint64_t total_ = 0;
  std::string key_;
  std::unordered_map<std::string, Group> groups_;
};

constexpr const char* kDescription =
    "Counts records: one {\"count\": N} record, or with -f FIELDS one record per distinct value "
    "({\"year\": 2024, \"count\": N}, as Miller's count-distinct), most frequent first, ties in order "
    "of first appearance. Values are grouped by their JSON text; records lacking a field are not counted.";

}  // namespace

REAM_PLUGIN(Count, ream::PluginInfo{"count", "1.0.0", "count records, in total or per value", kDescription,
                                    REAM_TRANSFORM, kOptions, std::size(kOptions)})
