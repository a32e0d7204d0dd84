// `ream dedupe`: drop duplicate papers, explain every merge, remember
// what earlier runs emitted.
//
// The stage adapts host records to the matching engine (matcher.cc) and
// applies the output policy.  With --keep first (the default) it streams:
// a record is compared with earlier records as it arrives and written at
// once unless it duplicates one of them.  --keep most-complete, --keep
// merge and --keep-all need whole clusters, so they hold the records until
// the end of the input: as text in a ream::Spool on disk, read back and
// parsed again one at a time, because in memory they cost several times
// the input (3.5 GB for a million generated records, against about 1 GB
// now).  Because they decide at the end, these modes also rebuild the
// clusters from all the evidence, strongest pairs first (Matcher::
// recluster).  --explain writes no records and holds none.  Output order is
// input order in every mode, and nothing depends on hash-table iteration,
// so the same input gives the same bytes.
#include <boost/json.hpp>
#include <ream/atomic_file.hpp>
#include <ream/plugin.hpp>
#include <ream/read_file.hpp>
#include <ream/spool.hpp>
#include <ream/text.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "distributed.hh"
#include "explain.hh"
#include "match_weights.hh"
#include "matcher.hh"
#include "parallel_batch.hh"
#include "record_fields.hh"
#include "record_quality.hh"
#include "report.hh"
#include "state_store.hh"

