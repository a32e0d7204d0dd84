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

// Evidence for --format auto: a "TY  - " line opening the first record.
Evidence detect_ris(const Sample& sample);

}  // namespace ream::import

#endif
