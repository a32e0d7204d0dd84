// `ream keywords`: adds the top keyphrases of each record's text.
//
// A record's keyphrases depend on the document-frequency (DF) table that
// weights its words, so the table is frozen before any record is ranked:
// then a record's keyphrases depend on it and the table alone, not on the
// records before it nor on how many workers rank, and parts of a corpus
// ranked on separate machines against the table of the whole give the
// bytes one process gives.  Without --df the table is the input's own: a
// counting pass reads every record while the records wait, then a
// ranking pass ranks them (in memory up to a budget, --memory, 256 MB by
// default, as the host's records with their analyses: reading them back
// from disk and parsing them again cost 12-20% of the stage's CPU; past
// the budget on disk, ream::Spool, so memory stays bounded).  With --df the
// table is given, and records are ranked as they come.
//
// Both passes cut the stream into batches and spread a batch's records
// over the run's workers (Context::parallel_for): each worker has its own
// Extractor (its lexicon, stemmer and buffers are not shared), a piece
// writes only its records' slots, and the counts are added and the
// records emitted on the calling thread, in input order.  Memory holds
// one batch besides the table, the workers' word caches and the records
// waiting within the budget.
#include <ream/atomic_file.hpp>
#include <ream/plugin.hpp>
#include <ream/spool.hpp>

#include "analyses_file.hh"
#include "extractor.hh"
#include "packed_document.hh"
#include "stopword_file.hh"

#include <xxhash.h>
#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <span>

namespace {

using namespace ream::keywords;

const ream_option_spec kOptions[] = {
    {"top", 'k', REAM_OPT_INT, "N", "10", nullptr, "number of keyphrases per record", 0},
    {"fields", 0, REAM_OPT_STRING, "LIST", "title,abstract", nullptr,
     "text fields to read, in order; a field named title counts as the title", REAM_OPT_LIST},
    {"scores", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "write {\"phrase\",\"score\"} objects, scores relative to the best phrase", 0},
    {"df", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "rank against the document-frequency table in FILE instead of the input's own (given more than once: their sum)",
     REAM_OPT_READS | REAM_OPT_REPEATABLE},
    {"save-df", 0, REAM_OPT_PATH, "FILE", nullptr, "df",
     "write the document-frequency table of the input (plus the --df tables) to FILE at the end",
     REAM_OPT_WRITES | REAM_OPT_REPLACES},
    {"count-only", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "only count the input for --save-df: records pass unchanged and nothing waits on disk", 0},
    {"save-analyses", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --count-only: also write each record's analysis to FILE, for a later --analyses run on the same input",
     REAM_OPT_WRITES | REAM_OPT_REPLACES},
    {"analyses", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --df: take each record's analysis from FILE (written by --save-analyses from the same input, --fields and "
     "stopwords) instead of analysing it again",
     REAM_OPT_READS},
    {"memory", 0, REAM_OPT_INT, "MB", "256", nullptr,
     "without --df: hold up to MB megabytes of records in memory while the input is counted; the rest wait in a "
     "temporary file (0: all of them)",
     0},
    {"warmup", 0, REAM_OPT_INT, "N", "1000", nullptr,
     "no effect, kept for old scripts: every record is ranked against the whole input's table", 0},
    {"stopwords", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr, "stopword file to use instead of the installed list",
     REAM_OPT_READS},
    {"into", 0, REAM_OPT_STRING, "FIELD", "keywords", nullptr, "field to write the keyphrases to", 0},
    {"replace", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "overwrite the field when a record already has it", 0},
    {"merge", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "when a record already has the field, keep its phrases and add new ones (not repeating a stem sequence)", 0},
};

// What happens to a record that already has the target field.
enum class Existing { keep, replace, merge };

Existing existing_policy(const ream::Options& options) {
  bool replace = options.flag("replace"), merge = options.flag("merge");
  if (replace && merge) throw ream::UsageError("--replace and --merge cannot be used together");
  if (merge && options.flag("scores")) throw ream::UsageError("--merge cannot be used with --scores");
  return replace ? Existing::replace : merge ? Existing::merge : Existing::keep;
}

// The stopword list, and the text it was read from (empty: the built-in
// list), which an analyses file's fingerprint includes.
struct LoadedStoplist {
  Stoplist stoplist;
  std::string text;
};

LoadedStoplist load_stoplist(const ream::Options& options) {
  if (auto path = options.get("stopwords")) {
    std::string p(*path), text = read_file(p, "stopword file");
    return {Stoplist::parse(text, p), text};
  }
  if (auto found = find_stopword_file()) {
    std::string text = read_file(*found, "stopword file");
    return {Stoplist::parse(text, *found), text};
  }
  return {Stoplist::builtin(), {}};
}

// What an analysis depends on besides the texts: the fields, in order,
// and the stopword list.
uint64_t analysis_fingerprint(const std::vector<std::string>& fields, const std::string& stopwords) {
  std::string key;
  for (const auto& f : fields) key += f + '\n';
  key += '\n';
  key += stopwords;
  return XXH3_64bits(key.data(), key.size());
}

int64_t non_negative(const ream::Options& options, const char* name, const char* shown, int64_t fallback) {
  int64_t v = options.integer(name, fallback);
  if (v < 0) throw ream::UsageError(std::string(shown) + " must be 0 or more, not " + std::to_string(v));
  return v;
}

// A DF table with its own term ids.  Not movable: the counts refer to the
// terms.
struct Table {
  TermTable terms;
  DocumentFrequency df{terms};
};

// One worker's tools: an extractor of its own, and the map from its term
// ids to the counted table's.
struct Worker {
  explicit Worker(Stoplist stoplist) : extractor(std::move(stoplist)) {}
  Extractor extractor;
  std::vector<uint32_t> counted_ids;  // extractor term id -> counted table's id
  std::vector<Field> fields;          // scratch for the record's texts
};

// Hands each piece of a parallel_for an idle worker; workers are made on
// first need and kept, so their word caches stay warm across batches.
// The first is made here, on the calling thread, before any piece runs:
// ICU builds its shared word-break and normalisation data on first use,
// and that first use then happens before the workers start.
class Workers {
 public:
  explicit Workers(Stoplist stoplist) : stoplist_(std::move(stoplist)) {
    all_.push_back(std::make_unique<Worker>(stoplist_));
    idle_.push_back(all_.back().get());
  }

