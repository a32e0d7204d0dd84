// `ream keywords`: adds the top keyphrases of each record's text.
//
// A record's keyphrases depend on the document-frequency (DF) table that
// weights its words, so the table is frozen before any record is ranked:
// then a record's keyphrases depend on it and the table alone, not on the
// records before it nor on how many workers rank, and parts of a corpus
// ranked on separate machines against the table of the whole give the
// bytes one process gives.  Without --df the table is the input's own: a
// counting pass reads every record while their texts wait on disk
// (ream::Spool), then a ranking pass reads them back.  With --df the
// table is given, and records are ranked as they come.
//
// Both passes cut the stream into batches and spread a batch's records
// over the run's workers (Context::parallel_for): each worker has its own
// Extractor (its lexicon, stemmer and buffers are not shared), a piece
// writes only its records' slots, and the counts are added and the
// records emitted on the calling thread, in input order.  Memory holds
// one batch besides the table and the workers' word caches.
#include <ream/atomic_file.hpp>
#include <ream/plugin.hpp>
#include <ream/spool.hpp>

#include "extractor.hh"
#include "stopword_file.hh"

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

Stoplist load_stoplist(const ream::Options& options) {
  if (auto path = options.get("stopwords")) {
    std::string p(*path);
    return Stoplist::parse(read_file(p, "stopword file"), p);
  }
  if (auto found = find_stopword_file()) return Stoplist::parse(read_file(*found, "stopword file"), *found);
  return Stoplist::builtin();
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
class Workers {
 public:
  explicit Workers(Stoplist stoplist) : stoplist_(std::move(stoplist)) {}

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

// One record of a batch and what its piece found out about it.
struct Item {
  ream::Record rec;
  std::string_view text;  // the spooled JSON, in the ranking pass
  Worker* analysed_by = nullptr;
  std::vector<uint32_t> terms;  // its distinct terms, in analysed_by's ids (when counting)
  Outcome outcome = Outcome::annotated;
  std::exception_ptr error;  // thrown in the piece, rethrown in order
};

class Keywords : public ream::Stage {
 public:
  explicit Keywords(ream::Context& ctx)
      : Stage(ctx),
        top_(static_cast<size_t>(non_negative(ctx.options(), "top", "-k", 10))),
        fields_(ctx.options().list("fields")),
        scores_(ctx.options().flag("scores")),
        count_only_(ctx.options().flag("count-only")),
        save_path_(ctx.options().string("save-df")),
        into_(ctx.options().string("into")),
        existing_(existing_policy(ctx.options())),
        workers_(load_stoplist(ctx.options())) {
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
  }

  void process(ream::Record rec) override {
    if (!count_only_ && !given_) spooled_.push_back(spool_.append(rec.json()).size);
    batch_.emplace_back();
    batch_.back().rec = std::move(rec);
    if (batch_.size() == kBatch) run_batch();
  }

  void finish() override {
    run_batch();
    if (!count_only_ && !given_) rank_spooled();
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
  // and let go: their texts wait in the spool for the ranking pass.
  void run_batch() {
    if (batch_.empty()) return;
    const bool count = counted_ != nullptr;
    const bool rank = given_ != nullptr;
    for_each_item([&](Worker& w, Item& item) {
      if (rank)
        rank_item(w, item, *given_, count);
      else
        analyse(w, item.rec, &item);
    });
    if (count)
      for (Item& item : batch_)
        counted_->df.add_document(item.analysed_by->extractor.terms(), item.terms, item.analysed_by->counted_ids);
    if (count_only_ || rank)
      emit_batch();
    else
      batch_.clear();  // the records are released: their texts are spooled
  }

  // The ranking pass, against the input's own table now that it is
  // complete: the spooled texts read back a batch at a time, parsed and
  // ranked by the workers, and emitted here in order.
  void rank_spooled() {
    std::vector<std::string> texts(kBatch);
    ream::Spool::Slot slot;
    for (size_t next = 0; next < spooled_.size();) {
      batch_.resize(std::min(kBatch, spooled_.size() - next));
      for (size_t i = 0; i < batch_.size(); ++i, ++next) {
        slot.size = spooled_[next];
        batch_[i].text = spool_.read(slot, texts[i]);
        slot.offset += slot.size;
      }
      if (context().stopped()) {
        for (Item& item : batch_) context().drop(context().parse(item.text));
        batch_.clear();
        continue;
      }
      const ream::Context& ctx = context();
      for_each_item([&](Worker& w, Item& item) {
        item.rec = ctx.parse(item.text);
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
    context().parallel_for(batch_.size(), 0, [&](size_t begin, size_t end) {
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
    for (Item& item : batch_)
      if (item.error) std::rethrow_exception(item.error);
  }

  void emit_batch() {
    for (Item& item : batch_) {
      if (item.outcome == Outcome::kept) ++kept_;
      if (item.outcome == Outcome::unmergeable) ++unmergeable_;
      if (context().stopped())
        context().drop(std::move(item.rec));
      else
        context().emit(std::move(item.rec));
    }
    batch_.clear();
  }

  // The record's texts through w's extractor; with `counted`, its
  // distinct terms are noted for the table.
  void analyse(Worker& w, const ream::Record& rec, Item* counted) {
    w.fields.clear();
    for (const auto& name : fields_)
      for (std::string_view text : rec.strings(name)) w.fields.push_back({text, name == "title"});
    w.extractor.analyse(w.fields);
    if (counted) {
      std::span<const uint32_t> terms = w.extractor.document_terms();
      counted->terms.assign(terms.begin(), terms.end());
      counted->analysed_by = &w;
    }
  }

  // Ranks one record against `table` and writes its field.  Runs in a
  // piece: it touches only its own record.
  void rank_item(Worker& w, Item& item, const Table& table, bool count) {
    ream::Record& rec = item.rec;
    item.outcome = Outcome::annotated;
    const bool keep = rec.has(into_) && existing_ == Existing::keep;
    if (keep && !count) {
      item.outcome = Outcome::kept;
      return;
    }
    analyse(w, rec, count ? &item : nullptr);
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
  uint64_t kept_ = 0;         // records whose field was kept as it was
  uint64_t unmergeable_ = 0;  // --merge: records whose field was not a list of strings
  std::unique_ptr<ream::SideFile> save_file_;
  Workers workers_;
  std::unique_ptr<Table> counted_;  // the given tables plus the input; null when nothing needs it
  std::unique_ptr<Table> given_;    // the --df tables, when records are ranked against them
  std::vector<Item> batch_;
  ream::Spool spool_{"keywords' temporary file of records waiting for the DF table"};
  std::vector<uint32_t> spooled_;  // the sizes of the spooled texts, in order
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
    "in a temporary file (about the input's size on disk), then ranked; with --df (several: summed), records "
    "are ranked against that table as they come. The DF table format (for --df and --save-df) is TSV: a "
    "'documents<TAB>N' header, then 'stem<TAB>count' lines. A record that already has the field keeps it "
    "(counted, one warning at the end) unless --replace or --merge is given.";

}  // namespace

REAM_PLUGIN(Keywords, ream::PluginInfo{"keywords", "1.0.0", "add ranked keyphrases of the title and abstract",
                                       kDescription, REAM_TRANSFORM, kOptions, std::size(kOptions)})
