// One paper as a RIS record.
//
// Tags as the RIS specification (Research Information Systems, 2011
// revision) defines them: TY first and ER last, one tag per line written
// "XY  - value", CRLF line ends as the reference managers write them.
// People are "Last, First, Suffix", one per AU (authors) or ED (editors)
// line; the venue is T2; PY holds the year and DA the full date as
// YYYY/MM/DD/.  An arXiv id travels as its abstract page URL.  A value
// never spans lines: line breaks and control characters become spaces,
// since a RIS reader takes every line that is not a tag as more text.
#ifndef REAM_EXPORT_RIS_WRITER_HH
#define REAM_EXPORT_RIS_WRITER_HH

#include <string>

#include "export_paper.hh"

namespace ream::exporting {

// The record, ending with "ER  - " and a blank line, appended to `out`.
void write_ris(const ExportPaper& paper, const std::string& key, bool abstract, std::string& out);

// "Last, First, Suffix" for a name as a record writes it.
std::string ris_name(const std::string& name);

}  // namespace ream::exporting

#endif
