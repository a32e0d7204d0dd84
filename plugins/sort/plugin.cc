// `ream sort --by KEYS`: order records by fields, in bounded memory.
//
// Each record's key is made once on arrival (sort_key.hh), and the key
// and the record's JSON text are kept back to back in one arena
// (arena.hh): holding host records instead cost three times the memory
// and twice the time (every record its own allocations, and a copy of its
// text besides).  What is sorted is an array of small entries: the place
// of the bytes, the origin, and the key's first 16 bytes as two integers,
// which decide most comparisons without touching the arena.  When the
// arena and the entries pass --memory, records are sorted and spilled as
// a run to an unnamed temporary file (runs.hh), and at the end the runs
// are merged with what is still in memory.
// The arena is cut into kSegments segments, filled one after the other.
// The first spills write only the oldest segment's records, so an input
// a little larger than --memory spills only what does not fit (a 2x
// input wrote all of it before, as two full runs, and disk writes and
// reads were a third of the sort's time), and keeps the rest in memory
// for the final merge.  After kSmallRuns such runs every spill writes
// all that is held, so a huge input makes runs of the full --memory
// size and their number stays within one merge's fan-in as before.
// Records are made again on the way out, with the file and line they
// were read from, so later stages' messages still name them; the host's
// seal, kept with each text, spares checking its JSON a second time.  Keys end with the arrival
// number, so equal keys keep their input order (stable).
#include <ream/plugin.hpp>

#include <algorithm>
#include <unordered_map>

#include "arena.hh"
#include "runs.hh"
#include "sort_key.hh"

namespace {

using ream::sort::KeyField;
using ream::sort::KeyMaker;

const ream_option_spec kOptions[] = {
    {"by", 'b', REAM_OPT_STRING, "KEYS", nullptr, nullptr,
     "fields to sort by, comma-separated, -FIELD for descending: --by=-year,title", REAM_OPT_REQUIRED | REAM_OPT_LIST},
    {"reverse", 'r', REAM_OPT_FLAG, nullptr, nullptr, nullptr, "reverse the order of every key", 0},
    {"locale", 0, REAM_OPT_STRING, "LOCALE", nullptr, nullptr,
     "ICU locale whose collation orders strings (de, sv, fr-CA; C for code point order); the root collation "
     "when absent",
     0},
    {"memory", 'm', REAM_OPT_STRING, "SIZE", "64M", nullptr,
     "records held in memory before sorted runs go to temporary files (1M or more: 64M, 2G)", 0},
};

KeyMaker make_keys(const ream::Options& options) {
  try {
    return KeyMaker(ream::sort::parse_keys(options.list("by"), options.flag("reverse")), options.string("locale"));
  } catch (const std::invalid_argument& e) {
    throw ream::UsageError(e.what());
  }
}

// The arena's parts, and how many runs are written one part at a time.
constexpr size_t kSegments = 4;
constexpr size_t kSmallRuns = 16;

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
        segments_(make_segments(budget_)),
        values_(keys_.fields().size()),
        decoded_(keys_.fields().size()) {}

  void process(ream::Record rec) override {
    const auto& fields = keys_.fields();
    for (size_t i = 0; i < fields.size(); ++i) {
      values_[i] = rec.json(fields[i].name);
      decoded_[i] = string_text(rec, fields[i].name, values_[i]);
    }
    key_.clear();
    keys_.append(key_, values_, decoded_, sequence_++);
    uint64_t seal = 0;
    std::string_view json = rec.json(seal);
    if (json.size() > UINT32_MAX) throw ream::DataError("a record of 4 GB or more cannot be sorted");
    Entry e;
    e.prefix = ream::sort::KeyPrefix(key_);
    e.at = place(key_, json);
    e.key_size = static_cast<uint32_t>(key_.size());
    e.json_size = static_cast<uint32_t>(json.size());
    e.origin = origin_of(rec);
    e.seal = seal;
    held_.push_back(e);
    held_size_ += key_.size() + json.size();
    if (held_size_ + held_.size() * sizeof(Entry) > budget_) spill();
  }

