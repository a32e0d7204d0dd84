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
#include <system_error>

#include <fmt/format.h>

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
     "input format; auto recognises it from the content", 0},
};

constexpr const char* kDescription =
    "Reads paper lists and writes one record per paper: page dumps of daily trending papers (hf-papers), "
    "Markdown notes with a section per paper (paper-notes), BibTeX, RIS, CSV with a header row, and JSON "
    "Lines. With --format auto (the default) the format of each file is recognised from its content. "
    "Every record gets a stable id (arxiv:ID, doi:DOI or title:HASH), unique within one import, and "
    "source {file, line}. Text is NFC-normalised with white space collapsed. Malformed input, binary "
    "files and invalid UTF-8 are reported with file and line and handled by --on-error.";

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

class Import : public ream::Stage {
 public:
  explicit Import(ream::Context& ctx) : Stage(ctx) {
    paths_ = ctx.options().positional();
    if (paths_.empty()) paths_.push_back("-");
    std::string format = ctx.options().string("format", "auto");
    if (format != "auto") forced_ = ream::import::format_by_name(format);
    for (const auto& path : paths_) {
      try {
        ream::import::check_readable(path);
      } catch (const std::system_error& e) {
        throw ream::IoError(e.what(), path);
      }
      total_ += file_size(path);
    }
  }

  void run() override {
    for (const auto& path : paths_) {
      if (!import_file(path) || context().stopped()) return;
    }
  }

 private:
  // False when the run must stop.
  bool import_file(const std::string& path) {
    std::string name = display_name(path);
    std::string data;
    try {
      data = ream::import::read_input(path, [&](uint64_t n, uint64_t) { context().progress(done_ + n, total_); });
    } catch (const std::system_error& e) {
      throw ream::IoError(e.what(), name);
    }
    done_ += data.size();
    std::string_view text = ream::import::without_bom(data);
    if (auto fault = ream::import::find_text_fault(text))
      return context().reject(name, fault->line, fault->raw, fault->reason);
    const FormatSpec* format = forced_ ? forced_ : ream::import::detect_format(text).format;
    if (!format) {
      if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;  // an empty file has no papers
      return context().reject(name, 1, ream::import::line_around(text, 0),
                              "cannot tell the format; use --format with one of: " + ream::import::format_list());
    }
    RecordSink sink(context(), ids_, name);
    format->parse(text, options_, sink);
    return !sink.failed();
  }

  std::vector<std::string> paths_;
  const FormatSpec* forced_ = nullptr;
  ream::import::FormatOptions options_;
  ream::import::IdRegistry ids_;
  uint64_t total_ = 0, done_ = 0;
};

}  // namespace

REAM_PLUGIN(Import,
            ream::PluginInfo{"import", "1.0.0", "turn paper lists (dumps, notes, BibTeX, RIS, CSV) into records",
                             kDescription, REAM_SOURCE, kOptions, std::size(kOptions), "FILE",
                             "files to read; - or none for standard input"})
