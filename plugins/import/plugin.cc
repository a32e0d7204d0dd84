// `ream import`: the source stage that turns paper lists into records.
//
// The stage does what every format shares, so that the format parsers stay
// pure text -> Paper functions (paper.hh): it opens every file before
// reading any (a missing second file stops the run before output starts),
// reads each whole, rejects binary files and invalid UTF-8 with their
// line, recognises the format, runs the parser, and turns each Paper into
// a record with a stable, unique id and its `source`.  Parser issues go to
// the host's reject(), so --on-error and --reject apply to them as to any
// bad input line.
//
// With several workers (-j) a file is read in parallel without its output
// showing it: a format whose table row can `split` it is cut into pieces
// at record boundaries, each piece parsed, cleaned and made into records
// on a worker (ReadyPaper), and what the pieces found is then said in
// file order on the calling thread (Emitter: ids made unique, warnings,
// rejects, emits), exactly as one pass over the file would say it.  A
// format whose pieces need state read ahead (BibTeX's @string macros:
// FormatSpec::plan) goes the same way, each piece said once the plan
// accepts it, the rest read in one pass from the first it refuses.  Other
// formats are parsed on the calling thread while the cleaning and record
// building of each batch of papers goes to the workers (BatchSink), which
// is most of the work.  A file holding an invalid byte, and every file
// at -j 1, takes the one-pass path (FaultGate before RecordSink).
#include <ream/plugin.hpp>
#include <ream/text.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "fault_gate.hh"
#include "format_detect.hh"
#include "input_text.hh"
#include "line_cuts.hh"
#include "paper_log.hh"
#include "paper_record.hh"
#include "piece_pipeline.hh"

