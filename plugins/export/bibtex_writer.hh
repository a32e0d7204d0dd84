// One paper as a BibTeX or BibLaTeX entry.
//
// The two dialects share everything but a few names: BibLaTeX writes
// journaltitle, date, eprinttype and eprintclass, and has @online for web
// pages and preprints; classic BibTeX writes journal, year and month,
// archivePrefix and primaryClass (the names arXiv's own BibTeX uses), and
// @misc.  Fields come in a fixed order (title, people, venue, date,
// numbers, identifiers, keywords, abstract, note, then the record's other
// BibTeX fields), so the same records always give the same file.
#ifndef REAM_EXPORT_BIBTEX_WRITER_HH
#define REAM_EXPORT_BIBTEX_WRITER_HH

#include <string>
#include <vector>

#include "entry_types.hh"
#include "export_paper.hh"
#include "tex_text.hh"

namespace ream::exporting {

struct BibOptions {
  BibDialect dialect = BibDialect::biblatex;
  bool ascii = false;
  bool abstract = true;
};

class BibWriter {
 public:
  explicit BibWriter(BibOptions options) : options_(options), tex_(options.ascii) {}

  // The entry, ending with a blank line, appended to `out`.
  void write(const ExportPaper& paper, const std::string& key, std::string& out);

  uint64_t unencodable() const { return tex_.unencodable(); }
  // Fields left out because BibLaTeX's data model has no place for them
  // in their entry's type (a publisher in an @article, say).
  uint64_t dropped_fields() const { return dropped_fields_; }
  // Entries without an author or editor, and without a year: BibLaTeX
  // requires both in every entry type, so biber will name them.
  uint64_t without_people() const { return without_people_; }
  uint64_t without_year() const { return without_year_; }

 private:
  std::string names(const std::vector<std::string>& people, bool et_al);
  std::string pages(const std::string& pages);

  BibOptions options_;
  TexText tex_;
  uint64_t dropped_fields_ = 0;
  uint64_t without_people_ = 0;
  uint64_t without_year_ = 0;
};

// Record fields that are standard BibTeX or BibLaTeX fields of their own
// and pass through under their name (school, isbn, ...).
bool is_passthrough_bib_field(std::string_view name);

}  // namespace ream::exporting

#endif
