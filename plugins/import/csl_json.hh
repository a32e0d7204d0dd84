// CSL-JSON (Zotero, Better BibTeX, citeproc, pandoc) as papers.
//
// CSL-JSON is the Citation Style Language's item schema: an array of
// items (or one item per line), each with a CSL `type`, name lists
// (`author`, `editor`) of {family, given, non-dropping-particle, suffix}
// or {literal} objects, dates as {"date-parts": [[y, m, d]]} (or `raw`,
// `literal`), and flat variables (`container-title`, `page`, `DOI`, …).
#ifndef REAM_IMPORT_CSL_JSON_HH
#define REAM_IMPORT_CSL_JSON_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_csl_json(std::string_view text, PaperSink& out);
// The same, the items read on options.parallel when it is set.
void parse_csl_json(std::string_view text, const FormatOptions& options, PaperSink& out);

// Evidence for --format auto: JSON whose items have CSL's string `title`
// and a CSL date object or name list (Crossref's `title` is a list).
Evidence detect_csl_json(const Sample& sample);

}  // namespace ream::import

#endif
