// `ream cite`: find arXiv ids, DOIs, URLs, ISBNs and mentions of other
// records in each record's text, and link the records of a stream.
//
// Resolving a reference to "another record of the stream" needs the
// whole stream, so by default records wait until finish(), then are
// annotated and emitted in input order.  They wait on disk, in a
// ream::Spool, and are parsed again when their turn comes: held in memory
// a million records took 2.8 GB, while the spool's slots and the compact
// identifier and title index (KnownRecords) are what stays resident.  With --index FILE the records to
// resolve against come from FILE instead and each record is annotated and
// passed on at once, so arbitrarily long streams flow through in constant
// memory.  --graph writes the resulting citation graph at the end.
// --build-index only indexes the stream and writes the built index as a
// binary file (index_file.hh) that --index maps instead of parsing: a
// distributed run builds it once and every part's task links against it.
// A run too large for one index cuts it into shards (shard_links.cc):
// --save-bigram-counts counts each part's title bigrams, --build-index
// --bigram-counts builds one shard against every part's counts,
// --index SHARD --shard-links writes what a shard knows of each record,
// and --merge-shard-links merges the shards' lines into the links one
// index gives; no task holds more than one shard and one part.
//
// The second pass (and --index streaming) goes a batch at a time: the
// run's workers parse and annotate the batch's records, each piece only
// its own, with its own scratch space for the title index; then this
// thread adds them to the graph and emits them in input order.  The first
// pass goes the same way: workers key a batch of records, split their
// titles into words and write their JSON; this thread adds them to the
// index and the spool in input order, and builds the index, so the bytes
// out never depend on -j.
//
// Only text is scanned: title, abstract, references and notes, plus the
// fields --fields names.  Metadata fields of exports (BibTeX biburl and
// bibsource, Zotero file paths, RIS DP) name where a record was found,
// not what the paper cites, and ream's own fields (ream::fields) hold
// ream's ids; neither may become a link.  Naming the fields to read also
// keeps the work per record independent of how many fields it has.
#include <xxhash.h>

#include <boost/json.hpp>
#include <ream/atomic_file.hpp>
#include <ream/identifiers.hpp>
#include <ream/plugin.hpp>
#include <ream/read_file.hpp>
#include <ream/record_fields.hpp>
#include <ream/spool.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <utility>

#include "bigram_counts.hh"
#include "citation_graph.hh"
#include "index_file.hh"
#include "known_records.hh"
#include "links.hh"
#include "shard_links.hh"

