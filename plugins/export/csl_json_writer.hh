// One paper as a CSL-JSON item (the Citation Style Language's data
// format, as pandoc --citeproc, Zotero and citeproc-js read it).
//
// Names are objects with family, given, non-dropping-particle and suffix,
// or a literal; dates are issued.date-parts; an arXiv id is written as
// Zotero writes preprints: number "arXiv:ID", and publisher "arXiv" when
// the item is a preprint with no publisher of its own.  Strings are
// escaped by Boost.JSON.
#ifndef REAM_EXPORT_CSL_JSON_WRITER_HH
#define REAM_EXPORT_CSL_JSON_WRITER_HH

#include <string>

#include "export_paper.hh"

namespace ream::exporting {

// The item as one line of JSON (no line break).
std::string csl_json_item(const ExportPaper& paper, const std::string& key, bool abstract);

}  // namespace ream::exporting

#endif