namespace {

using ream::import::FormatSpec;
using ream::import::Issue;
using ream::import::Paper;

// "auto|hf-papers|...": every name and alias in the format table.
std::string format_choices() {
  std::string out = "auto";
  for (const auto& f : ream::import::formats()) {
    out += '|';
    out += f.name;
    if (!f.aliases.empty()) {
      out += '|';
      out += f.aliases;
    }
  }
  return out;
}
const std::string kFormatChoices = format_choices();

const ream_option_spec kOptions[] = {
    {"format", 'f', REAM_OPT_CHOICE, "FORMAT", "auto", kFormatChoices.c_str(),
     "input format; auto recognises it from the content's own markers and refuses a file it cannot tell", 0},
    {"encoding", 0, REAM_OPT_STRING, "NAME", nullptr, nullptr,
     "read the files as NAME (latin1, windows-1252, utf-16le, ... any ICU converter); by default UTF-8, or "
     "UTF-16 when a byte order mark says so",
     0},
    {"map", 0, REAM_OPT_STRING, "OLD=NEW", nullptr, nullptr,
     "read the column headed OLD as if headed NEW (csv), e.g. --map 'Paper Name=title'; repeatable",
     REAM_OPT_REPEATABLE},
    {"detect", 0, REAM_OPT_FLAG, nullptr, nullptr, nullptr,
     "print each file's detected format and the evidence for it, and import nothing", 0},
};

constexpr const char* kDescription =
    "Reads paper lists and writes one record per paper: page dumps of daily trending papers (hf-papers), "
    "Markdown notes with a section per paper (paper-notes), BibTeX, RIS, CSV with a header row (Scopus and "
    "Web of Science exports included), and JSON Lines. With --format auto (the default) each file's format is "
    "decided from its own markers, and a file no format clearly claims is refused (--detect shows the "
    "evidence). Every record gets a stable id (arxiv:ID, doi:DOI or title:HASH), unique within one import, "
    "and source {file, line}. Text is NFC-normalised, markup reduced to text, paragraphs kept. An invalid "
    "byte or a malformed entry costs only its entry, reported with file and line and handled by --on-error.";

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

uint64_t file_size(const std::string& path) {
  struct stat st {};
  if (path == "-" || stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<uint64_t>(st.st_size);
}

// A paper made ready for output, on any thread: cleaned, its id and
// record made; only whether the id is taken is left for the calling
// thread, in file order.  What it holds is allocated on the thread that
// made it, and freed there too (EventList::clear).
//
// Made for another thread (`sealed`), the record stays here and the
// calling thread emits its text with its seal (Context::emit_json, ABI
// 1.6): the host writes that text as it is when nothing after import
// takes the record, and parses it once (split into fields, not checked
// again) when a later stage does.  Emitting this record instead would
// have the host free it on the calling thread: every record's memory
// (its text, fields, origin) then crossed threads, which kept malloc's
// per-thread caches empty on the worker and full on the calling thread,
// and the locking and consolidating that followed cost more than the
// records' parse.  Parsing the text again on the calling thread (ABI
// 1.5's record_parse_sealed) made that thread the one the others waited
// for.
struct ReadyPaper {
  uint64_t line = 0;
  std::string title, id, who, title_key;
  uint64_t id_hash = 0;  // IdRegistry::hash(id), taken here rather than on the calling thread
  ream::Record record;
  std::string_view json;  // the record's text, when sealed
  uint64_t seal = 0;      // ... and its seal
  bool sealed = false;
  std::exception_ptr error;  // what went wrong making it, thrown in its turn
};

// May run on a worker, where nothing may be thrown: what goes wrong is
// kept and thrown by the Emitter in the paper's turn, as one pass would
// have thrown it there.  `sealed`: made for another thread (see above).
ReadyPaper make_ready_paper(const ream::Context& ctx, Paper&& p, const std::string& file, bool sealed) {
  ReadyPaper r;
  try {
    ream::import::clean_paper(p);
    r.line = p.line;
    r.id = ream::import::paper_id(p);
    r.id_hash = ream::import::IdRegistry::hash(r.id);
    r.who = fmt::format("'{}' ({}:{})", p.title, file, p.line);
    r.title_key = ream::text::title_key(p.title);
    r.record = ctx.parse(ream::import::record_json(p, r.id, file));
    if (sealed)
      r.json = r.record.json(r.seal);
    else
      r.record.set_origin(file, p.line);
    r.sealed = sealed;
    r.title = std::move(p.title);
  } catch (...) {
    r.error = std::current_exception();
  }
  return r;
}

// Says what one file's parser found, in order, on the calling thread:
// unique ids, warnings, rejects and records.
class Emitter {
 public:
  Emitter(ream::Context& ctx, ream::import::IdRegistry& ids, std::string file)
      : ctx_(ctx), ids_(ids), file_(std::move(file)) {}

  bool paper(ReadyPaper&& r) {
    if (r.error) std::rethrow_exception(r.error);
    auto claim = ids_.claim(r.id, r.id_hash, r.who, r.title_key);
    // The same paper twice is not a conflict: it gets its own id quietly,
    // and dedupe folds the two.  Two titles on one id is worth a warning.
    if (claim.taken_by && !claim.same_title)
      ctx_.warn(file_, r.line,
                fmt::format("id {} of '{}' is already taken by {}; this record gets id {}",
                            claim.id.substr(0, claim.id.rfind('~')), r.title, *claim.taken_by, claim.id));
    bool go;
    if (claim.id != r.id) {  // rare: the record's text (what record_json gave) again, with the new id
      ream::Record record = ctx_.parse(ream::import::with_id(r.sealed ? r.json : r.record.json(), r.id, claim.id));
      record.set_origin(file_, r.line);
      go = ctx_.emit(std::move(record));
    } else if (r.sealed) {
      go = ctx_.emit_json(r.json, r.seal, file_, r.line);
    } else {
      go = ctx_.emit(std::move(r.record));
    }
    if (!go) stopped_ = true;
    return !stopped_;
  }
  bool issue(Issue&& i) {
    if (!ctx_.reject(file_, i.line, i.raw, i.reason)) failed_ = stopped_ = true;
    return !stopped_;
  }
  void warning(uint64_t line, const std::string& message) { ctx_.warn(file_, line, message); }
  const std::string& file() const { return file_; }
  // True once --on-error=fail has ended the run.
  bool failed() const { return failed_; }
  // True once nothing more may be said: the run failed, or downstream
  // wants no more records.
  bool stopped() const { return stopped_; }

 private:
  ream::Context& ctx_;
  ream::import::IdRegistry& ids_;
  std::string file_;
  bool failed_ = false, stopped_ = false;
};

// The one-pass path: each paper is made ready and said as it comes.
class RecordSink : public ream::import::PaperSink {
 public:
  RecordSink(ream::Context& ctx, Emitter& out) : ctx_(ctx), out_(out) {}
  bool paper(Paper&& p) override { return out_.paper(make_ready_paper(ctx_, std::move(p), out_.file(), false)); }
  bool issue(Issue&& i) override { return out_.issue(std::move(i)); }
  void warning(uint64_t line, const std::string& message) override { out_.warning(line, message); }

 private:
  ream::Context& ctx_;
  Emitter& out_;
};

// What a parser said about (part of) a file, kept in order (PaperLog) so
// that its papers can be made ready on the workers and said later.
class EventList : public ream::import::PaperLog {
 public:
  // Parses `text` and makes its papers ready, on a worker: what the parser
  // throws is kept, and thrown by say() after what came before it.
  void read(const FormatSpec& format, std::string_view text, const ream::import::FormatOptions& options,
            const ream::Context& ctx, const std::string& file) {
    read_with([&](EventList& self) { format.parse(text, options, self); }, ctx, file);
  }
  // The same with parse(*this) as the parser.
  template <class Parse>
  void read_with(Parse&& parse, const ream::Context& ctx, const std::string& file) {
    try {
      parse(*this);
    } catch (...) {
      thrown_ = std::current_exception();
    }
    ready_.resize(papers().size());
    make_ready_range(ctx, file, 0, papers().size());
    papers().clear();  // what the records no longer need is freed by the thread that allocated it
  }
  // Makes papers [begin, end) ready, with ready_sized() called first:
  // pieces of work on distinct ranges may run at once, on any thread.
  // Papers made on a worker are sealed for the thread that says them
  // (ReadyPaper); those it makes itself, waiting for the workers, are not.
  void make_ready_range(const ream::Context& ctx, const std::string& file, size_t begin, size_t end) {
    bool sealed = std::this_thread::get_id() != sayer_;
    for (size_t k = begin; k < end; ++k) ready_[k] = make_ready_paper(ctx, std::move(papers()[k]), file, sealed);
  }
  size_t ready_sized() {
    ready_.resize(papers().size());
    return ready_.size();
  }
  // Says everything, in order, once made ready; false when the run stops.
  bool say(Emitter& out) {
    if (!replay_with([&](size_t k) { return out.paper(std::move(ready_[k])); }, out)) return false;
    if (thrown_) std::rethrow_exception(thrown_);
    return true;
  }
  // Empty again.  The papers made ready stay until the next read() or
  // make_ready_range() overwrites them, on the thread that makes the new
  // ones, which is mostly the one that made the old: freeing them here,
  // on the calling thread, made every free cross threads (malloc's
  // per-thread caches then never get their own memory back, and the
  // calling thread's share of the work grew by half).
  void clear() {
    thrown_ = nullptr;
    PaperLog::clear();
  }

 private:
  std::vector<ReadyPaper> ready_;
  std::exception_ptr thrown_;
  std::thread::id sayer_ = std::this_thread::get_id();  // lists are made where they are said
};

// A parser on the calling thread, the papers made ready on the workers a
// batch at a time, in a pipeline: while the workers make one batch ready
// (Context::parallel_start), the calling thread says the batch before it
// and goes on parsing.  The parser is told to stop at the first batch
// after the one where the run stopped; what it said past that point is
// dropped, as the one-pass path never let it say it.
class BatchSink : public ream::import::PaperSink {
 public:
  static constexpr size_t kBatch = 1024;  // papers: enough to keep every worker busy for a while
  BatchSink(ream::Context& ctx, Emitter& out) : ctx_(ctx), out_(out) {}
  ~BatchSink() { finish_making(); }
  bool paper(Paper&& p) override {
    if (out_.stopped()) return false;
    filling().paper(std::move(p));
    return filling().papers().size() < kBatch || hand_over();
  }
  bool issue(Issue&& i) override { return !out_.stopped() && filling().issue(std::move(i)); }
  void warning(uint64_t line, const std::string& message) override {
    if (!out_.stopped()) filling().warning(line, message);
  }
  // Says what is held; false when the run stops.
  bool flush() {
    hand_over();
    finish_making();
    say(lists_[making_]);
    return !out_.stopped();
  }
  // Waits for the batch on the workers (this thread helps), e.g. before
  // the parser spreads work of its own over them.
  void finish_making() {
    if (batch_) batch_->wait();
    batch_.reset();
  }

 private:
  EventList& filling() { return lists_[filling_]; }
  // The full batch goes to the workers once the one before it is made
  // ready; that one is said meanwhile, and then filled again.
  bool hand_over() {
    finish_making();
    making_ = filling_;
    batch_.emplace(ctx_.parallel_start(lists_[making_].ready_sized(), 0, make_));
    filling_ ^= 1;
    say(filling());
    return !out_.stopped();
  }
  void say(EventList& list) {
    if (!out_.stopped()) list.say(out_);
    list.clear();
  }

  ream::Context& ctx_;
  Emitter& out_;
  EventList lists_[2];
  size_t filling_ = 0, making_ = 1;
  std::function<void(size_t, size_t)> make_ = [this](size_t begin, size_t end) {
    lists_[making_].make_ready_range(ctx_, out_.file(), begin, end);
  };
  std::optional<ream::Context::Batch> batch_;
};

// "bibtex: entry '@article{k,' at line 3", or why no format was chosen.
std::string describe(const ream::import::Detection& d) {
  if (d.format) return fmt::format("{}: {}", d.format->name, d.candidates.front().second.reason);
  if (!d.unread_export.empty()) return "unknown: " + d.unread_export;
  if (d.candidates.empty()) return "unknown: no format's markers found";
  std::string out = "unknown: not clear enough";
  for (const auto& [format, evidence] : d.candidates)
    out += fmt::format("; {} ({}%): {}", format->name, evidence.confidence, evidence.reason);
  return out;
}

// Detection on the start of a text; invalid bytes there (one bad entry)
// are replaced first so that they hide no format's markers.
ream::import::Detection detect_in(std::string_view text) {
  text = text.substr(0, ream::import::Sample::kHeadBytes);
  if (!ream::import::find_text_fault(text)) return ream::import::detect_format(text);
  std::string repaired = ream::import::with_replacements(text);
  return ream::import::detect_format(repaired);
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class Import : public ream::Stage {
 public:
  explicit Import(ream::Context& ctx) : Stage(ctx) {
    paths_ = ctx.options().positional();
    if (paths_.empty()) paths_.push_back("-");
    std::string format = ctx.options().string("format", "auto");
    if (format != "auto") forced_ = ream::import::format_by_name(format);
    detect_only_ = ctx.options().flag("detect");
    encoding_ = ctx.options().string("encoding");
    for (size_t i = 0, n = ctx.options().count("map"); i < n; ++i) {
      std::string rename(ctx.options().value("map", i));
      size_t eq = rename.find('=');
      if (eq == 0 || eq == std::string::npos || eq + 1 == rename.size())
        throw ream::UsageError(fmt::format("--map: '{}' is not OLD=NEW", rename));
      options_.column_map.emplace_back(rename.substr(0, eq), rename.substr(eq + 1));
    }
    if (!encoding_.empty() && !ream::import::known_encoding(encoding_))
      throw ream::UsageError(fmt::format("--encoding: '{}' is not an encoding ICU knows", encoding_));
    for (const auto& path : paths_) {
      try {
        ream::import::check_readable(path);
      } catch (const std::system_error& e) {
        throw ream::IoError(e.what(), path);
      }
      total_ += file_size(path);
    }
    // Every named file's format is decided before any record is written,
    // so a file that cannot be told stops the run with no output at all.
    // Standard input can only be looked at once, when it is read.
    if (!forced_ && !detect_only_)
      for (const auto& path : paths_)
        if (path != "-") decided_[path] = decide(path, head_of(path));
  }

  void run() override {
    if (detect_only_) return print_detections();
    for (size_t i = 0; i < paths_.size();) {
      size_t group = small_files_from(i);
      bool go = group > 1 ? import_together(i, group) : import_file(paths_[i]);
      if (!go || context().stopped()) return;
      i += std::max<size_t>(group, 1);
    }
  }

 private:
  // The start of a named file as UTF-8 text, or "" when it cannot be
  // decoded (import_file reports that with its line).
  std::string head_of(const std::string& path) {
    std::string head;
    try {
      head = ream::import::read_head(path, ream::import::Sample::kHeadBytes);
    } catch (const std::system_error& e) {
      throw ream::IoError(e.what(), display_name(path));
    }
    try {
      return ream::import::decode_input(std::move(head), encoding_, true);
    } catch (const ream::import::DecodeError&) {
      return {};
    }
  }

  // The format of a file from the start of its text; nullptr for a blank
  // file, or for one that is no text at all (binary, invalid UTF-8), which
  // import_file reports as such.  Throws when no format is clearly
  // indicated.
  const FormatSpec* decide(const std::string& path, std::string_view head) {
    if (is_blank(head)) return nullptr;
    ream::import::Detection d = detect_in(head);
    if (d.format || ream::import::find_file_fault(head)) return d.format;
    std::string name = display_name(path);
    if (!d.unread_export.empty())
      throw ream::DataError(fmt::format("cannot import {}: it is {}", name, d.unread_export), name);
    throw ream::DataError(
        fmt::format("cannot tell the format of {}; use --format (one of {})", name, ream::import::format_list()), name);
  }

  void print_detections() {
    bool all_told = true;
    for (const auto& path : paths_) {
      std::string head = path == "-" ? read_whole(path) : head_of(path);
      if (path == "-") try {
          head = ream::import::decode_input(std::move(head), encoding_);
        } catch (const ream::import::DecodeError&) {
          head.clear();
        }
      std::string_view text = head;
      ream::import::Detection d = detect_in(text);
      std::string what = is_blank(text) ? "empty: no papers" : describe(d);
      all_told = all_told && (d.format || is_blank(text));
      context().write(fmt::format("{}: {}\n", display_name(path), what));
    }
    if (!all_told) throw ream::DataError("cannot tell the format of every file; use --format");
  }

  std::string read_whole(const std::string& path) {
    try {
      return ream::import::read_input(path, [&](uint64_t n, uint64_t) { context().progress(done_ + n, total_); });
    } catch (const std::system_error& e) {
      throw ream::IoError(e.what(), display_name(path));
    }
  }

  // A named file's bytes, read in parts on the workers when there are
  // several (a large file's read is otherwise a serial start of the run).
  ream::import::InputBytes read_bytes(const std::string& path) {
    ream::import::Spread spread;
    if (context().jobs() > 1)
      spread = [this](size_t count, const std::function<void(size_t)>& body) {
        context().parallel_for(count, 1, [&](size_t begin, size_t end) {
          for (size_t i = begin; i < end; ++i) body(i);
        });
      };
    try {
      return ream::import::read_input_bytes(
          path, [&](uint64_t n, uint64_t) { context().progress(done_ + n, total_); }, spread);
    } catch (const std::system_error& e) {
      throw ream::IoError(e.what(), display_name(path));
    }
  }

  // One file read, decoded and checked, to be parsed (or reported) in its
  // turn.
  struct LoadedFile {
    std::string name;
    ream::import::InputBytes text;                   // decoded, invalid bytes replaced
    const FormatSpec* format = nullptr;              // nullptr: nothing to parse
    std::optional<ream::import::TextFault> refusal;  // why the whole file is rejected
    std::vector<ream::import::TextFault> faults;     // lines holding an invalid byte
    ream::import::InputBytes original;               // the bytes as read, kept when there are faults
    std::exception_ptr error;                        // thrown in its turn (a group reads ahead)
  };

  LoadedFile load(const std::string& path) {
    LoadedFile f;
    f.name = display_name(path);
    ream::import::InputBytes bytes = read_bytes(path);
    done_ += bytes.size();
    if (ream::import::needs_decoding(bytes.view(), encoding_)) try {
        bytes = ream::import::InputBytes(ream::import::decode_input(std::string(bytes.view()), encoding_));
      } catch (const ream::import::DecodeError& e) {
        f.refusal = ream::import::TextFault{e.line, e.reason, ""};
        return f;
      }
    std::string_view data = bytes.view();
    if (is_blank(data)) return f;  // an empty file has no papers
    const FormatSpec* format = forced_;
    if (!format) {
      auto known = decided_.find(path);
      format = known != decided_.end() ? known->second : decide(path, data.substr(0, ream::import::Sample::kHeadBytes));
    }
    if (auto fault = ream::import::find_file_fault(data)) {
      f.refusal = std::move(fault);
      return f;
    }
    f.format = format;  // unset only for a binary file, refused above
    if (!format) return f;
    if (may_have_faults(data)) f.faults = ream::import::find_line_faults(data);
    // Entries holding an invalid byte are skipped one by one (FaultGate);
    // the parser reads a copy with those bytes replaced.
    if (f.faults.empty()) {
      f.text = std::move(bytes);
    } else {
      f.text = ream::import::InputBytes(ream::import::with_replacements(data));
      f.original = std::move(bytes);  // a skipped entry goes to --reject as it was
    }
    return f;
  }

  // False when the run must stop.
  bool import_file(const std::string& path) { return import_loaded(load(path), nullptr); }

  // Says what a loaded file holds; `parsed` is what a worker already
  // parsed and made ready of it, if it did.
  bool import_loaded(LoadedFile&& f, EventList* parsed) {
    if (f.error) std::rethrow_exception(f.error);
    if (f.refusal) return context().reject(f.name, f.refusal->line, f.refusal->raw, f.refusal->reason);
    if (!f.format) return true;
    Emitter out(context(), ids_, f.name);
    if (parsed) {
      parsed->say(out);
      return !out.failed();
    }
    if (f.faults.empty() && context().jobs() > 1) return import_on_workers(f.text.view(), *f.format, out);
    RecordSink sink(context(), out);
    ream::import::FaultGate gate(sink, std::move(f.faults), f.original.view());
    f.format->parse(f.text.view(), options_, gate);
    gate.finish();
    return !out.failed();
  }

  // How many named files from paths_[first] on are small enough to be
  // read together, each parsed whole on a worker (0 or 1: read alone).
  // Standard input is always read alone: its format is decided when read.
  size_t small_files_from(size_t first) {
    if (context().jobs() == 1) return 0;
    constexpr uint64_t kSmallFile = 1 << 20, kGroupBytes = 16 << 20;
    constexpr size_t kGroupFiles = 256;
    uint64_t bytes = 0;
    size_t n = 0;
    while (first + n < paths_.size() && n < kGroupFiles) {
      const std::string& path = paths_[first + n];
      uint64_t size = file_size(path);
      if (path == "-" || size == 0 || size > kSmallFile || bytes + size > kGroupBytes) break;
      bytes += size;
      ++n;
    }
    return n;
  }

  // Files paths_[first, first + count), read here in order, parsed and
  // made ready on the workers one file each, then said in order.  A file
  // with invalid bytes is parsed in its turn, in one pass.
  bool import_together(size_t first, size_t count) {
    std::vector<LoadedFile> files(count);
    for (size_t k = 0; k < count; ++k) {
      try {
        files[k] = load(paths_[first + k]);
      } catch (...) {
        files[k].error = std::current_exception();
        count = k + 1;  // nothing after a failed file is read, as one pass would not
        files.resize(count);
        break;
      }
    }
    std::vector<EventList> parsed(count);
    auto ready = [&](size_t k) {
      return !files[k].error && !files[k].refusal && files[k].format && files[k].faults.empty();
    };
    context().parallel_for(count, 1, [&](size_t begin, size_t end) {
      for (size_t k = begin; k < end; ++k) {
        if (!ready(k)) continue;
        parsed[k].read(*files[k].format, files[k].text.view(), options_, context(), files[k].name);
      }
    });
    for (size_t k = 0; k < count; ++k) {
      bool was_ready = ready(k);
      if (!import_loaded(std::move(files[k]), was_ready ? &parsed[k] : nullptr) || context().stopped()) return false;
      parsed[k].clear();
    }
    return true;
  }

  // Whether some line of `text` holds a NUL or malformed UTF-8: checked
  // on the workers, a piece of whole lines each (no UTF-8 sequence holds a
  // '\n' byte), so that the one-pass search for the faults, with their
  // lines and messages, runs only for a file that has some.
  bool may_have_faults(std::string_view text) {
    if (context().jobs() == 1) return true;
    std::vector<size_t> cuts = ream::import::line_cuts(text, piece_bytes(text.size()),
                                                       [](std::string_view, std::string_view) { return true; });
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(text.size());
    std::vector<char> faulty(cuts.size() - 1, 0);
    context().parallel_for(faulty.size(), 1, [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i)
        faulty[i] = ream::import::find_text_fault(text.substr(cuts[i], cuts[i + 1] - cuts[i])).has_value();
    });
    return std::find(faulty.begin(), faulty.end(), 1) != faulty.end();
  }

  // Bytes of text one piece of parallel work covers: a few pieces per
  // worker (so that a slow piece does not idle the others), none bigger
  // than `max_piece`, and none so small that a piece costs more to hand
  // out than to parse.
  size_t piece_bytes(size_t text_bytes, size_t max_piece = kMaxPiece) {
    constexpr size_t kMinPiece = 128;
    return std::clamp<size_t>(text_bytes / (context().jobs() * 4), kMinPiece, max_piece);
  }
  // A parser's own pieces (csl-json's, say) are at most 256 KB.  The
  // pieces of a split or planned file are smaller (a planned piece's state,
  // BibTeX's macros, is shared by the pieces it holds for and copied only
  // while the piece is read): what one holds once parsed is several times
  // its text (papers, records, their JSON), and the kPiecesAhead a worker
  // in flight then fit in a core's cache (2 MB of L2 here) between the
  // worker that makes them and the thread that says them; 64 KB takes a
  // few hundred microseconds to parse, against a few to hand out.
  static constexpr size_t kMaxPiece = 256 << 10, kSplitPiece = 64 << 10, kPiecesAhead = 4;

  // A file without invalid bytes, with several workers; false when the run
  // must stop.
  bool import_on_workers(std::string_view text, const FormatSpec& format, Emitter& out) {
    size_t split_piece = piece_bytes(text.size(), kSplitPiece);
    if (format.split && text.size() > split_piece) {
      std::vector<size_t> cuts = format.split(text, split_piece);
      if (!cuts.empty()) return import_in_pieces(text, format, std::move(cuts), out);
    }
    size_t piece = piece_bytes(text.size(), format.plan ? kSplitPiece : kMaxPiece);
    ream::import::FormatOptions options = options_;
    options.piece_bytes = piece;
    options.parallel = spread_pieces();
    if (format.plan) {
      if (std::unique_ptr<ream::import::PiecePlan> plan = format.plan(text, options)) return import_planned(*plan, out);
      options.parallel = nullptr;  // its parser would only look for a plan again, and find none
    }
    BatchSink sink(context(), out);
    if (options.parallel)
      options.parallel = [this, &sink, spread = std::move(options.parallel)](
                             size_t count, const std::function<void(size_t, size_t)>& body) {
        sink.finish_making();  // the workers are the batch's until then
        spread(count, body);
      };
    return parse_in_batches(sink, out, [&](BatchSink& to) { format.parse(text, options, to); });
  }

  // A parser's own pieces of work (FormatOptions::parallel) spread over
  // the workers.
  ream::import::ParallelFor spread_pieces() {
    return [this](size_t count, const std::function<void(size_t, size_t)>& body) {
      // Nothing may be thrown on a worker: the first piece's exception, in
      // index order, is thrown here instead.
      std::vector<std::exception_ptr> thrown(count);
      context().parallel_for(count, 1, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) try {
            body(i, i + 1);
          } catch (...) {
            thrown[i] = std::current_exception();
          }
      });
      for (const auto& e : thrown)
        if (e) std::rethrow_exception(e);
    };
  }