namespace {

using namespace ream::cite;

const ream_option_spec kOptions[] = {
    {"fields", 'f', REAM_OPT_STRING, "F,...", nullptr, nullptr,
     "also scan these fields (always scanned: title, abstract, references, notes; never ream's own fields or the "
     "record's own identifiers)",
     REAM_OPT_LIST | REAM_OPT_REPEATABLE},
    {"index", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "resolve against the records in FILE (JSON Lines, or a binary index of --build-index) and stream instead of "
     "buffering",
     REAM_OPT_READS},
    {"graph", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr, "write the citation graph of the stream to FILE",
     REAM_OPT_WRITES},
    {"build-index", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "only index the stream: write its records' identifiers and titles to FILE as a binary --index, built once "
     "and mapped by every reader instead of parsed; records pass unchanged, and their ids must be unique",
     REAM_OPT_WRITES},
    {"save-index", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "write the stream's identifiers and titles to FILE, a compact --index (parts' files concatenated in order "
     "make the whole stream's)",
     REAM_OPT_WRITES},
    {"graph-format", 0, REAM_OPT_CHOICE, "FORMAT", "dot", "dot|graphml|json|csv", "format of the --graph file", 0},
    {"schemeless", 0, REAM_OPT_CHOICE, "POLICY", "gtld", "none|www|gtld",
     "URLs without http://: none, www. prefixed only, or also bare domains with a generic TLD", 0},
    {"titles", 0, REAM_OPT_CHOICE, "MODE", "fuzzy", "off|exact|fuzzy",
     "link mentions of other records' titles: not at all, exact only, or also strong fuzzy matches", 0},
    {"no-isbn", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr, "do not look for ISBNs", 0},
    {"save-bigram-counts", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "only count, into FILE, how many of the stream's titles share each word bigram (a part's share of a sharded "
     "index); records pass unchanged",
     REAM_OPT_WRITES},
    {"bigram-counts", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --build-index of one shard: every part's --save-bigram-counts file, so that the shard leaves out the "
     "bigrams the whole input shares among too many titles",
     REAM_OPT_READS | REAM_OPT_REPEATABLE},
    {"shard-links", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "with --index SHARD: write to FILE, a line per record, what the shard knows of its references and title "
     "mentions, for --merge-shard-links; records pass unchanged",
     REAM_OPT_WRITES},
    {"merge-shard-links", 0, REAM_OPT_PATH, "FILE", nullptr, nullptr,
     "link the stream from the --shard-links files of every shard of the index, in input order (given once per "
     "shard): the links one index of all shards gives",
     REAM_OPT_READS | REAM_OPT_REPEATABLE},
};

// The fields that hold a paper's text in ream-record(5) and in imports.
constexpr std::string_view kTextFields[] = {"title", "abstract", "references", "notes"};

// The fields to scan: the text fields, then those --fields adds.
std::vector<std::string> fields_to_scan(const std::vector<std::string>& named) {
  std::vector<std::string> out(std::begin(kTextFields), std::end(kTextFields));
  for (const auto& field : named) {
    if (ream::fields::internal(field))
      throw ream::UsageError("--fields: '" + field + "' is written by ream, not text; it is never scanned");
    if (ream::fields::own_identifier(field))
      throw ream::UsageError("--fields: '" + field + "' is the record's own identifier; it is never scanned");
    if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
  }
  return out;
}

GraphFormat graph_format(std::string_view name) {
  if (name == "graphml") return GraphFormat::graphml;
  if (name == "json") return GraphFormat::json;
  if (name == "csv") return GraphFormat::csv;
  return GraphFormat::dot;
}

Schemeless schemeless(std::string_view name) {
  if (name == "none") return Schemeless::none;
  if (name == "www") return Schemeless::www;
  return Schemeless::gtld;
}

TitleMatching title_matching(std::string_view name) {
  if (name == "off") return TitleMatching::off;
  if (name == "exact") return TitleMatching::exact;
  return TitleMatching::fuzzy;
}

std::vector<std::string> strings_of(const ream::Record& rec, std::string_view key) {
  std::vector<std::string> out;
  for (auto s : rec.strings(key)) out.emplace_back(s);
  return out;
}

// One line of a --save-index file: what keys_of() reads, under the same
// field names, so that --index reads it as it reads full records and
// finds the same keys; the id is written even when the record has none
// (then it is the id keys_of() made), so a record still never cites itself.
std::string index_line(const RecordKeys& k) {
  boost::json::object o;
  o["id"] = k.id;
  if (!k.title.empty()) o["title"] = k.title;
  if (!k.arxiv.empty()) o["arxiv"] = k.arxiv;
  if (!k.doi.empty()) o["doi"] = k.doi;
  auto list = [&](const char* key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    boost::json::array a;
    for (const auto& item : items) a.emplace_back(item);
    o[key] = std::move(a);
  };
  list("isbn", k.isbns);
  list("url", k.urls);
  return boost::json::serialize(o);
}

RecordKeys keys_of(const ream::Record& rec) {
  RecordKeys k;
  k.title = rec.string_or("title");
  k.arxiv = rec.string_or("arxiv");
  k.doi = rec.string_or("doi");
  k.id = rec.has("id") && rec.string("id") ? std::string(*rec.string("id"))
                                           : ream::ids::record_id(k.arxiv, k.doi, k.title);
  k.isbns = strings_of(rec, "isbn");
  k.urls = strings_of(rec, "url");
  return k;
}

// Scratch spaces of the title index, one per piece running at a time:
// a piece takes one and gives it back, so there are as many as pieces
// ever ran at once (the workers), each holding a vote counter per title.
class ScratchPool {
 public:
  std::unique_ptr<KnownRecords::Scratch> take() {
    std::lock_guard lock(mutex_);
    if (free_.empty()) return std::make_unique<KnownRecords::Scratch>();
    auto scratch = std::move(free_.back());
    free_.pop_back();
    return scratch;
  }
  void give(std::unique_ptr<KnownRecords::Scratch> scratch) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(scratch));
  }

 private:
  std::mutex mutex_;
  std::vector<std::unique_ptr<KnownRecords::Scratch>> free_;
};

