// `ream keywords`: adds the top keyphrases of each record's text.
//
// The stage is a thin shell over Extractor.  Its one piece of state is the
// document-frequency table that IDF needs.  Without --df the table starts
// empty, so the first --warmup records are held back and counted before
// any of them is ranked; after that every record is counted as it arrives,
// just before its own ranking.  The output therefore depends only on the
// input order, never on timing, and memory holds at most the warm-up
// window of records besides the table.
#include <ream/atomic_file.hpp>
#include <ream/plugin.hpp>

#include "extractor.hh"
#include "stopword_file.hh"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <fstream>
#include <memory>

namespace {

using namespace ream::keywords;

const ream_option_spec kOptions[] = {
    {"top", 'k', REAM_OPT_INT, "N", "10", nullptr, "number of keyphrases per record", 0},
    {"fields", 0, REAM_OPT_STRING, "LIST", "title,abstract", nullptr,
     "text fields to read, in order; a field named title counts as the title", REAM_OPT_LIST},
    {"scores", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "write {\"phrase\",\"score\"} objects, scores relative to the best phrase", 0},
    {"df", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr, "start the document-frequency table from FILE", REAM_OPT_READS},
    {"save-df", 0, REAM_OPT_PATH, "FILE", nullptr, "df",
     "write the document-frequency table to FILE at the end of the stream", REAM_OPT_WRITES | REAM_OPT_REPLACES},
    {"warmup", 0, REAM_OPT_INT, "N", "1000", nullptr, "without --df, records counted before the first is ranked", 0},
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

class Keywords : public ream::Stage {
 public:
  explicit Keywords(ream::Context& ctx)
      : Stage(ctx),
        top_(static_cast<size_t>(non_negative(ctx.options(), "top", "-k", 10))),
        warmup_(static_cast<size_t>(non_negative(ctx.options(), "warmup", "--warmup", 1000))),
        fields_(ctx.options().list("fields")),
        scores_(ctx.options().flag("scores")),
        save_path_(ctx.options().string("save-df")),
        into_(ctx.options().string("into")),
        existing_(existing_policy(ctx.options())),
        extractor_(load_stoplist(ctx.options())),
        df_(extractor_.terms()) {
    if (fields_.empty()) throw ream::UsageError("--fields needs at least one field name");
    if (into_.empty()) throw ream::UsageError("--into needs a field name");
    if (auto path = ctx.options().get("df")) {
      std::string p(*path);
      df_.load(read_file(p, "DF table"), p);
      warmup_ = 0;  // the table already gives IDF a base
    }
    // Opened now, so that an unwritable path fails before any record; it
    // replaces the file only in commit(), after --df (maybe the same
    // file) was read.
    if (!save_path_.empty()) save_file_ = std::make_unique<ream::SideFile>("save-df", save_path_);
  }

  void process(ream::Record rec) override {
    analyse(rec);
    df_.add_document(extractor_.document_terms());
    if (held_.size() < warmup_ && !warmed_up_) {
      held_.push_back(std::move(rec));
      if (held_.size() == warmup_) release_held();
      return;
    }
    annotate_and_emit(std::move(rec), /*analysed=*/true);
  }

  void finish() override {
    release_held();
    if (save_file_) save_table();
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
  void analyse(const ream::Record& rec) {
    fields_text_.clear();
    for (const auto& name : fields_)
      for (std::string_view text : rec.strings(name)) fields_text_.push_back({text, name == "title"});
    extractor_.analyse(fields_text_);
  }

  void release_held() {
    warmed_up_ = true;
    while (!held_.empty()) {
      ream::Record rec = std::move(held_.front());
      held_.pop_front();
      if (context().stopped()) {
        context().drop(std::move(rec));
        continue;
      }
      annotate_and_emit(std::move(rec), /*analysed=*/false);
    }
  }

  void annotate_and_emit(ream::Record rec, bool analysed) {
    if (rec.has(into_) && existing_ == Existing::keep) {
      ++kept_;
      context().emit(std::move(rec));
      return;
    }
    if (!analysed) analyse(rec);
    std::vector<Keyphrase> phrases = extractor_.extract(df_, top_);
    if (rec.has(into_) && existing_ == Existing::merge) {
      merge_into(rec, phrases);
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
    context().emit(std::move(rec));
  }

  // The record's own phrases first, then the new ones whose stem sequence
  // none of them (nor an earlier new one) has.
  void merge_into(ream::Record& rec, const std::vector<Keyphrase>& phrases) {
    ream_type type = rec.type(into_);
    std::vector<std::string_view> existing = rec.strings(into_);
    bool all_strings =
        type == REAM_STRING || (type == REAM_ARRAY && rec.json(into_) &&
                                existing.size() == boost::json::parse(*rec.json(into_)).as_array().size());
    if (!all_strings) {
      ++unmergeable_;
      return;
    }
    std::vector<std::string> out(existing.begin(), existing.end());
    std::vector<std::string> keys;
    for (std::string_view phrase : existing) keys.push_back(extractor_.stem_key(phrase));
    for (const auto& p : phrases) {
      std::string key = extractor_.stem_key(p.phrase);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(std::move(key));
      out.push_back(p.phrase);
    }
    rec.set_strings(into_, out);
  }

  void save_table() {
    save_file_->write(df_.save());
    save_file_->finish();
  }

  size_t top_;
  size_t warmup_;
  std::vector<std::string> fields_;
  bool scores_;
  std::string save_path_;
  std::string into_;
  Existing existing_;
  uint64_t kept_ = 0;         // records whose field was kept as it was
  uint64_t unmergeable_ = 0;  // --merge: records whose field was not a list of strings
  std::unique_ptr<ream::SideFile> save_file_;
  Extractor extractor_;
  DocumentFrequency df_;
  std::deque<ream::Record> held_;
  bool warmed_up_ = false;
  std::vector<Field> fields_text_;
};

constexpr const char* kDescription =
    "Adds `keywords` (or the --into field), the top N keyphrases of each record's title and abstract, best "
    "first. Candidates are noun phrases (optional adjectives, then nouns; up to 8 words) found without a "
    "trained model: word-class lists and English suffixes give parts of speech, verbs and verb cues end "
    "phrases, a phrase ends on a noun, generic leading adjectives are stripped; copyright, licence, "
    "publisher and funding sentences are skipped. Words are scored by a position-biased co-occurrence graph "
    "(PositionRank) weighted by inverse document frequency learnt from the stream; a phrase scores the sum "
    "of its words, halved for one word, doubled in the title. The list is chosen greedily, words already "
    "shown counting half; near-repeats are merged by their Snowball stems and shown in their most frequent "
    "form. Without --df, the first --warmup records are held back to learn document frequencies; afterwards "
    "each record is counted as it passes. The DF table format (for --df and --save-df) is TSV: a "
    "'documents<TAB>N' header, then 'stem<TAB>count' lines. A record that already has the field keeps it "
    "(counted, one warning at the end) unless --replace or --merge is given.";

}  // namespace

REAM_PLUGIN(Keywords, ream::PluginInfo{"keywords", "1.0.0", "add ranked keyphrases of the title and abstract",
                                       kDescription, REAM_TRANSFORM, kOptions, std::size(kOptions)})
