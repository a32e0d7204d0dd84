// Web of Science exports as papers: "Plain text" and "Tab-delimited".
//
// Both carry the same two-letter field tags (Clarivate's field tag list:
// PT, AU, AF, TI, SO, PY, VL, IS, BP, EP, DI, UT, ...).  The plain-text
// export writes one tag per line ("AU Smith, J"), continuation lines
// indented by three spaces, records from PT to ER, the file framed by FN,
// VR and EF lines.  The tab-delimited export has a header row of the tags
// and one record per row, list fields joined with "; ".  One `wos` format
// reads both; the layout is told by the first line.
#ifndef REAM_IMPORT_WOS_HH
#define REAM_IMPORT_WOS_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_wos(std::string_view text, PaperSink& out);
// The same for a piece of a file that starts on options.first_line.
void parse_wos(std::string_view text, const FormatOptions& options, PaperSink& out);
// Where a Web of Science text may be cut (FormatSpec::split): in the plain
// layout after an ER line; the tab-delimited layout is parsed whole.
std::vector<size_t> split_wos(std::string_view text, size_t piece_bytes);

// Evidence for --format auto: the "FN ... Web of Science" / "VR 1.0" frame
// or a "PT J" record with tag lines, or a tab-separated header starting
// "PT AU" with WoS's own tags (AF, SO, UT).
Evidence detect_wos(const Sample& sample);

}  // namespace ream::import

#endif