  Worker& acquire() {
    std::lock_guard lock(mutex_);
    if (idle_.empty()) {
      all_.push_back(std::make_unique<Worker>(stoplist_));
      return *all_.back();
    }
    Worker* w = idle_.back();
    idle_.pop_back();
    return *w;
  }
  void release(Worker& w) {
    std::lock_guard lock(mutex_);
    idle_.push_back(&w);
  }

 private:
  Stoplist stoplist_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Worker>> all_;
  std::vector<Worker*> idle_;
};

// What ranking did to one record.
enum class Outcome { annotated, kept, unmergeable };

// One record of a batch and what its piece found out about it.  Items
// are reused from batch to batch, buffers and all.
struct Item {
  ream::Record rec;
  std::string text;    // the spooled JSON, in the ranking pass
  uint64_t seal = 0;   // the host's seal of text
  std::string packed;  // its analysis (packed_document.hh), spooled; empty when it is not ranked
  Worker* analysed_by = nullptr;
  std::vector<uint32_t> terms;  // its distinct terms, in analysed_by's ids (when counting)
  uint64_t number = 0;          // its place in the input, from 1 (for --analyses' errors)
  uint64_t texts_hash = 0;      // of its texts, for --save-analyses
  std::string entry;            // its --analyses entry, as read
  Outcome outcome = Outcome::annotated;
  std::exception_ptr error;  // thrown in the piece, rethrown in order
};

// Where a record waits in the spool: its JSON, then its packed analysis.
struct Spooled {
  uint32_t text_size;
  uint32_t packed_size;
  uint64_t seal;  // the host's seal of the text: read back, it is not checked again
};

// A record waiting in memory for the table, with its packed analysis.
struct Resident {
  ream::Record rec;
  std::string packed;
};

// What a record held in memory costs, about: its fields' bytes twice (the
// host keeps the line, and decodes the text fields analysis reads), a
// field's bookkeeping, and its analysis.
size_t resident_cost(const ream::Record& rec, const std::string& packed) {
  size_t bytes = 0;
  for (size_t i = 0, n = rec.size(); i < n; ++i) {
    std::string_view key = rec.key(i);
    bytes += 2 * key.size() + 2 * rec.json(key).value_or(std::string_view()).size() + 96;
  }
  return bytes + packed.capacity() + sizeof(Resident);
}

class Keywords : public ream::Stage {
 public:
  explicit Keywords(ream::Context& ctx) : Keywords(ctx, load_stoplist(ctx.options())) {}