namespace {

using namespace ream::dedupe;

const ream_option_spec kOptions[] = {
    {"keep", 'k', REAM_OPT_CHOICE, "POLICY", "first", "first|most-complete|merge",
     "which record of a cluster to keep: the first seen, the best base (field quality: full names, an "
     "identifier, an abstract, no tracking URL), or that base with missing fields filled from the others",
     0},
    {"level", 0, REAM_OPT_CHOICE, "LEVEL", "publication", "publication|work",
     "what counts as one paper: each publication (a preprint, a conference paper and its journal version "
     "apart) or each work (its versions joined)",
     0},
    {"keep-all", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "pass every record, adding 'cluster': the id of its cluster's representative", 0},
    {"report", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "write one JSON line per cluster (members, representative, evidence for each matched pair) to FILE",
     REAM_OPT_WRITES},
    {"explain", 0, REAM_OPT_STRING, "ID1,ID2", nullptr, nullptr,
     "print the evidence for one pair of records as JSON instead of the records", 0},
    {"dropped", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr, "write every dropped record verbatim to FILE",
     REAM_OPT_WRITES},
    {"state", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "SQLite file remembering papers emitted by earlier runs; they are not emitted again",
     REAM_OPT_READS | REAM_OPT_WRITES},
    {"run-id", 0, REAM_OPT_STRING, "ID", nullptr, nullptr,
     "name this run in the --state file (a cron job passes the date): running the same ID again replaces that "
     "run and emits again what it emitted, so a re-run reproduces its digest",
     0},
    {"list", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "instead of deduplicating, emit one JSON line per run and per paper the --state file remembers", 0},
    {"forget", 0, REAM_OPT_STRING, "ID", nullptr, nullptr,
     "instead of deduplicating, forget the papers with this id, or every paper of the run of this name or number, "
     "in the --state file: they will be sent again",
     REAM_OPT_REPEATABLE | REAM_OPT_LIST},
    {"prune-before", 0, REAM_OPT_STRING, "DATE", nullptr, nullptr,
     "instead of deduplicating, forget runs started before DATE (YYYY-MM-DD) and their papers", 0},
    {"state-timeout", 0, REAM_OPT_NUMBER, "SECONDS", "30", nullptr,
     "how long to wait for another run holding the --state file before failing", 0},
    {"model", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "read the match-weight model from FILE (written by --save-model) instead of estimating one from the input",
     REAM_OPT_READS},
    {"save-model", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "write the match-weight model estimated from this input's record pairs to FILE", REAM_OPT_WRITES},
    {"match-weights", 0, REAM_OPT_NUMBER, "P", "0.99999", nullptr,
     "with --keep-all, merge or most-complete, also match pairs the rules leave open for want of corroboration "
     "(no veto, no pages on a side) whose match probability under the model is at least P; 1 turns it off",
     0},
    {"threads", 0, REAM_OPT_NUMBER, "N", nullptr, nullptr,
     "deprecated, -j supersedes it: split this stage's work for N of the run's workers (default: -j); with "
     "more than one, records are matched and written in batches of 512 (same output)",
     0},
    {"dist", 0, REAM_OPT_CHOICE, "STEP", nullptr,
     "state|map|pairs|titles|copies|em|components|tag|clusters|donors|apply|update",
     "run one step of a distributed dedupe (see DISTRIBUTED in ream-dedupe(1)); every step takes the run's other "
     "dedupe options, and the steps' joined output is the single process's",
     0},
    {"dist-source", 0, REAM_OPT_NUMBER, "N", "1", nullptr,
     "with --dist map and apply: the input file's place (1, 2, ...) among the files of the single run; 0 for the "
     "--state file's papers (the output of --dist state)",
     0},
    {"dist-run", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --dist state and update: the file holding the number of the run in the --state file",
     REAM_OPT_READS | REAM_OPT_WRITES},
    {"dist-remember", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --dist apply and --state: write the papers the part has the state file remember to FILE", REAM_OPT_WRITES},
    {"dist-context", 0, REAM_OPT_NUMBER, "LINES", "0", nullptr,
     "with --dist pairs: the first LINES lines of the input are the 64 lines before this piece of a block, read "
     "for comparison only",
     0},
    {"dist-memory", 0, REAM_OPT_NUMBER, "MB", "64", nullptr,
     "with --dist components: the megabytes of edges held in memory at once; more go to sorted runs in $TMPDIR "
     "(the labels are the same)",
     0},
    {"dist-records", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --dist pairs: the sorted r-lines of every part's map, where the compared records' features are read",
     REAM_OPT_READS},
    {"dist-model", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --dist clusters: the match-weight model of --dist em (or --model's)", REAM_OPT_READS},
    {"dist-decisions", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --dist donors and apply: the sorted output of --dist clusters", REAM_OPT_READS},
    {"dist-donors", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --dist apply and --keep merge: the sorted output of --dist donors", REAM_OPT_READS},
};

constexpr const char* kDescription =
    "Finds records of the same paper (arXiv id without version, DOI, normalised titles, title similarity, "
    "authors, year, venue, volume, pages, abstract) among candidates from MinHash LSH and exact key blocks, "
    "refuses merges a veto speaks against (a shared identifier with clearly different titles, years more "
    "than one apart, disjoint pages, erratum/retraction/reply/comment against the "
    "original, numbered siblings, generic titles without corroboration), weighs the pairs the rules leave open "
    "by match weights estimated from the input (Fellegi-Sunter), and keeps one record per cluster. With --keep "
    "first records stream. See ream-dedupe(1) for the rules, the weights, the report format and the state file.";

// How a record's fields are read: shared with the distributed steps.
using dist::filled_fields;
using dist::has_value;
using dist::merge_fields;
using dist::read_fields;
using dist::text_of;

// Files the stage writes beside its output (--dropped, --report) are
// ream::SideFile: renamed into place in commit(), with the output.
using ream::SideFile;

enum class Keep { first, most_complete, merge };

// Records per batch whose features and candidate pairs are computed on
// the run's workers (-j above 1): large enough that handing them out
// costs nothing, small enough that output does not lag far.  The host
// pushes records one at a time and offers no way to flush when input goes
// quiet, so batching delays output on a live feed until more input or its
// end: -j 1 matches and writes each record as it comes.
constexpr size_t kBatch = 512;

class Dedupe : public ream::Stage {
 public:
  explicit Dedupe(ream::Context& ctx) : Stage(ctx) {
    const auto& opts = ctx.options();
    if (opts.given("dist")) {
      dist_ = dist::make_step(ctx);
      return;
    }
    std::string keep = opts.string("keep", "first");
    keep_ = keep == "merge" ? Keep::merge : keep == "most-complete" ? Keep::most_complete : Keep::first;
    keep_all_ = opts.flag("keep-all");
    if (opts.string("level", "publication") == "work") matcher_ = Matcher(64, MatchLevel::work);
    if (opts.given("explain")) read_explain(opts.string("explain"));
    double timeout = opts.number("state-timeout", 30);
    if (timeout < 0) throw ream::UsageError("--state-timeout must be 0 or more");
    if (opts.given("dropped")) dropped_ = std::make_unique<SideFile>("dropped", opts.string("dropped"));
    if (opts.given("report")) report_ = std::make_unique<SideFile>("report", opts.string("report"));
    read_workers(opts);
    if (opts.given("run-id") && !opts.given("state")) throw ream::UsageError("--run-id needs --state FILE");
    if (opts.given("state"))
      load_state(opts.string("state"), timeout, opts.string("run-id"),
                 opts.flag("list") || opts.given("forget") || opts.given("prune-before"));
    inspect_state(opts);
    streaming_ = !decides_at_end() && !explain_;
    if (opts.given("model")) model_file_ = read_model(opts.string("model"));
    if (opts.given("save-model")) {
      save_model_ = opts.string("save-model");
      model_out_ = std::make_unique<SideFile>("save-model", *save_model_);
    }
    double p = opts.number("match-weights", kWeightThreshold);
    if (!(p > 0.5 && p <= 1)) throw ream::UsageError("--match-weights must be a probability above 0.5, at most 1");
    if (p < 1 && decides_at_end()) weight_threshold_ = p;
    if (wants_weights()) matcher_.keep_pairs_for_weights();
  }

  void process(ream::Record rec) override {
    if (dist_) return dist_->process(std::move(rec));
    Pending p{std::move(rec), {}, {}, {}, {}};
    if (auto where = p.rec.origin()) p.origin = Origin{intern_file(where->first), where->second};
    if (batch_ == 1) {
      p.fields = read_fields(p.rec);
      p.features = extract_features(p.fields);
      match(std::move(p));
      return;
    }
    filling_.push_back(std::move(p));
    if (filling_.size() >= batch_) match_batch();
  }

  void finish() override {
    if (dist_) return dist_->finish();
    match_batch();
    settle_weights();
    if (explain_) {
      // same_cluster answers for the clusters this mode would write.
      if (decides_at_end()) matcher_.recluster();
      explain();
    } else if (!streaming_) {
      matcher_.recluster();
      release_held();
    }
    if (report_) write_report();
    if (dropped_) dropped_->finish();
    if (inspecting_) return finish_inspection();
    if (state_) state_->prepare(records_in_, emitted_, output_identity());
  }

  // The host calls this only once the run's output is in place (the -o
  // digest renamed into place): a run that fails or is killed before then
  // leaves the state as it was, so no paper is remembered as sent that no
  // digest holds.
  void commit() override {
    if (dist_) return dist_->commit();
    if (dropped_) dropped_->commit();
    if (report_) report_->commit();
    if (model_out_) model_out_->commit();
    if (!state_) return;
    if (inspecting_) return state_->save();
    try {
      state_->commit();
    } catch (const ream::Error& e) {
      // The output is in place and the run was recorded as pending with
      // its identity: the next start marks it done.  Not a failure.
      context().warn(std::string(e.what()) + "; the next run will settle it");
    }
  }

 private:
  // Where a record came from, kept so that a warning about it names its
  // line even when it is matched while a later record is current.
  struct Origin {
    uint32_t file;  // index into files_
    uint64_t line;
  };
  // A record read but not yet matched.
  struct Pending {
    ream::Record rec;
    Fields fields;
    Features features;
    std::optional<Origin> origin;
    std::optional<uint32_t> copy_of;  // remembered_copy, in a batch
  };

  uint32_t intern_file(std::string_view file) {
    if (files_.empty() || files_.back() != file) files_.emplace_back(file);
    return static_cast<uint32_t>(files_.size() - 1);
  }

  // --threads N (deprecated; -j supersedes it) or the run's -j: more
  // than one worker matches records in batches (parallel_batch.cc).
  void read_workers(const ream::Options& opts) {
    workers_ = context().jobs();
    if (opts.given("threads")) {
      double threads = opts.number("threads", 1);
      if (!(threads >= 1 && threads <= 4096) || threads != static_cast<double>(static_cast<size_t>(threads)))
        throw ream::UsageError("--threads must be a whole number from 1 to 4096");
      workers_ = static_cast<size_t>(threads);
      workers_given_ = true;
    }
    batch_ = workers_ > 1 ? kBatch : 1;
    if (batch_ > 1) prepare_for_workers();
  }

  // The run's workers as the matching engine takes them.  --threads N
  // cuts the work into at most N pieces, so no more than N run at once.
  ParallelFor workers() {
    return [this](size_t count, size_t grain, const PieceBody& body) {
      if (workers_given_) grain = std::max(grain, (count + workers_ - 1) / workers_);
      context().parallel_for(count, grain, [&body](size_t begin, size_t end) { body(begin, end); });
    };
  }

  // The records read since the last batch: their fields and features on
  // the workers (each piece its own records), then matched in input
  // order, candidate pairs scored on the workers (Matcher::add_batch).
  void match_batch() {
    if (filling_.empty()) return;
    ParallelFor parallel_for = workers();
    parallel_for(filling_.size(), 0, [this](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) {
        Pending& p = filling_[i];
        p.fields = read_fields(p.rec);
        p.features = extract_features(p.fields);
        p.copy_of = remembered_copy(p.fields);
      }
    });
    std::vector<Features> features;
    std::vector<std::optional<uint32_t>> copies;
    features.reserve(filling_.size());
    for (auto& p : filling_) {
      features.push_back(std::move(p.features));
      copies.push_back(p.copy_of);
    }
    size_t conflicts_before = matcher_.conflicts().size();
    auto matched = matcher_.add_batch(std::move(features), copies, parallel_for);
    for (size_t i = 0; i < filling_.size(); ++i) {
      warn_conflicts(conflicts_before, filling_[i].origin, matched[i].conflicts_end);
      conflicts_before = matched[i].conflicts_end;
      settle(std::move(filling_[i]), matched[i].duplicate_of);
    }
    filling_.clear();
  }

  void match(Pending&& p) {
    size_t conflicts_before = matcher_.conflicts().size();
    auto duplicate_of = matcher_.add(std::move(p.features), remembered_copy(p.fields));
    warn_conflicts(conflicts_before, p.origin);
    settle(std::move(p), duplicate_of);
  }

  // What becomes of a matched record: dropped, held or written.
  void settle(Pending&& p, std::optional<uint32_t> duplicate_of) {
    ++records_in_;
    if (explain_) {
      context().drop(std::move(p.rec));
      return;
    }
    if (!streaming_) {
      hold(p.rec, p.fields);
      return;
    }
    if (duplicate_of) {
      drop(std::move(p.rec));
      return;
    }
    if (state_) state_->remember(p.fields);
    ++emitted_;
    context().emit(std::move(p.rec));
  }

  void read_explain(const std::string& value) {
    size_t comma = value.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == value.size() ||
        value.find(',', comma + 1) != std::string::npos)
      throw ream::UsageError("--explain takes two record ids separated by a comma: ID1,ID2");
    explain_ = std::make_pair(value.substr(0, comma), value.substr(comma + 1));
  }

  std::optional<OutputIdentity> output_identity() const {
    auto out = const_cast<Dedupe*>(this)->context().output_file();
    if (!out) return std::nullopt;
    return OutputIdentity{out->path, out->dev, out->ino};
  }

  // --list, --forget, --prune-before: the state file is inspected or
  // repaired, and the records read are dropped.
  void inspect_state(const ream::Options& opts) {
    inspecting_ = opts.flag("list") || opts.given("forget") || opts.given("prune-before");
    if (!inspecting_) return;
    if (!state_) throw ream::UsageError("--list, --forget and --prune-before need --state FILE");
    if (opts.given("run-id")) throw ream::UsageError("--run-id names a run that deduplicates; not with --list");
    for (const auto& id : opts.list("forget")) forgotten_ += state_->forget(id);
    if (opts.given("prune-before")) {
      std::string date = opts.string("prune-before");
      if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        throw ream::UsageError("--prune-before takes a date as YYYY-MM-DD, not '" + date + "'");
      forgotten_ += state_->prune_before(date);
    }
    listing_ = opts.flag("list");
  }

  void finish_inspection() {
    if (listing_) {
      for (const auto& r : state_->runs()) {
        ream::Record rec = context().new_record();
        rec.set_int("run", r.number);
        if (!r.name.empty()) rec.set_string("name", r.name);
        if (!r.started.empty()) rec.set_string("started", r.started);
        rec.set_string("status", r.status);
        if (!r.output.empty()) rec.set_string("output", r.output);
        rec.set_int("records_in", r.records_in);
        rec.set_int("emitted", r.emitted);
        rec.set_int("papers", r.papers);
        context().emit(std::move(rec));
      }
      for (const auto& [id, run] : state_->papers()) {
        ream::Record rec = context().new_record();
        rec.set_string("paper", id);
        if (!run.empty()) rec.set_string("run", run);
        context().emit(std::move(rec));
      }
    } else {
      context().warn("forgot " + std::to_string(forgotten_) + " papers; they will be sent again");
    }
  }

  void load_state(const std::string& path, double timeout, const std::string& run_id, bool inspecting) {
    state_ = std::make_unique<StateStore>(path, timeout, run_id, inspecting ? StateUse::inspect : StateUse::run);
    std::vector<Fields> papers = state_->remembered();
    for (size_t i = 0; i < papers.size(); ++i)
      remembered_.emplace(ream::text::hash64(fields_to_json(papers[i])), static_cast<uint32_t>(i));
    if (batch_ == 1) {
      for (const Fields& f : papers) matcher_.add(extract_features(f));
    } else {
      for (size_t begin = 0; begin < papers.size(); begin += batch_) {
        std::vector<const Fields*> batch;
        for (size_t i = begin; i < std::min(papers.size(), begin + batch_); ++i) batch.push_back(&papers[i]);
        std::vector<Features> features;
        extract_features_parallel(batch, features, workers());
        matcher_.add_batch(std::move(features), std::vector<std::optional<uint32_t>>(batch.size()), workers());
      }
    }
    prior_ = static_cast<uint32_t>(matcher_.size());
  }

  // The remembered paper whose fields this record repeats exactly, if
  // any.  The rules alone would let such a record through again when they
  // need more than it has ("Music Transformer", no authors, no year: a
  // generic short title without corroboration), and a daily run would
  // send it every day.
  std::optional<uint32_t> remembered_copy(const Fields& f) const {
    if (remembered_.empty()) return std::nullopt;
    auto it = remembered_.find(ream::text::hash64(fields_to_json(f)));
    if (it == remembered_.end()) return std::nullopt;
    return it->second;
  }

  // Warns of the conflicts from `from` up to `to` (all from `from` when
  // SIZE_MAX), raised by the record from `origin`.
  void warn_conflicts(size_t from, const std::optional<Origin>& origin, size_t to = SIZE_MAX) {
    const auto& conflicts = matcher_.conflicts();
    for (size_t i = from; i < std::min(to, conflicts.size()); ++i) {
      const auto& c = conflicts[i];
      std::string message = "'" + matcher_.features(c.later).id + "' shares an identifier with '" +
                            matcher_.features(c.earlier).id + "' but is a different item (" +
                            std::string(c.evidence.rule) + "); kept apart";
      if (origin)
        context().warn(files_[origin->file], origin->line, message);
      else
        context().warn(message);
    }
  }

  void drop(ream::Record&& rec) {
    if (dropped_) dropped_->line(rec.json());
    context().drop(std::move(rec));
  }

  // A record waiting for the end of the input: its text in the spool and
  // what --keep most-complete needs to choose without reading it back.
  struct Held {
    ream::Spool::Slot slot;
    float quality = 0;  // record_quality
  };

  void hold(const ream::Record& rec, const Fields& fields) {
    held_.push_back(Held{spool_.append(rec.json()), static_cast<float>(record_quality(fields, filled_fields(rec)))});
  }

  ream::Record read_back(size_t held) { return context().parse(spool_.read(held_[held].slot)); }

  // Record number (in the matcher) of held record i, and back.
  uint32_t number_of(size_t held) const { return prior_ + static_cast<uint32_t>(held); }

  // The cluster member to keep: a remembered paper if there is one (it was
  // emitted before), else by the --keep policy: the first, or the best
  // base (best_base: by record_quality, ties to the earliest; for --keep
  // merge not an importer's "~N" copy of another member's id).
  uint32_t representative(const std::vector<uint32_t>& members) const {
    if (members.front() < prior_ || keep_ == Keep::first) return members.front();
    std::vector<std::string_view> ids;
    std::vector<float> quality;
    for (uint32_t m : members) {
      ids.push_back(matcher_.features(m).id);
      quality.push_back(held_[m - prior_].quality);
    }
    return members[best_base(ids, quality, keep_ == Keep::merge)];
  }

  // --keep merge: the representative with the fields it lacks filled
  // from the other members (best base first), spooled again in its place,
  // with where each filled field came from in 'filled_from'.  The
  // representative keeps its own id.  A flag that describes another
  // field ('et_al': the author list was cut short) is copied only with
  // that field, never onto the representative's own author list; a
  // tracking URL is not copied at all.
  void fill_from_members(uint32_t rep_number, const std::vector<uint32_t>& members) {
    ream::Record rep = read_back(rep_number - prior_);
    std::vector<uint32_t> donors;
    for (uint32_t m : members)
      if (m != rep_number) donors.push_back(m);
    std::stable_sort(donors.begin(), donors.end(),
                     [&](uint32_t x, uint32_t y) { return held_[x - prior_].quality > held_[y - prior_].quality; });
    std::vector<std::string> merged_from;
    boost::json::object filled_from;
    for (uint32_t m : donors) {
      const ream::Record other = read_back(m - prior_);
      const std::string& donor = matcher_.features(m).id;
      merge_fields(rep, other, donor, filled_from);
    }
    for (uint32_t m : members)
      if (m != rep_number) merged_from.push_back(matcher_.features(m).id);
    if (!merged_from.empty()) rep.set_strings("merged_from", merged_from);
    if (!filled_from.empty()) rep.set_json("filled_from", boost::json::serialize(filled_from));
    held_[rep_number - prior_].slot = spool_.append(rep.json());
  }

  void release_held() {
    std::vector<uint32_t> rep_of(held_.size());
    chosen_.assign(matcher_.size(), 0);
    for (auto& members : matcher_.clusters().all()) {
      chosen_[members.front()] = members.front();
      if (members.back() < prior_) continue;
      uint32_t rep = representative(members);
      chosen_[members.front()] = rep;
      for (uint32_t m : members)
        if (m >= prior_) rep_of[m - prior_] = rep;
      if (keep_ == Keep::merge && rep >= prior_ && members.size() > 1) fill_from_members(rep, members);
    }
    for (size_t i = 0; i < held_.size(); ++i) {
      uint32_t self = number_of(i);
      ream::Record rec = read_back(i);
      if (rep_of[i] == self && state_) state_->remember(read_fields(rec));
      if (keep_all_) {
        rec.set_string("cluster", matcher_.features(rep_of[i]).id);
        ++emitted_;
        context().emit(std::move(rec));
      } else if (rep_of[i] == self) {
        ++emitted_;
        context().emit(std::move(rec));
      } else {
        drop(std::move(rec));
      }
    }
    held_.clear();
  }

  static WeightModel read_model(const std::string& path) {
    std::string text = ream::read_whole_file(path, "--model file");
    try {
      return WeightModel::from_json(text);
    } catch (const std::runtime_error& e) {
      throw ream::DataError("--model file '" + path + "': " + e.what());
    }
  }

  // The model the weights use: --model's, else the one estimated from this
  // input (the shipped one when the input has too few pairs).  The modes
  // that decide at the end then match the pairs the rules left open whose
  // probability reaches --match-weights; --keep first has written its
  // records already and decides by the rules alone.
  void settle_weights() {
    if (!wants_weights()) return;
    model_ = model_file_ ? *model_file_ : matcher_.estimate_weights(WeightModel::shipped());
    if (save_model_) {
      std::string text = model_.to_json();
      text.pop_back();
      model_out_->line(text);
      model_out_->finish();
    }
    if (weight_threshold_ && decides_at_end()) matcher_.match_by_weights(model_, *weight_threshold_);
  }

  std::optional<uint32_t> find_id(const std::string& id) const {
    for (uint32_t i = 0; i < matcher_.size(); ++i)
      if (matcher_.features(i).id == id) return i;
    return std::nullopt;
  }

  void explain() {
    auto a = find_id(explain_->first), b = find_id(explain_->second);
    if (!a) throw ream::DataError("--explain: no record has id '" + explain_->first + "'");
    if (!b) throw ream::DataError("--explain: no record has id '" + explain_->second + "'");
    context().write(json_text(explain_pair(matcher_, RunWeights{model_, weight_threshold_}, *a, *b)) + "\n");
  }

  void write_report() {
    auto clusters = matcher_.clusters().all();
    std::vector<size_t> slot_of_root(matcher_.size(), SIZE_MAX);
    std::vector<ClusterReport> reports(clusters.size());
    for (size_t c = 0; c < clusters.size(); ++c) {
      const auto& members = clusters[c];
      slot_of_root[members.front()] = c;
      reports[c].representative = matcher_.features(representative_for_report(members)).id;
      for (uint32_t m : members) reports[c].members.push_back(matcher_.features(m).id);
    }
    for (const auto& p : matcher_.matches()) {
      auto json = pair_json(matcher_.features(p.earlier).id, matcher_.features(p.later).id, p.evidence);
      json["weights"] = weights_json(model_, p.evidence.fields, matcher_.title_frequency(p.earlier));
      reports[slot_of_root[matcher_.cluster_of(p.earlier)]].pairs.push_back(std::move(json));
    }
    for (const auto& p : matcher_.conflicts()) {
      auto json = pair_json(matcher_.features(p.earlier).id, matcher_.features(p.later).id, p.evidence);
      reports[slot_of_root[matcher_.cluster_of(p.earlier)]].conflicts.push_back(json);
      size_t other = slot_of_root[matcher_.cluster_of(p.later)];
      if (other != slot_of_root[matcher_.cluster_of(p.earlier)]) reports[other].conflicts.push_back(json);
    }
    for (size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].back() < prior_) continue;  // nothing of this run
      report_->line(cluster_line(reports[c]));
    }
    report_->finish();
  }

  // The weights cost a pass over the kept pairs: only for the options that
  // show, save or use them.
  bool wants_weights() const { return save_model_ || weight_threshold_ || explain_ || report_; }

  // --keep-all, merge and most-complete wait for the end of the input, and
  // then rebuild clusters strongest evidence first; --keep first decides
  // each record as it arrives.
  bool decides_at_end() const { return keep_all_ || keep_ != Keep::first; }

  uint32_t representative_for_report(const std::vector<uint32_t>& members) const {
    return chosen_.empty() ? members.front() : chosen_[members.front()];
  }

  Keep keep_ = Keep::first;
  bool keep_all_ = false;
  std::optional<WeightModel> model_file_;
  // A pair the rules left open is matched by its weights from this match
  // probability on (16.6 bits of evidence): on the development sets the
  // systematic-review figures do not move, dblp_scholar's F1 goes from
  // 0.80 to 0.876 at pairwise precision 0.956 (docs/benchmarks/dedupe.md).
  static constexpr double kWeightThreshold = 0.99999;
  std::optional<double> weight_threshold_;  // --match-weights, when it applies
  std::optional<std::string> save_model_;
  WeightModel model_ = WeightModel::shipped();
  bool streaming_ = true;
  std::optional<std::pair<std::string, std::string>> explain_;
  std::unique_ptr<SideFile> dropped_, report_, model_out_;
  std::unique_ptr<StateStore> state_;
  Matcher matcher_;
  uint32_t prior_ = 0;  // records loaded from --state come first
  // Print of each remembered paper's fields -> its record number (the
  // first, when an earlier run remembered the same fields twice).
  std::unordered_map<uint64_t, uint32_t> remembered_;
  ream::Spool spool_{"dedupe's temporary file of held records"};
  std::vector<Held> held_;
  size_t workers_ = 1;              // -j, or --threads
  bool workers_given_ = false;      // by --threads
  size_t batch_ = 1;                // records per batch; 1: one at a time
  std::vector<std::string> files_;  // input files seen, for Origin
  std::vector<Pending> filling_;    // read, waiting for the next batch
  std::vector<uint32_t> chosen_;    // representative by cluster root, once chosen
  uint64_t records_in_ = 0, emitted_ = 0;
  bool inspecting_ = false, listing_ = false;  // --list, --forget, --prune-before
  int64_t forgotten_ = 0;
  std::unique_ptr<dist::Step> dist_;  // --dist: one step of a distributed run instead
};

}  // namespace

REAM_PLUGIN(Dedupe, ream::PluginInfo{"dedupe", "1.0.0", "drop duplicate papers, with evidence for every merge",
                                     kDescription, REAM_TRANSFORM, kOptions, std::size(kOptions)})
