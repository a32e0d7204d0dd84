// The import formats: one table row each, and choosing a row for a file.
//
// A format is a row of kFormats (formats.cc): its name, its aliases, a
// one-line summary, a `detect` function and a `parse` function.  Nothing
// else in the stage knows the list, so the --format choices, the error
// messages, `--detect` and the dispatch all come from the table.
//
// How to add a format:
//   1. Write plugins/import/NAME.{hh,cc} with
//        Evidence detect_NAME(const Sample& s);
//        void parse_NAME(std::string_view text, PaperSink& out);
//      (or, when the parser needs the stage's options,
//        void parse_NAME(std::string_view text, const FormatOptions& o, PaperSink& out);)
//      detect_NAME looks for the format's OWN markers in the sample and
//      returns Evidence{} (confidence 0) when it finds none.  It must never
//      claim a file for lack of a better idea: "some text" is no evidence.
//   2. Add one row to kFormats in formats.cc (the order there is the order
//      of --format's choices and of messages, nothing more).
//   3. Add NAME.cc to ream_import_core, NAME_test.cc to import_test, a
//      NAME_fuzz.cc fuzz target, and a section with the field mapping to
//      man/ream-import.1.in.
//
// Choosing: every detector sees the same Sample; the format with the
// highest confidence wins when it reaches kConfident and no other format
// is within kMargin of it.  Otherwise the file is refused ("cannot tell
// the format"): guessing wrong turns a file into junk records.
#ifndef REAM_IMPORT_FORMAT_DETECT_HH
#define REAM_IMPORT_FORMAT_DETECT_HH

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "paper.hh"

namespace ream::import {

// What a detector found: how sure it is (0 = no evidence at all, 100 = the
// format's defining syntax) and why, in words for `ream import --detect`
// ("first entry '@article{smith2020,' at line 3").
struct Evidence {
  int confidence = 0;
  std::string reason;
  explicit operator bool() const { return confidence > 0; }
};

// Confidence levels detectors use, so their answers compare.
constexpr int kCertain = 100;   // the format's own syntax, checked
constexpr int kStrong = 80;     // a marker only this format writes
constexpr int kConfident = 50;  // the least that lets auto decide
constexpr int kWeak = 30;       // consistent with the format, proves little
constexpr int kMargin = 10;     // a winner must lead the next format by this

// The start of a file as every detector sees it (decoded to UTF-8, byte
// order mark removed, invalid bytes replaced by U+FFFD).  The stage decides
// every named file's format from its first kHeadBytes bytes before any
// record is written, so a detector must decide from those alone.
struct Sample {
  explicit Sample(std::string_view text);
  std::string_view text;                // what detection was given: the file's first kHeadBytes bytes
  std::string_view head;                // its first kHeadBytes bytes
  std::vector<std::string_view> lines;  // the first non-blank lines of head, trimmed
  // The 1-based line number of lines[i] in the file.
  std::vector<uint64_t> line_numbers;
  static constexpr size_t kHeadBytes = 1 << 16;
  static constexpr size_t kMaxLines = 60;
};

// Runs body(begin, end) over pieces of [0, count), perhaps at once on
// several threads (the run's workers); each piece writes only its own
// indices.  See ream::Context::parallel_for.
using ParallelFor = std::function<void(size_t count, const std::function<void(size_t, size_t)>& body)>;

// The stage's options that some parsers need.
struct FormatOptions {
  // --map OLD=NEW: header renames for tabular formats, applied before the
  // format's own column mapping.
  std::vector<std::pair<std::string, std::string>> column_map;
  // The line `text` starts on in its file: a piece of a split file (see
  // FormatSpec::split) is parsed with the number of its first line, so
  // that lines in papers, issues, warnings and their messages are the
  // file's.  Formats without `split` are always given whole files.
  uint64_t first_line = 1;
  // Set when the run has several workers: a parser whose work the row's
  // `split` cannot cut (hf-papers) may spread its own steps over them.
  ParallelFor parallel;
  // With `parallel`: about how many bytes a parser's piece of work should
  // cover (the stage's choice, from the file's size and the workers).
  size_t piece_bytes = 0;
};

// A file cut into pieces whose parsing needs something of what came before
// them (BibTeX's @string macros), read ahead of the pieces.  read(k) may run
// on any thread, once for each piece, and says what the piece holds as if
// the state before it were right; accept(k), on one thread in order of k
// once piece k is read, tells whether it was: what the pieces before it
// say is then what a reader of the whole file says up to piece k's end.
// When it was not, read_rest(k) reads from piece k to the end of the file
// in one pass, in the state a reader of the whole file has there, and
// nothing piece k or a later one read is to be said.
class PiecePlan {
 public:
  virtual ~PiecePlan() = default;
  virtual size_t count() const = 0;
  virtual void read(size_t k, PaperSink& out) = 0;
  virtual bool accept(size_t k) = 0;
  virtual void read_rest(size_t k, PaperSink& out) = 0;
};

struct FormatSpec {
  std::string_view name;     // what --format takes and --detect prints
  std::string_view aliases;  // other names --format accepts, '|'-separated ("" for none)
  std::string_view summary;  // a few words for help and messages
  Evidence (*detect)(const Sample& sample);
  void (*parse)(std::string_view text, const FormatOptions& options, PaperSink& out);
  // Optional (nullptr when the format cannot be cut safely): the offsets,
  // ascending and each at the start of a line, where `text` may be cut into
  // pieces near every `piece_bytes` bytes such that parsing each piece
  // alone (with its first_line) says exactly what parsing the whole says:
  // the same papers, issues and warnings, in the same order.  Only a place
  // where the parser holds nothing of what came before qualifies (after a
  // record's end marker, say); an empty answer means "parse it whole".
  std::vector<size_t> (*split)(std::string_view text, size_t piece_bytes) = nullptr;
  // Optional, for a format `split` cannot cut (BibTeX): pieces of about
  // options.piece_bytes (their lines counted on options.parallel), or
  // nullptr when the file must be parsed whole.
  std::unique_ptr<PiecePlan> (*plan)(std::string_view text, const FormatOptions& options) = nullptr;
};

// Every format, in table order.
std::span<const FormatSpec> formats();

// The format named `name` (a name or an alias), or nullptr.
const FormatSpec* format_by_name(std::string_view name);

// "hf-papers, paper-notes, bibtex, ...": the names joined by `separator`.
std::string format_list(std::string_view separator = ", ");

// The outcome of auto-detection: the chosen format (nullptr when none is
// clearly indicated) and every format that found evidence, best first.
struct Detection {
  const FormatSpec* format = nullptr;
  std::vector<std::pair<const FormatSpec*, Evidence>> candidates;
  // When no format found any evidence but the text is an export ream
  // knows of and does not read (EndNote's XML): what it is and what to
  // do instead, for the message.
  std::string unread_export;
};
Detection detect_format(std::string_view text);

// "EndNote XML, which ream does not read; ..." for the start of an export
// in a format no importer reads, or "" (see Detection::unread_export).
std::string unread_export(std::string_view head);

// Helpers detectors share.
std::string_view trim_blank(std::string_view s);

}  // namespace ream::import

#endif