class Cite : public ream::Stage {
  // A batch of records being annotated: each with the index of its own
  // entry in known_ (never a link target of itself) and, for the graph,
  // its links.
  struct Pending {
    std::optional<ream::Record> rec;
    std::optional<size_t> self;
    std::vector<Link> links;
    std::string error;
    std::string shard_line;                // --shard-links: this record's line
    std::vector<std::string> merge_lines;  // --merge-shard-links: each shard's line
    std::optional<size_t> error_shard;     // --merge-shard-links: the shard whose line is wrong, if one is
  };
  // A record of the first pass, keyed on a worker (index_arriving).
  struct Arriving {
    std::optional<ream::Record> rec;
    KnownRecords::Prepared prepared;
    std::string index_line;         // --save-index
    std::string_view json;          // rec's JSON text, which rec holds
    std::vector<uint64_t> bigrams;  // --bigram-counts: the title's bigrams
    std::exception_ptr error;
  };

 public:
  explicit Cite(ream::Context& ctx)
      : Stage(ctx),
        known_(std::make_unique<KnownRecords>(
            title_matching(ctx.options().string("titles", "fuzzy")) != TitleMatching::off,
            ctx.options().given("graph"))) {
    const auto& opts = ctx.options();
    fields_ = fields_to_scan(opts.list("fields"));
    jobs_ = ctx.jobs();
    options_.scan.schemeless = schemeless(opts.string("schemeless", "gtld"));
    options_.scan.isbn = !opts.flag("no-isbn");
    options_.titles = title_matching(opts.string("titles", "fuzzy"));
    if (opts.given("graph-format") && !opts.given("graph")) throw ream::UsageError("--graph-format needs --graph FILE");
    if (opts.given("graph")) open_graph(opts.string("graph"), opts.string("graph-format", "dot"));
    if (opts.given("save-index"))
      index_file_ = std::make_unique<ream::SideFile>("save-index", opts.string("save-index"));
    if (opts.given("build-index")) open_binary_index(opts);
    if (opts.given("index")) load_index(opts.string("index"));
    open_shard_files(opts);
  }

  void process(ream::Record rec) override {
    if (bigram_counter_) {
      TitleIndex::TitleWords words;
      TitleIndex::words_of(rec.string_or("title"), words);
      bigram_counter_->add(words);
      context().emit(std::move(rec));
      return;
    }
    if (streaming_) {
      if (index_file_) index_file_->line(index_line(keys_of(rec)));
      batch_.emplace_back().rec = std::move(rec);
      if (batch_.size() >= batch_records()) annotate_and_emit_batch();
      return;
    }
    if (arriving_count_ == arriving_.size()) arriving_.emplace_back();
    arriving_[arriving_count_++].rec = std::move(rec);
    if (arriving_count_ >= batch_records()) index_arriving();
  }

  void finish() override {
    if (bigram_counter_) {
      bigram_counter_->write([&](std::string_view block) { bigram_counts_file_->write(block); });
      bigram_counts_file_->finish();
    } else if (streaming_) {
      annotate_and_emit_batch();
      if (!merge_inputs_.empty()) check_merge_inputs_ended();
      if (shard_links_file_) shard_links_file_->finish();
    } else if (binary_index_) {
      index_arriving();
      exclude_shared_bigrams();
      known_->build();
      write_binary_index();
    } else {
      index_arriving();
      known_->build();
      read_back_held();
    }
    if (graph_file_) write_graph();
    if (index_file_) index_file_->finish();
  }

 private:
  void open_graph(const std::string& path, const std::string& format) {
    graph_file_ = std::make_unique<ream::SideFile>("graph", path);
    graph_format_ = graph_format(format);
  }

  // --build-index: the records are the index's, kept with their titles
  // whatever --titles says (the index serves every reader), and passed on
  // as they come instead of waiting.
  void open_binary_index(const ream::Options& opts) {
    for (const char* other : {"index", "graph"})
      if (opts.given(other))
        throw ream::UsageError(std::string("--build-index only indexes the stream; it cannot be given with --") +
                               other);
    binary_index_ = std::make_unique<ream::SideFile>("build-index", opts.string("build-index"));
    known_ = std::make_unique<KnownRecords>(true, true);
  }

  void write_binary_index() {
    index_file::Writer out;
    known_->save(out);
    out.write(*binary_index_);
    binary_index_->finish();
  }