  Keywords(ream::Context& ctx, LoadedStoplist stoplist)
      : Stage(ctx),
        top_(static_cast<size_t>(non_negative(ctx.options(), "top", "-k", 10))),
        fields_(ctx.options().list("fields")),
        scores_(ctx.options().flag("scores")),
        count_only_(ctx.options().flag("count-only")),
        save_path_(ctx.options().string("save-df")),
        into_(ctx.options().string("into")),
        existing_(existing_policy(ctx.options())),
        memory_budget_(static_cast<size_t>(non_negative(ctx.options(), "memory", "--memory", 256)) << 20),
        workers_(std::move(stoplist.stoplist)) {
    non_negative(ctx.options(), "warmup", "--warmup", 1000);  // accepted for old scripts; see its help
    if (fields_.empty()) throw ream::UsageError("--fields needs at least one field name");
    if (into_.empty()) throw ream::UsageError("--into needs a field name");
    if (count_only_ && save_path_.empty()) throw ream::UsageError("--count-only needs --save-df FILE");
    const size_t given = ctx.options().count("df");
    // The table the input is counted into: the given tables plus the
    // input, which is what --save-df writes; without --df it is also the
    // table records are ranked against, once the counting pass is over.
    if (given == 0 || !save_path_.empty()) counted_ = load_tables(ctx.options());
    if (given > 0 && !count_only_) given_ = load_tables(ctx.options());
    // Opened now, so that an unwritable path fails before any record; it
    // replaces the file only in commit(), after --df (maybe the same
    // file) was read.
    if (!save_path_.empty()) save_file_ = std::make_unique<ream::SideFile>("save-df", save_path_);
    open_analyses(ctx.options(), analysis_fingerprint(fields_, stoplist.text));
  }

  void process(ream::Record rec) override {
    batch_[filled_].number = ++records_;
    batch_[filled_++].rec = std::move(rec);
    if (filled_ == kBatch) run_batch();
  }

  void finish() override {
    run_batch();
    if (!count_only_ && !given_) rank_held();
    finish_analyses();
    if (save_file_) {
      save_file_->write(counted_->df.save());
      save_file_->finish();
    }
    if (kept_ > 0)
      context().warn(std::to_string(kept_) + (kept_ == 1 ? " record" : " records") + " already had '" + into_ +
                     "'; kept unchanged (--replace overwrites, --merge adds)");
    if (unmergeable_ > 0)
      context().warn(std::to_string(unmergeable_) + (unmergeable_ == 1 ? " record" : " records") + " had '" + into_ +
                     "' that is not a string or a list of strings; kept unchanged, nothing added");
  }

  void commit() override {
    if (save_file_) save_file_->commit();
    if (analyses_out_) analyses_out_->commit();
  }

 private:
  // Records per batch: enough for every worker to get several pieces, few
  // enough that a batch of records costs little memory.
  static constexpr size_t kBatch = 1024;

  // Every --df table, summed, or an empty table.
  static std::unique_ptr<Table> load_tables(const ream::Options& options) {
    auto table = std::make_unique<Table>();
    for (size_t i = 0, n = options.count("df"); i < n; ++i) {
      std::string path(options.value("df", i));
      table->df.load(read_file(path, "DF table"), path);
    }
    return table;
  }

  // The batch of records that came in: counted, ranked when the table is
  // given, and passed on in order.  Without --df they are only counted
  // and wait, with their analyses, for the ranking pass (hold()).
  void run_batch() {
    if (filled_ == 0) return;
    const bool count = counted_ != nullptr;
    const bool rank = given_ != nullptr;
    const bool spool = !count_only_ && !rank;
    const bool pack = spool || analyses_out_;
    if (analyses_in_) read_entries();
    for_each_item([&](Worker& w, Item& item) {
      if (rank) {
        rank_item(w, item, *given_, count);
        return;
      }
      item.packed.clear();
      analyse(w, item.rec, &item);
      if (pack && !keeps(item.rec)) {
        pack_document(w.extractor.document(), item.packed);
        if (analyses_out_) item.texts_hash = texts_hash(w.fields);
      }
    });
    for (size_t i = 0; count && i < filled_; ++i) {
      Item& item = batch_[i];
      Worker& w = *item.analysed_by;
      counted_->df.add_document(w.extractor.terms(), item.terms, w.counted_ids);
      if (analyses_out_) write_entry(item);
      if (!spool) continue;
      if (!item.packed.empty()) append_packed_terms(item.packed, item.terms);
      hold(item);
    }
    if (spool)
      filled_ = 0;
    else
      emit_batch();
  }

