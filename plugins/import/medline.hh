// PubMed's MEDLINE format (.nbib, .txt "PubMed format") as papers.
//
// NLM's MEDLINE display: records separated by blank lines, each line a tag
// of up to four capitals left-justified in four columns, "- ", and a value
// ("PMID- 31452104", "TI  - A title"); a line indented by six spaces
// continues the value above it.  Field meanings follow NLM's element
// descriptions; ream-import(1) has the mapping.
#ifndef REAM_IMPORT_MEDLINE_HH
#define REAM_IMPORT_MEDLINE_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_medline(std::string_view text, PaperSink& out);
// The same for a piece of a file that starts on options.first_line.
void parse_medline(std::string_view text, const FormatOptions& options, PaperSink& out);
// Where a MEDLINE text may be cut (FormatSpec::split): after a blank line.
std::vector<size_t> split_medline(std::string_view text, size_t piece_bytes);

// Evidence for --format auto: a "PMID- " line with a number, followed by
// more MEDLINE-shaped tag lines.
Evidence detect_medline(const Sample& sample);

}  // namespace ream::import

#endif
