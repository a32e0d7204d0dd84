// RIS (.ris) files as papers.
//
// RIS is line based: "TY  - " opens a record, "ER  - " closes it, and each
// line in between is a two-character tag, two spaces, a hyphen, a space
// and a value; a line without a tag continues the value before it.
#ifndef REAM_IMPORT_RIS_HH
#define REAM_IMPORT_RIS_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_ris(std::string_view text, PaperSink& out);
// The same for a piece of a file that starts on options.first_line.
void parse_ris(std::string_view text, const FormatOptions& options, PaperSink& out);
// Where a RIS text may be cut (FormatSpec::split): after an ER line
// followed by a blank line or a TY line.
std::vector<size_t> split_ris(std::string_view text, size_t piece_bytes);

// Evidence for --format auto: a "TY  - " line opening the first record.
Evidence detect_ris(const Sample& sample);

}  // namespace ream::import

#endif