  // --save-analyses and --analyses (analyses_file.hh): the file is opened
  // before any record, so that a bad path or file fails first.
  void open_analyses(const ream::Options& options, uint64_t fingerprint) {
    std::string out(options.string("save-analyses")), in(options.string("analyses"));
    if (!out.empty() && !count_only_) throw ream::UsageError("--save-analyses needs --count-only");
    if (!in.empty() && (!given_ || count_only_ || !save_path_.empty()))
      throw ream::UsageError("--analyses needs --df FILE, without --save-df or --count-only");
    if (!out.empty()) {
      analyses_out_ = std::make_unique<ream::SideFile>("save-analyses", out);
      std::string header = file_header(fingerprint);
      analyses_out_->write(header);
      analyses_offset_ = header.size();
    }
    if (!in.empty()) analyses_in_ = std::make_unique<AnalysesReader>(in, fingerprint, given_->terms);
  }

  // A counted record's entry, its terms now in the counted table's ids.
  void write_entry(const Item& item) {
    entry_.clear();
    append_entry(entry_, item.texts_hash, item.packed, item.terms);
    analyses_out_->write(entry_);
    analyses_offset_ += entry_.size();
  }

  // The batch's entries, one per record, read in order on this thread.
  void read_entries() {
    for (size_t i = 0; i < filled_; ++i)
      if (!analyses_in_->next(batch_[i].entry))
        throw ream::DataError("--analyses: the file ends before record " + std::to_string(batch_[i].number) +
                                  ": it was written for another input",
                              analyses_in_->path());
  }

  // The counted table's terms close the written file; a file read must
  // hold no entry past the input's last record.
  void finish_analyses() {
    if (analyses_out_) {
      analyses_out_->write(file_trailer(counted_->terms, analyses_offset_));
      analyses_out_->finish();
    }
    if (analyses_in_ && !context().stopped() && analyses_in_->next(entry_))
      throw ream::DataError("--analyses: the file has more records than the input's " + std::to_string(records_) +
                                ": it was written for another input",
                            analyses_in_->path());
  }

  // The record's analysis from its --analyses entry, into item.packed
  // (left empty when the record was not analysed then: it is analysed
  // now).
  void load_entry(Worker& w, Item& item) const {
    item.packed.clear();
    if (item.entry.empty()) return;
    collect_fields(w, item.rec);
    try {
      decode_entry(item.entry, texts_hash(w.fields), analyses_in_->term_map(), item.packed);
    } catch (const std::invalid_argument& e) {
      throw ream::DataError("--analyses: record " + std::to_string(item.number) + ": " + e.what(),
                            analyses_in_->path());
    }
  }

