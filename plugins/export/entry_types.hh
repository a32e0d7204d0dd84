// Entry types: one CSL type per paper, and its name in each format.
//
// Records name their kind in CSL's vocabulary (`type`, ream-record(5)) or,
// from older imports, in the source's (`entry_type`: BibTeX "article",
// RIS "JOUR").  Everything is settled to one CSL type first and each
// writer maps that one name, so N formats need N tables, not N x N.  The
// mappings follow what pandoc, Zotero and Better BibTeX do.  A BibTeX
// type whose required venue field would be missing falls back to @misc
// (BibTeX) or @online/@misc (BibLaTeX): biber refuses an @article
// without a journal, and a wrong type is worse than a general one.
#ifndef REAM_EXPORT_ENTRY_TYPES_HH
#define REAM_EXPORT_ENTRY_TYPES_HH

#include <string>
#include <string_view>

namespace ream::exporting {

// The CSL type for a record: `type` when it is a CSL type, else what its
// `entry_type` (BibTeX or RIS) stands for, else a guess from the venue
// ("Proceedings of ..." is a conference paper) and the arXiv id (a
// preprint is CSL "article", as Zotero writes it).
std::string csl_type(std::string_view type, std::string_view entry_type, std::string_view venue, bool has_arxiv);

enum class BibDialect { bibtex, biblatex };

// The @type for a CSL type, given whether the record has a venue and a
// link (URL, DOI or eprint: BibLaTeX's @online needs one).
std::string bibtex_type(std::string_view csl, BibDialect dialect, bool has_venue, bool has_link);

// The BibTeX field a venue goes into for a @type ("journal", "booktitle",
// ...), or "" when the type has none.
std::string_view venue_field(std::string_view bib_type, BibDialect dialect);

// True when BibLaTeX's data model (as biber validates it) allows `field`
// in an entry of `bib_type`.  The fields of every type (date, doi, url,
// eprint*, keywords, abstract, ...) are allowed everywhere.
bool biblatex_allows(std::string_view bib_type, std::string_view field);

// The RIS TY value for a CSL type.
std::string_view ris_type(std::string_view csl);

}  // namespace ream::exporting

#endif
