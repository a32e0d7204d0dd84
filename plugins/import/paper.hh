// What every importer format produces: papers as plain structs.
//
// Format parsers (hf-papers, paper-notes, BibTeX, RIS, CSV) know nothing of
// records or the host: they turn text into Paper values and Issue reports,
// which keeps them pure, fast to unit-test and fuzz.  One place (the
// import stage) turns a Paper into a record: NFC and white space, the
// stable id, uniqueness of ids, `source`.
#ifndef REAM_IMPORT_PAPER_HH
#define REAM_IMPORT_PAPER_HH

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ream::import {

struct Paper {
  uint64_t line = 0;  // 1-based line where the entry starts in its file
  // The entry's last line, when the parser knows it (0 otherwise): the
  // stage skips an entry whose lines hold an invalid byte, and takes an
  // entry without it to run up to the next one.
  uint64_t end_line = 0;
  std::string title;
  std::string type;  // CSL's type name ("article-journal", "paper-conference"; record_types.hh)
  std::vector<std::string> authors;
  bool et_al = false;                // the source's author list ends in "and others" / "et al."
  std::vector<std::string> editors;  // never mixed into authors
  std::string abstract;
  std::optional<int> year;
  std::string date;  // as given: "2023-12-06", or a hint such as "Mar 14"
  std::string venue;
  std::string url;
  std::string arxiv;  // as the source wrote it (version kept)
  std::string doi;
  std::string notes;
  // Other fields a format carries (BibTeX "volume", "pages", "publisher",
  // "key", ...), field name to text, in source order.
  std::vector<std::pair<std::string, std::string>> extra;
  // Fields carried over as JSON values, not text (a JSON Lines input's
  // unknown fields pass through untouched), written after `extra`.
  std::vector<std::pair<std::string, std::string>> extra_json;
};

// Malformed input: where, why, and the raw text for --reject.
struct Issue {
  uint64_t line = 0;
  std::string reason;
  std::string raw;
};

// Where a parser puts what it finds.
class PaperSink {
 public:
  virtual ~PaperSink() = default;
  // Returns false when no more papers are wanted: the parser stops.
  virtual bool paper(Paper&& p) = 0;
  // Returns false when the run must stop (--on-error=fail).
  virtual bool issue(Issue&& i) = 0;
  // Something worth saying that loses nothing (a skipped heading, say).
  virtual void warning(uint64_t line, const std::string& message) = 0;
};

}  // namespace ream::import

#endif