  // Runs parse(sink) on this thread, the papers made ready in batches on
  // the workers; false when the run must stop.
  template <class Parse>
  bool parse_in_batches(BatchSink& sink, Emitter& out, Parse&& parse) {
    try {
      parse(sink);
    } catch (...) {
      // What came before the throw is said first, as one pass says it.
      std::exception_ptr thrown = std::current_exception();
      sink.flush();
      std::rethrow_exception(thrown);
    }
    sink.flush();
    return !out.failed();
  }

  // Reads a planned file's pieces on the workers, each piece's papers made
  // ready there too, while this thread says the pieces made, in order
  // (PiecePipeline), as long as the plan accepts them; from the first it
  // does not accept on, the file is read here in one pass (the papers made
  // ready in batches on the workers).  The papers are made, made ready
  // and freed on one thread, as a split file's are.
  bool import_planned(ream::import::PiecePlan& plan, Emitter& out) {
    std::optional<size_t> refused;
    ream::import::PiecePipeline<EventList> pipeline(plan.count(), static_cast<size_t>(context().jobs()) * kPiecesAhead);
    pipeline.run(
        context(),
        [&](size_t k, EventList& found) {
          found.read_with([&](EventList& self) { plan.read(k, self); }, context(), out.file());
        },
        [&](size_t k, EventList& found) {
          if (!plan.accept(k)) {
            refused = k;
            found.clear();
            return false;
          }
          found.say(out);
          found.clear();
          return !out.stopped();
        });
    if (!refused) return !out.failed();
    BatchSink sink(context(), out);
    return parse_in_batches(sink, out, [&](BatchSink& to) { plan.read_rest(*refused, to); });
  }