  // A counted record waits for the ranking pass: in memory while the
  // budget lasts, else in the spool.  Once one record is spooled, all
  // after it are too, so the ranking pass reads memory, then the spool,
  // in input order.
  void hold(Item& item) {
    if (spooled_.empty()) {
      size_t cost = resident_cost(item.rec, item.packed);
      if (resident_bytes_ + cost <= memory_budget_) {
        resident_bytes_ += cost;
        resident_.push_back({std::move(item.rec), std::move(item.packed)});
        item.rec = ream::Record();
        item.packed = std::string();
        return;
      }
    }
    uint64_t seal = 0;
    std::string_view text = item.rec.json(seal);
    spool_.append(text);
    spool_.append(item.packed);
    spooled_.push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(item.packed.size()), seal});
    item.rec = ream::Record();  // released: its text waits in the spool
  }

  // The ranking pass, against the input's own table now that it is
  // complete: the records held in memory, then those read back from the
  // spool and parsed, a batch at a time, ranked by the workers and
  // emitted here in order.
  void rank_held() {
    rank_resident();
    rank_spooled();
  }

  void rank_resident() {
    for (size_t next = 0; next < resident_.size();) {
      filled_ = std::min(kBatch, resident_.size() - next);
      for (size_t i = 0; i < filled_; ++i, ++next) {
        batch_[i].rec = std::move(resident_[next].rec);
        batch_[i].packed = std::move(resident_[next].packed);
      }
      if (context().stopped()) {
        for (size_t i = 0; i < filled_; ++i) context().drop(std::move(batch_[i].rec));
        filled_ = 0;
        continue;
      }
      for_each_item([&](Worker& w, Item& item) { rank_item(w, item, *counted_, /*count=*/false); });
      emit_batch();
    }
    resident_.clear();
    resident_.shrink_to_fit();
    resident_bytes_ = 0;
  }

  void rank_spooled() {
    ream::Spool::Slot slot;
    for (size_t next = 0; next < spooled_.size();) {
      filled_ = std::min(kBatch, spooled_.size() - next);
      for (size_t i = 0; i < filled_; ++i, ++next) {
        slot.size = spooled_[next].text_size;
        batch_[i].seal = spooled_[next].seal;
        spool_.read(slot, batch_[i].text);
        slot.offset += slot.size;
        slot.size = spooled_[next].packed_size;
        spool_.read(slot, batch_[i].packed);
        slot.offset += slot.size;
      }
      if (context().stopped()) {
        for (size_t i = 0; i < filled_; ++i) context().drop(context().parse(batch_[i].text, batch_[i].seal));
        filled_ = 0;
        continue;
      }
      const ream::Context& ctx = context();
      for_each_item([&](Worker& w, Item& item) {
        item.rec = ctx.parse(item.text, item.seal);
        rank_item(w, item, *counted_, /*count=*/false);
      });
      emit_batch();
    }
    spooled_.clear();
  }

  // Calls body(worker, item) for every item of the batch, spread over the
  // run's workers.  An exception is kept with its item, and the first in
  // input order is rethrown here.
  template <class Body>
  void for_each_item(Body body) {
    context().parallel_for(filled_, 0, [&](size_t begin, size_t end) {
      Worker& w = workers_.acquire();
      for (size_t i = begin; i < end; ++i) {
        Item& item = batch_[i];
        item.error = nullptr;
        try {
          body(w, item);
        } catch (...) {
          item.error = std::current_exception();
        }
      }
      workers_.release(w);
    });
    for (size_t i = 0; i < filled_; ++i)
      if (batch_[i].error) std::rethrow_exception(batch_[i].error);
  }

  void emit_batch() {
    for (size_t i = 0; i < filled_; ++i) {
      Item& item = batch_[i];
      if (item.outcome == Outcome::kept) ++kept_;
      if (item.outcome == Outcome::unmergeable) ++unmergeable_;
      if (context().stopped())
        context().drop(std::move(item.rec));
      else
        context().emit(std::move(item.rec));
    }
    filled_ = 0;
  }

  bool keeps(const ream::Record& rec) const { return existing_ == Existing::keep && rec.has(into_); }

  // The texts the record is ranked by, in w.fields.
  void collect_fields(Worker& w, const ream::Record& rec) const {
    w.fields.clear();
    for (const auto& name : fields_)
      for (std::string_view text : rec.strings(name)) w.fields.push_back({text, name == "title"});
  }

  // The record's texts through w's extractor; with `counted`, its
  // distinct terms are noted for the table.
  void analyse(Worker& w, const ream::Record& rec, Item* counted) {
    collect_fields(w, rec);
    w.extractor.analyse(w.fields);
    if (counted) {
      std::span<const uint32_t> terms = w.extractor.document_terms();
      counted->terms.assign(terms.begin(), terms.end());
      counted->analysed_by = &w;
    }
  }

  // Ranks one record against `table` and writes its field.  Runs in a
  // piece: it touches only its own record.  A record with a packed
  // analysis (the ranking pass) is not analysed again.
  void rank_item(Worker& w, Item& item, const Table& table, bool count) {
    ream::Record& rec = item.rec;
    item.outcome = Outcome::annotated;
    const bool keep = keeps(rec);
    if (keep && !count) {
      item.outcome = Outcome::kept;
      return;
    }
    if (analyses_in_) load_entry(w, item);
    if (!item.packed.empty()) {
      collect_fields(w, rec);
      w.extractor.load(w.fields, item.packed, table.terms);
    } else {
      analyse(w, rec, count ? &item : nullptr);
    }
    if (keep) {
      item.outcome = Outcome::kept;
      return;
    }
    std::vector<Keyphrase> phrases = w.extractor.extract(table.df, top_);
    if (rec.has(into_) && existing_ == Existing::merge) {
      if (!merge_into(w.extractor, rec, phrases)) item.outcome = Outcome::unmergeable;
    } else if (scores_) {
      boost::json::array out;
      for (const auto& p : phrases)
        out.push_back(boost::json::object{{"phrase", p.phrase}, {"score", std::round(p.score * 1e4) / 1e4}});
      rec.set_json(into_, boost::json::serialize(out));
    } else {
      std::vector<std::string_view> out;
      for (const auto& p : phrases) out.push_back(p.phrase);
      rec.set_strings(into_, out);
    }
  }

  // The record's own phrases first, then the new ones whose stem sequence
  // none of them (nor an earlier new one) has.  False when the field is
  // not a string or a list of strings (left as it is).
  bool merge_into(Extractor& extractor, ream::Record& rec, const std::vector<Keyphrase>& phrases) const {
    ream_type type = rec.type(into_);
    std::vector<std::string_view> existing = rec.strings(into_);
    bool all_strings =
        type == REAM_STRING || (type == REAM_ARRAY && rec.json(into_) &&
                                existing.size() == boost::json::parse(*rec.json(into_)).as_array().size());
    if (!all_strings) return false;
    std::vector<std::string> out(existing.begin(), existing.end());
    std::vector<std::string> keys;
    for (std::string_view phrase : existing) keys.push_back(extractor.stem_key(phrase));
    for (const auto& p : phrases) {
      std::string key = extractor.stem_key(p.phrase);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(std::move(key));
      out.push_back(p.phrase);
    }
    rec.set_strings(into_, out);
    return true;
  }

  size_t top_;
  std::vector<std::string> fields_;
  bool scores_;
  bool count_only_;
  std::string save_path_;
  std::string into_;
  Existing existing_;
  size_t memory_budget_;      // --memory, in bytes
  uint64_t kept_ = 0;         // records whose field was kept as it was
  uint64_t unmergeable_ = 0;  // --merge: records whose field was not a list of strings
  std::unique_ptr<ream::SideFile> save_file_;
  std::unique_ptr<ream::SideFile> analyses_out_;  // --save-analyses
  uint64_t analyses_offset_ = 0;                  // bytes written to it so far
  std::unique_ptr<AnalysesReader> analyses_in_;   // --analyses
  std::string entry_;                             // scratch for one entry
  uint64_t records_ = 0;                          // records that came in
  Workers workers_;
  std::unique_ptr<Table> counted_;  // the given tables plus the input; null when nothing needs it
  std::unique_ptr<Table> given_;    // the --df tables, when records are ranked against them
  std::vector<Item> batch_ = std::vector<Item>(kBatch);
  size_t filled_ = 0;  // batch_[0, filled_) hold this batch's records
  ream::Spool spool_{"keywords' temporary file of records waiting for the DF table"};
  std::vector<Spooled> spooled_;    // in input order
  std::vector<Resident> resident_;  // in input order, all before the spooled ones
  size_t resident_bytes_ = 0;       // resident_cost of resident_
};