  void finish() override {
    if (runs_.empty()) {
      sort_held();
      for (const Entry& e : held_) pass(json_of(e), e.origin, e.seal);
      return;
    }
    sort_held();
    ream::sort::merge_runs(std::move(runs_), std::make_unique<HeldCursor>(*this), [&](const ream::sort::Cursor& entry) {
      pass(entry.json(), entry.origin(), entry.seal());
      return true;
    });
  }

 private:
  // The text of a string field: between its quotes when it has no escapes
  // (no copy), else decoded by the host.
  static std::optional<std::string_view> string_text(const ream::Record& rec, std::string_view name,
                                                     std::optional<std::string_view> raw) {
    if (!raw || raw->size() < 2 || raw->front() != '"') return std::nullopt;
    if (raw->find('\\') == std::string_view::npos) return raw->substr(1, raw->size() - 2);
    return rec.string(name);
  }

  // A held record: its key's first bytes, and where its key and JSON text
  // are in the arena, so holding a record costs its bytes and no
  // allocation of its own.
  struct Entry {
    ream::sort::KeyPrefix prefix;  // the key's first 16 bytes
    uint64_t at;                   // the key, then the JSON text
    uint32_t key_size, json_size;
    ream::sort::Origin origin;
    uint64_t seal;  // the host's, of the JSON text
  };

  bool before(const Entry& a, const Entry& b) const {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return key_of(a) < key_of(b);
  }

  // File names are few; each is kept once and records name it by number.
  ream::sort::Origin origin_of(const ream::Record& rec) {
    ream::sort::Origin origin;
    auto where = rec.origin();
    if (!where) return origin;
    if (where->first != last_file_) {
      auto [it, added] = file_ids_.try_emplace(std::string(where->first), static_cast<uint32_t>(files_.size()));
      if (added) files_.emplace_back(where->first);
      last_file_ = it->first;
      last_file_id_ = it->second;
    }
    origin.file = last_file_id_;
    origin.line = where->second;
    return origin;
  }

  // The sorted entries still in memory, as the merge's last source.
  class HeldCursor : public ream::sort::Cursor {
   public:
    explicit HeldCursor(const Sort& sort) : sort_(sort) {}
    bool next() override { return ++at_ < sort_.held_.size(); }
    std::string_view key() const override { return sort_.key_of(sort_.held_[at_]); }
    std::string_view json() const override { return sort_.json_of(sort_.held_[at_]); }
    ream::sort::Origin origin() const override { return sort_.held_[at_].origin; }
    uint64_t seal() const override { return sort_.held_[at_].seal; }

   private:
    const Sort& sort_;
    size_t at_ = SIZE_MAX;  // before the first
  };

  // An entry's `at`: its segment in the top byte, its offset below.
  static constexpr int kSegmentShift = 56;
  static constexpr uint64_t kOffsetMask = (uint64_t{1} << kSegmentShift) - 1;

  static std::vector<std::unique_ptr<ream::sort::Arena>> make_segments(uint64_t budget) {
    std::vector<std::unique_ptr<ream::sort::Arena>> segments;
    for (size_t i = 0; i < kSegments; ++i) segments.push_back(std::make_unique<ream::sort::Arena>(budget / kSegments));
    return segments;
  }

  size_t segment_of(const Entry& e) const { return static_cast<size_t>(e.at >> kSegmentShift); }
  std::string_view view(const Entry& e, size_t skip, size_t size) const {
    return segments_[segment_of(e)]->view((e.at & kOffsetMask) + skip, size);
  }
  std::string_view key_of(const Entry& e) const { return view(e, 0, e.key_size); }
  std::string_view json_of(const Entry& e) const { return view(e, e.key_size, e.json_size); }

