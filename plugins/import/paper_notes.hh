// The `paper-notes` format: Markdown notes with a section per paper.
#ifndef REAM_IMPORT_PAPER_NOTES_HH
#define REAM_IMPORT_PAPER_NOTES_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

// Parses notes: each "Paper NN" heading starts a paper, whose title is in
// the heading ("### Paper 3: Title") or the first bullet after it.
void parse_paper_notes(std::string_view text, PaperSink& out);

// Evidence for --format auto: a "Paper NN" heading.
Evidence detect_paper_notes(const Sample& sample);

// Splits a title's venue suffix: "X (NIPS 2023)" gives "X", "NIPS", 2023.
// Returns false when the title has none.
bool split_venue_suffix(std::string_view title, std::string* bare, std::string* venue, int* year);

}  // namespace ream::import

#endif