constexpr const char* kDescription =
    "Adds `keywords` (or the --into field), the top N keyphrases of each record's title and abstract, best "
    "first. Candidates are noun phrases (optional adjectives, then nouns; up to 8 words) found without a "
    "trained model: word-class lists and English suffixes give parts of speech, verbs and verb cues end "
    "phrases, a phrase ends on a noun, generic leading adjectives are stripped; copyright, licence, "
    "publisher and funding sentences are skipped. Words are scored by a position-biased co-occurrence graph "
    "(PositionRank) weighted by inverse document frequency; a phrase scores the sum "
    "of its words, halved for one word, doubled in the title. The list is chosen greedily, words already "
    "shown counting half; near-repeats are merged by their Snowball stems and shown in their most frequent "
    "form. Every record is ranked against one frozen document-frequency table, so its keyphrases do not depend "
    "on the records before it nor on -j: without --df, the whole input is counted first while the records wait "
    "in memory (up to --memory) and then in a temporary file (about twice their size), then ranked; with --df "
    "(several: summed), records "
    "are ranked against that table as they come. The DF table format (for --df and --save-df) is TSV: a "
    "'documents<TAB>N' header, then 'stem<TAB>count' lines. A record that already has the field keeps it "
    "(counted, one warning at the end) unless --replace or --merge is given.";

}  // namespace

REAM_PLUGIN(Keywords, ream::PluginInfo{"keywords", "1.0.0", "add ranked keyphrases of the title and abstract",
                                       kDescription, REAM_TRANSFORM, kOptions, std::size(kOptions)})