  // Store a key and its record's text in the segment being filled, or in
  // the next empty one; with none empty, spill first.  A record larger
  // than a segment goes to an empty one, which grows for it.
  uint64_t place(std::string_view key, std::string_view json) {
    size_t need = key.size() + json.size();
    for (;;) {
      if (!filling_.empty()) {
        ream::sort::Arena& last = *segments_[filling_.back()];
        if (last.size() + need <= budget_ / kSegments || last.size() == 0)
          return (uint64_t{filling_.back()} << kSegmentShift) | last.append(key, json);
      }
      if (filling_.size() < kSegments) {
        for (size_t i = 0; i < kSegments; ++i)
          if (std::find(filling_.begin(), filling_.end(), i) == filling_.end()) {
            filling_.push_back(i);
            break;
          }
        continue;
      }
      spill();
    }
  }

  void sort_entries(std::vector<Entry>::iterator begin, std::vector<Entry>::iterator end) {
    std::sort(begin, end, [&](const Entry& a, const Entry& b) { return before(a, b); });
  }
  void sort_held() { sort_entries(held_.begin(), held_.end()); }

  // Write the oldest segment's records as a run, or, once kSmallRuns runs
  // are written or when only one segment holds records, all of them.
  // held_ is in arrival order until the end, and segments are filled in
  // turn, so the oldest segment's records are the first of held_.
  void spill() {
    size_t count = held_.size();
    bool oldest_only = runs_.size() < kSmallRuns && filling_.size() > 1;
    if (oldest_only) {
      size_t oldest = filling_.front();
      count = 0;
      while (count < held_.size() && segment_of(held_[count]) == oldest) ++count;
    }
    auto end = held_.begin() + static_cast<std::ptrdiff_t>(count);
    sort_entries(held_.begin(), end);
    ream::sort::RunWriter run;
    for (auto e = held_.begin(); e != end; ++e) {
      run.write_in_place(key_of(*e), json_of(*e), e->origin, e->seal);
      held_size_ -= e->key_size + e->json_size;
    }
    runs_.push_back(run.finish());
    held_.erase(held_.begin(), end);
    size_t emptied = oldest_only ? 1 : filling_.size();
    for (size_t i = 0; i < emptied; ++i) {
      segments_[filling_.front()]->clear();
      filling_.erase(filling_.begin());
    }
  }

  // The record is made again from its text, which the host does not
  // check again when it still matches its seal; once downstream wants no
  // more, the rest is accounted as dropped.
  void pass(std::string_view json, ream::sort::Origin origin, uint64_t seal) {
    ream::Record rec = context().parse(json, seal);
    if (origin.file != ream::sort::Origin::kNone) rec.set_origin(files_[origin.file], origin.line);
    if (context().stopped())
      context().drop(std::move(rec));
    else
      context().emit(std::move(rec));
  }

  KeyMaker keys_;
  uint64_t budget_;
  std::vector<std::unique_ptr<ream::sort::Arena>> segments_;
  std::vector<size_t> filling_;  // segments holding records, oldest first
  uint64_t held_size_ = 0;       // bytes of keys and texts held
  std::vector<std::optional<std::string_view>> values_, decoded_;
  std::string key_;  // the key being made, reused
  uint64_t sequence_ = 0;
  std::vector<Entry> held_;
  std::vector<ream::sort::File> runs_;
  std::vector<std::string> files_;
  std::unordered_map<std::string, uint32_t> file_ids_;
  std::string_view last_file_;  // a key of file_ids_: most records come from the file before them
  uint32_t last_file_id_ = 0;
};

constexpr const char* kDescription =
    "Orders records by one or more fields (--by=-year,title: newest first, then by title). "
    "Numbers sort numerically, strings by ICU collation (--locale), other JSON values by their text; "
    "a missing or null field sorts last in either direction. The sort is stable. Records beyond "
    "--memory are sorted in runs written to temporary files and merged at the end, so inputs larger "
    "than memory sort in bounded space; the files disappear on any exit.";

}  // namespace

REAM_PLUGIN(Sort,
            ream::PluginInfo{"sort", "1.0.0", "order records by fields, in bounded memory", kDescription,
                             REAM_TRANSFORM, kOptions, std::size(kOptions), nullptr, nullptr, -1, REAM_SERIAL_LIGHT})
