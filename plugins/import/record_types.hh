// The one `type` vocabulary of records: CSL's type names.
//
// Every format maps its own types here (ream-record(5) lists the tables),
// so that export, dedupe and cite see one vocabulary whatever the source.
// CSL's names are used because CSL is what reference managers already
// exchange; BibTeX's and RIS's types map onto them as pandoc and Zotero
// map them.  Where a mapping loses the source's type (@mastersthesis and
// @phdthesis are both "thesis"), the format keeps its own type in an
// extra field (`bibtex_type`, `ris_type`) so export can write it back.
#ifndef REAM_IMPORT_RECORD_TYPES_HH
#define REAM_IMPORT_RECORD_TYPES_HH

#include <string_view>

namespace ream::import {

// The CSL type of a BibTeX/BibLaTeX entry type (lower case), and the
// entry type that CSL type is written back as; "document" / "misc" for
// types with no better match.
std::string_view csl_type_of_bibtex(std::string_view entry_type);
std::string_view bibtex_type_of_csl(std::string_view csl_type);

// The same for RIS's TY values ("JOUR", "CONF", ...; upper case).
std::string_view csl_type_of_ris(std::string_view ty);
std::string_view ris_type_of_csl(std::string_view csl_type);

}  // namespace ream::import

#endif
