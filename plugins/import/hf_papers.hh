// The `hf-papers` format: text dumps of a daily trending-papers page.
#ifndef REAM_IMPORT_HF_PAPERS_HH
#define REAM_IMPORT_HF_PAPERS_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

// Parses a dump: page furniture skipped, a date line kept as the date hint
// of the papers after it, each title line with its abstract paragraph.
void parse_hf_papers(std::string_view text, PaperSink& out);
// The same, with the dump's lines read piece by piece on options.parallel
// when it is set (the papers are put together in order afterwards).
void parse_hf_papers(std::string_view text, const FormatOptions& options, PaperSink& out);

// Evidence for --format auto: the page's furniture lines.
Evidence detect_hf_papers(const Sample& sample);

// True when `line` (trimmed) is page furniture, not a paper.  Exposed for
// tests and for the format detector.
bool is_hf_furniture(std::string_view line);

// True when `line` is a date line such as "Mar 14" or "14 March 2024".
bool is_hf_date(std::string_view line);

}  // namespace ream::import

#endif