  // An id met a second time stops --build-index: readers of the index
  // know a record by its id (one cite run knows it by its place).  Ids
  // are compared by hash, then by text.
  void claim_id(size_t record, const ream::Record& rec) {
    auto origin = rec.origin();
    uint32_t file = 0;
    if (origin) {
      if (origin_files_.empty() || origin_files_.back() != origin->first) origin_files_.emplace_back(origin->first);
      file = static_cast<uint32_t>(origin_files_.size() - 1);
    }
    origins_.push_back({file, origin ? origin->second : 0});
    std::string_view id = known_->id(record);
    auto [first, fresh] = ids_seen_.try_emplace(XXH3_64bits(id.data(), id.size()), static_cast<uint32_t>(record));
    if (fresh || known_->id(first) != id) return;
    auto [first_file, first_line] = origins_[first];
    std::string where = origin_files_.empty() ? "record " + std::to_string(first + 1)
                                              : origin_files_[first_file] + ":" + std::to_string(first_line);
    throw ream::DataError("--build-index: id '" + std::string(id) + "' is on two records (the first at " + where +
                              "): an index knows a record by its id, so ids must be unique (import gives them)",
                          origin ? std::string(origin->first) : std::string(), origin ? origin->second : 0);
  }

  // The options of a sharded index (see the file's opening), each with
  // the mode it belongs to.
  void open_shard_files(const ream::Options& opts) {
    auto only_with = [&](const char* option, const char* mode) {
      if (opts.given(option) && !opts.given(mode))
        throw ream::UsageError(std::string("--") + option + " needs --" + mode);
    };
    only_with("bigram-counts", "build-index");
    only_with("shard-links", "index");
    if (opts.given("save-bigram-counts")) {
      for (const char* other : {"index", "build-index", "graph", "save-index", "merge-shard-links"})
        if (opts.given(other))
          throw ream::UsageError(std::string("--save-bigram-counts only counts; it cannot be given with --") + other);
      bigram_counts_file_ = std::make_unique<ream::SideFile>("save-bigram-counts", opts.string("save-bigram-counts"));
      bigram_counter_ = std::make_unique<bigram_counts::Counter>();
    }
    for (size_t i = 0; i < opts.count("bigram-counts"); ++i)
      bigram_count_files_.emplace_back(opts.value("bigram-counts", i));
    if (opts.given("shard-links")) {
      if (opts.given("graph")) throw ream::UsageError("--shard-links cannot be given with --graph");
      shard_links_file_ = std::make_unique<ream::SideFile>("shard-links", opts.string("shard-links"));
    }
    if (opts.given("merge-shard-links")) {
      for (const char* other : {"index", "build-index", "graph", "save-index"})
        if (opts.given(other))
          throw ream::UsageError(std::string("--merge-shard-links links from the shards' files; it cannot be given "
                                             "with --") +
                                 other);
      streaming_ = true;
      for (size_t i = 0; i < opts.count("merge-shard-links"); ++i) {
        auto& in = merge_inputs_.emplace_back();
        in.path = opts.value("merge-shard-links", i);
        in.stream.open(in.path, std::ios::binary);
        if (!in.stream)
          throw ream::IoError("cannot read --merge-shard-links '" + in.path + "': " + std::strerror(errno));
      }
    }
  }

