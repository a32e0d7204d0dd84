// BibTeX (.bib) files as papers.
//
// Entries of any type become papers; @string macros, '#' concatenation,
// @comment and @preamble are understood; TeX markup becomes Unicode.  A
// malformed entry is reported as an Issue at its exact line, and reading
// resumes at the next '@' that starts a line, so one bad entry costs only
// itself.
#ifndef REAM_IMPORT_BIBTEX_HH
#define REAM_IMPORT_BIBTEX_HH

#include <memory>
#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_bibtex(std::string_view text, PaperSink& out);
// The same, read in pieces on options.parallel when it is set (plan_bibtex),
// each piece said once it is known to say what one reader would; from the
// first that may not, the rest of the file is read in one pass.
void parse_bibtex(std::string_view text, const FormatOptions& options, PaperSink& out);
// Its pieces, to be read on any thread and said in order (PiecePlan), or
// nullptr when the file is to be read whole (small, no options.parallel,
// crossref or xdata, a @string that cannot be read ahead).
std::unique_ptr<PiecePlan> plan_bibtex(std::string_view text, const FormatOptions& options);

// Evidence for --format auto: an entry "@type{" before anything but comments.
Evidence detect_bibtex(const Sample& sample);

}  // namespace ream::import

#endif
