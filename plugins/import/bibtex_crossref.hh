// BibTeX/BibLaTeX `crossref` and `xdata` inheritance, with biber's
// defaults.
//
// A child inherits every field it lacks from the entry its `crossref`
// names, and from each entry its `xdata` lists.  Under crossref, biber
// renames some fields by entry types: a book-like parent's (proceedings,
// collection, book, reference) title becomes a contained child's
// (inproceedings, incollection, inbook, ...) booktitle, a periodical's
// title an article's journaltitle; a parent's shorttitle, sorttitle and
// such are never inherited, nor are crossref, xdata, ids, label, options
// and the like.  Parents may come after their children, so the reader
// spools a file that uses either field and resolves it at the end.
//
// Which entries are records (biber's mincrossrefs = 2): a parent that two
// or more entries cross-reference is a record of its own; one that only
// one entry cross-references lives on only in that child; @xdata entries
// are never records.
#ifndef REAM_IMPORT_BIBTEX_CROSSREF_HH
#define REAM_IMPORT_BIBTEX_CROSSREF_HH

#include <vector>

#include "bibtex_fields.hh"

namespace ream::import::bibtex {

// Adds inherited fields to `entries` (in place) and returns, per entry,
// whether it becomes a record.  Warns through `sink` about a crossref or
// xdata key that names no entry, and about cycles.
std::vector<bool> resolve_inheritance(std::vector<ExpandedEntry>& entries, PaperSink& sink);

}  // namespace ream::import::bibtex

#endif