  // --build-index --bigram-counts: this shard's bigrams that every part's
  // counts together put over the bound (bigram_counts.cc).
  void exclude_shared_bigrams() {
    if (bigram_count_files_.empty()) return;
    std::sort(shard_bigrams_.begin(), shard_bigrams_.end());
    shard_bigrams_.erase(std::unique(shard_bigrams_.begin(), shard_bigrams_.end()), shard_bigrams_.end());
    bigram_counts::Totals totals(std::move(shard_bigrams_));
    for (const std::string& path : bigram_count_files_) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw ream::IoError("cannot read --bigram-counts '" + path + "': " + std::strerror(errno));
      std::string line;
      uint64_t number = 0;
      while (std::getline(in, line)) {
        ++number;
        try {
          auto [key, count] = bigram_counts::parse_line(line);
          totals.add(key, count);
        } catch (const bigram_counts::Error& e) {
          throw ream::DataError(std::string("--bigram-counts: ") + e.what(), path, number);
        }
      }
      if (in.bad()) throw ream::IoError("cannot read --bigram-counts '" + path + "'");
    }
    known_->exclude_bigrams(totals.excluded());
  }

  // Each shard's next line, for the records of a batch, read in order.
  void read_merge_lines() {
    for (Pending& p : batch_) {
      p.merge_lines.resize(merge_inputs_.size());
      for (size_t k = 0; k < merge_inputs_.size(); ++k) {
        MergeInput& in = merge_inputs_[k];
        if (!std::getline(in.stream, p.merge_lines[k]))
          throw ream::DataError("--merge-shard-links: the file ends before the stream: it was made from other records",
                                in.path, in.line + 1);
        ++in.line;
      }
    }
  }

  void check_merge_inputs_ended() {
    for (MergeInput& in : merge_inputs_) {
      std::string line;
      if (std::getline(in.stream, line))
        throw ream::DataError("--merge-shard-links: the file goes on after the stream: it was made from other records",
                              in.path, in.line + 1);
    }
  }

  void load_index(const std::string& path) {
    streaming_ = true;
    if (is_binary_index(path)) {
      known_->map_file(path);
      return;
    }
    std::istringstream in(ream::read_whole_file(path, "index file"));
    std::string line;
    uint64_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        known_->add(keys_of(context().parse(line)));
      } catch (const ream::DataError& e) {
        throw ream::DataError(std::string("index: ") + e.what(), path, number);
      }
    }
    known_->build();
  }

  // A binary index starts with its magic; anything else is JSON Lines.
  static bool is_binary_index(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, sizeof head);
    return index_file::has_magic(std::string_view(head, static_cast<size_t>(in.gcount())));
  }

  std::vector<FieldText> texts_of(const ream::Record& rec) const {
    std::vector<FieldText> texts;
    for (const auto& key : fields_) {
      if (auto s = rec.string(key)) {
        texts.push_back({key, -1, *s});
        continue;
      }
      if (rec.type(key) != REAM_ARRAY) continue;
      auto items = rec.strings(key);
      for (size_t i = 0; i < items.size(); ++i) texts.push_back({key, static_cast<long>(i), items[i]});
    }
    return texts;
  }

  // The records of the second pass, read back from the spool a batch at
  // a time: the batch is parsed and annotated by the run's workers, each
  // piece touching only its own records, then emitted here in input
  // order, so the output is the same for every -j.
  void read_back_held() {
    ream::Spool::Slot slot;
    std::vector<std::string> texts;
    size_t next = 0;
    while (next < held_.size()) {
      size_t bytes = 0, count = 0;
      for (; next + count < held_.size() && count < batch_records() && bytes < kBatchBytes; ++count) {
        if (texts.size() <= count) texts.emplace_back();
        slot.size = held_[next + count];
        spool_.read(slot, texts[count]);
        slot.offset += slot.size;
        bytes += slot.size;
      }
      batch_.resize(count);
      bool annotating = !context().stopped();
      context().parallel_for(count, kGrain, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
          Pending& p = batch_[i];
          try {
            p.rec = context().parse(texts[i]);
          } catch (const ream::DataError& e) {  // the spool holds what rec.json() wrote: not expected
            p.error = e.what();
            continue;
          }
          p.self = next + i;
        }
        if (annotating) annotate_range(begin, end);
      });
      emit_batch();
      next += count;
    }
    held_.clear();
  }

  // The first pass over a batch of arriving records: the run's workers
  // key them, split their titles into words and write their JSON, each
  // piece only its own records; then this thread adds them to the index,
  // the --save-index file and the spool in input order, so the index and
  // the spool are the same for every -j.
  void index_arriving() {
    if (arriving_count_ == 0) return;
    context().parallel_for(arriving_count_, kGrain, [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) {
        Arriving& a = arriving_[i];
        try {
          RecordKeys keys = keys_of(*a.rec);
          if (index_file_) a.index_line = index_line(keys);
          known_->prepare(keys, a.prepared);
          if (!bigram_count_files_.empty()) TitleIndex::fuzzy_bigrams(a.prepared.title_words, a.bigrams);
          if (!binary_index_) a.json = a.rec->json();
        } catch (...) {  // rethrown below, in input order
          a.error = std::current_exception();
        }
      }
    });
    size_t count = std::exchange(arriving_count_, 0);
    for (size_t i = 0; i < count; ++i) {
      Arriving& a = arriving_[i];
      if (a.error) std::rethrow_exception(std::exchange(a.error, nullptr));
      if (index_file_) index_file_->line(a.index_line);
      size_t record = known_->add(a.prepared);
      shard_bigrams_.insert(shard_bigrams_.end(), a.bigrams.begin(), a.bigrams.end());
      if (binary_index_) {
        claim_id(record, *a.rec);
        if (context().stopped())
          context().drop(std::move(*a.rec));
        else
          context().emit(std::move(*a.rec));
      } else {
        held_.push_back(spool_.append(a.json).size);
      }
      a.rec.reset();  // the slot and its buffers are reused by the next batch
    }
  }

  // Annotates batch_[begin, end) with one scratch space for the title
  // index, taken from the pool and given back: a piece's own.
  void annotate_range(size_t begin, size_t end) {
    std::unique_ptr<KnownRecords::Scratch> scratch = scratch_pool_.take();
    for (size_t i = begin; i < end; ++i) {
      Pending& p = batch_[i];
      if (p.rec) annotate(p, *scratch);
    }
    scratch_pool_.give(std::move(scratch));
  }

  void annotate_and_emit_batch() {
    if (batch_.empty()) return;
    if (!merge_inputs_.empty()) return merge_and_emit_batch();
    context().parallel_for(batch_.size(), kGrain, [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) batch_[i].self = known_->find_id(keys_of(*batch_[i].rec).id);
      annotate_range(begin, end);
    });
    emit_batch();
  }

  // --merge-shard-links: the workers parse each shard's line and merge
  // them, a record each; errors are thrown here in input order.
  void merge_and_emit_batch() {
    read_merge_lines();
    context().parallel_for(batch_.size(), kGrain, [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) merge(batch_[i]);
    });
    for (size_t i = 0; i < batch_.size(); ++i) {
      const Pending& p = batch_[i];
      if (p.error.empty()) continue;
      // A shard's line that is wrong is named by its file and line (the
      // files hold one line a record, all read to the same line); shards
      // that disagree with each other, by the record.
      std::string message = "--merge-shard-links: " + p.error;
      if (p.error_shard) {
        const MergeInput& in = merge_inputs_[*p.error_shard];
        throw ream::DataError(message, in.path, in.line - batch_.size() + i + 1);
      }
      auto origin = p.rec->origin();
      throw ream::DataError(message, origin ? std::string(origin->first) : std::string(), origin ? origin->second : 0);
    }
    emit_batch();
  }

  void merge(Pending& p) const {
    try {
      std::vector<ShardLinks> shards;
      for (size_t k = 0; k < p.merge_lines.size(); ++k) {
        p.error_shard = k;
        try {
          shards.push_back(parse_shard_links(p.merge_lines[k]));
        } catch (const ShardLinksError& e) {
          throw ShardLinksError("shard " + std::to_string(k + 1) + ": " + e.what());
        }
        std::string id = keys_of(*p.rec).id;
        if (shards[k].id != id)
          throw ShardLinksError("the line is of record '" + shards[k].id + "', the stream's is '" + id +
                                "': the file was made from other records");
      }
      p.error_shard.reset();
      std::vector<Link> links = merge_shard_links(texts_of(*p.rec), shards, options_);
      auto id_of = [&](size_t code) { return shard_record_id(shards, code); };
      std::vector<std::string> cites;
      for (size_t target : cited_records(links)) cites.emplace_back(id_of(target));
      p.rec->set_json("links", links_json(links, id_of));
      p.rec->set_strings("cites", cites);
    } catch (const ShardLinksError& e) {
      p.error = e.what();
    }
    p.merge_lines.clear();
  }

  // What the pieces cannot do, in input order: the graph, emitting, and
  // dropping what comes after downstream stopped.
  void emit_batch() {
    for (Pending& p : batch_) {
      if (!p.error.empty()) throw ream::DataError("cannot read back a held record: " + p.error);
      if (shard_links_file_) shard_links_file_->line(p.shard_line);
      if (context().stopped()) {
        context().drop(std::move(*p.rec));
        continue;
      }
      if (graph_file_) add_to_graph(*p.rec, p.self, p.links);
      context().emit(std::move(*p.rec));
    }
    batch_.clear();
  }

  void annotate(Pending& p, KnownRecords::Scratch& scratch) const {
    ream::Record& rec = *p.rec;
    if (shard_links_file_) {  // the record passes unchanged
      p.shard_line = shard_links_json(find_shard_links(keys_of(rec).id, texts_of(rec), *known_, options_, scratch));
      return;
    }
    std::vector<Link> links = find_links(texts_of(rec), *known_, p.self, options_, &scratch);
    std::vector<std::string> cites;
    for (size_t target : cited_records(links)) cites.emplace_back(known_->id(target));
    rec.set_json("links", links_json(links, *known_));
    rec.set_strings("cites", cites);
    if (graph_file_) p.links = std::move(links);
  }

  // One worker takes one record at a time: parsed, annotated and emitted
  // while it is in the cache (batches of 64 cost 5-7% more CPU at 200k).
  size_t batch_records() const { return jobs_ == 1 ? 1 : kBatchRecordsPerJob * jobs_; }

  void add_to_graph(const ream::Record& rec, std::optional<size_t> self, const std::vector<Link>& links) {
    std::string id = self ? std::string(known_->id(*self)) : keys_of(rec).id;
    graph_.add_node(id, self ? std::string(known_->title(*self)) : rec.string_or("title"));
    for (const Link& l : links) {
      if (!l.target) continue;
      std::string target(known_->id(*l.target));
      graph_.add_node(target, std::string(known_->title(*l.target)));
      graph_.add_edge(id, target, l.ref.kind);
    }
  }

  void write_graph() {
    std::ostringstream text;
    graph_.write(text, graph_format_);
    graph_file_->write(text.str());
    graph_file_->finish();
  }

 public:
  // The graph is renamed into place with the run's output.
  void commit() override {
    if (binary_index_) binary_index_->commit();
    if (bigram_counts_file_) bigram_counts_file_->commit();
    if (shard_links_file_) shard_links_file_->commit();
    if (graph_file_) graph_file_->commit();
    if (index_file_) index_file_->commit();
  }

 private:
  std::vector<std::string> fields_;
  LinkOptions options_;
  std::unique_ptr<KnownRecords> known_;
  bool streaming_ = false;
  std::unique_ptr<ream::SideFile> binary_index_;        // --build-index
  FlatMap ids_seen_;                                    // --build-index: id hash -> first record
  std::vector<std::pair<uint32_t, uint64_t>> origins_;  // --build-index: (origin_files_ index, line) per record
  std::vector<std::string> origin_files_;
  ream::Spool spool_{"cite's temporary file of held records"};
  // The sizes of the held records: they lie back to back in the spool, so
  // their offsets need not be stored (8 bytes a record at a million).
  std::vector<uint32_t> held_;
  std::vector<Pending> batch_;
  std::vector<Arriving> arriving_;  // the first arriving_count_ are this batch's
  size_t arriving_count_ = 0;
  unsigned jobs_ = 1;
  // 64 records a worker: enough to share out, few enough to stay in the
  // cache between parsing, annotating and emitting.  The byte bound keeps
  // a batch of huge records small.
  static constexpr size_t kBatchRecordsPerJob = 64;
  static constexpr size_t kBatchBytes = size_t{4} << 20;
  static constexpr size_t kGrain = 4;
  ScratchPool scratch_pool_;
  std::unique_ptr<ream::SideFile> graph_file_;
  std::unique_ptr<ream::SideFile> index_file_;  // --save-index
  // A sharded index (see the file's opening).
  std::unique_ptr<ream::SideFile> bigram_counts_file_;  // --save-bigram-counts
  std::unique_ptr<bigram_counts::Counter> bigram_counter_;
  std::vector<std::string> bigram_count_files_;       // --bigram-counts
  std::vector<uint64_t> shard_bigrams_;               // --bigram-counts: the shard's titles' bigrams
  std::unique_ptr<ream::SideFile> shard_links_file_;  // --shard-links
  struct MergeInput {
    std::string path;
    std::ifstream stream;
    uint64_t line = 0;  // lines read
  };
  std::vector<MergeInput> merge_inputs_;  // --merge-shard-links
  GraphFormat graph_format_ = GraphFormat::dot;
  CitationGraph graph_;
};

}  // namespace

REAM_PLUGIN(Cite, ream::PluginInfo{
                      "cite", "1.0.0", "find arXiv ids, DOIs, URLs, ISBNs and title mentions; link the stream",
                      "Adds `links` (every reference found, normalised, with its canonical URL, field, byte span "
                      "and the record of the stream it resolves to) and `cites` (ids of the stream's records this "
                      "record refers to).  Buffers the stream to resolve references, or streams with --index.",
                      REAM_TRANSFORM, kOptions, std::size(kOptions)})