  // Parses the pieces between `cuts` on the workers, each piece's papers
  // made ready there too, while this thread says the pieces made, in
  // order (PiecePipeline); at most kPiecesAhead pieces a worker are held.
  bool import_in_pieces(std::string_view text, const FormatSpec& format, std::vector<size_t> cuts, Emitter& out) {
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(text.size());
    size_t pieces = cuts.size() - 1;
    auto piece_text = [&](size_t i) { return text.substr(cuts[i], cuts[i + 1] - cuts[i]); };
    // The line each piece starts on, from its newlines counted in parallel.
    std::vector<uint64_t> first_line(pieces + 1, 0);
    context().parallel_for(pieces, 1, [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) {
        std::string_view piece = piece_text(i);
        first_line[i + 1] = ream::import::count_newlines(piece);
      }
    });
    first_line[0] = 1;
    for (size_t i = 1; i <= pieces; ++i) first_line[i] += first_line[i - 1];
    ream::import::PiecePipeline<EventList> pipeline(pieces, static_cast<size_t>(context().jobs()) * kPiecesAhead);
    pipeline.run(
        context(),
        [&](size_t k, EventList& found) {
          ream::import::FormatOptions options = options_;
          options.first_line = first_line[k];
          found.read(format, piece_text(k), options, context(), out.file());
        },
        [&](size_t, EventList& found) {
          found.say(out);
          found.clear();
          return !out.stopped();
        });
    return !out.failed();
  }

  std::vector<std::string> paths_;
  const FormatSpec* forced_ = nullptr;
  bool detect_only_ = false;
  std::string encoding_;
  std::map<std::string, const FormatSpec*> decided_;  // by path, for named files
  ream::import::FormatOptions options_;
  ream::import::IdRegistry ids_;
  uint64_t total_ = 0, done_ = 0;
};

}  // namespace

REAM_PLUGIN(Import,
            ream::PluginInfo{"import", "1.0.0", "turn paper lists (dumps, notes, BibTeX, RIS, CSV) into records",
                             kDescription, REAM_SOURCE, kOptions, std::size(kOptions), "FILE",
                             "files to read; - or none for standard input"})
