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
#include <ream/plugin.hpp>
#include <ream/text.hpp>

#include <sys/stat.h>

#include <cstring>
#include <map>
#include <system_error>

#include <fmt/format.h>

#include "fault_gate.hh"
#include "format_detect.hh"
#include "input_text.hh"
#include "paper_record.hh"

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

// Receives one file's papers and issues and passes them to the host.
class RecordSink : public ream::import::PaperSink {
 public:
  RecordSink(ream::Context& ctx, ream::import::IdRegistry& ids, std::string file)
      : ctx_(ctx), ids_(ids), file_(std::move(file)) {}

  bool paper(Paper&& p) override {
    ream::import::clean_paper(p);
    std::string who = fmt::format("'{}' ({}:{})", p.title, file_, p.line);
    auto claim = ids_.claim(ream::import::paper_id(p), who, ream::text::title_key(p.title));
    // The same paper twice is not a conflict: it gets its own id quietly,
    // and dedupe folds the two.  Two titles on one id is worth a warning.
    if (claim.taken_by && !claim.same_title)
      ctx_.warn(file_, p.line,
                fmt::format("id {} of '{}' is already taken by {}; this record gets id {}",
                            claim.id.substr(0, claim.id.rfind('~')), p.title, *claim.taken_by, claim.id));
    ream::Record rec = ctx_.parse(ream::import::record_json(p, claim.id, file_));
    rec.set_origin(file_, p.line);
    return ctx_.emit(std::move(rec));
  }
  bool issue(Issue&& i) override {
    if (!ctx_.reject(file_, i.line, i.raw, i.reason)) failed_ = true;
    return !failed_;
  }
  void warning(uint64_t line, const std::string& message) override { ctx_.warn(file_, line, message); }
  // True once --on-error=fail has ended the run.
  bool failed() const { return failed_; }

 private:
  ream::Context& ctx_;
  ream::import::IdRegistry& ids_;
  std::string file_;
  bool failed_ = false;
};

// "bibtex: entry '@article{k,' at line 3", or why no format was chosen.
std::string describe(const ream::import::Detection& d) {
  if (d.format) return fmt::format("{}: {}", d.format->name, d.candidates.front().second.reason);
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
    for (const auto& path : paths_) {
      if (!import_file(path) || context().stopped()) return;
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

  // False when the run must stop.
  bool import_file(const std::string& path) {
    std::string name = display_name(path);
    std::string data = read_whole(path);
    done_ += data.size();
    try {
      data = ream::import::decode_input(std::move(data), encoding_);
    } catch (const ream::import::DecodeError& e) {
      return context().reject(name, e.line, "", e.reason);
    }
    std::string_view text = data;
    if (is_blank(text)) return true;  // an empty file has no papers
    const FormatSpec* format = forced_;
    if (!format) {
      auto known = decided_.find(path);
      format = known != decided_.end() ? known->second : decide(path, text.substr(0, ream::import::Sample::kHeadBytes));
    }
    if (auto fault = ream::import::find_file_fault(text))
      return context().reject(name, fault->line, fault->raw, fault->reason);
    if (!format) return true;  // decide() leaves it unset only for a binary file, reported above
    std::vector<ream::import::TextFault> faults = ream::import::find_line_faults(text);
    // Entries holding an invalid byte are skipped one by one (FaultGate);
    // the parser reads a copy with those bytes replaced.
    std::string repaired;
    if (!faults.empty()) {
      repaired = ream::import::with_replacements(text);
      text = repaired;
    }
    RecordSink sink(context(), ids_, name);
    ream::import::FaultGate gate(sink, std::move(faults));
    format->parse(text, options_, gate);
    gate.finish();
    return !sink.failed();
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
