// OpenAlex works (api.openalex.org/works, snapshot JSON Lines) as papers.
//
// A single work is an object with an "https://openalex.org/W..." id; a
// list answer wraps works in "results"; snapshots have one work a line.
// Field meanings follow OpenAlex's Work object documentation;
// ream-import(1) has the mapping.
#ifndef REAM_IMPORT_OPENALEX_HH
#define REAM_IMPORT_OPENALEX_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_openalex(std::string_view text, PaperSink& out);
// The same, the works read on options.parallel when it is set.
void parse_openalex(std::string_view text, const FormatOptions& options, PaperSink& out);

// The abstract an OpenAlex abstract_inverted_index stands for: each word
// put back at its positions ({"Deep": [0], "nets": [1]} is "Deep nets").
// Takes the index's JSON text; "" when it is not one.
std::string abstract_from_inverted_index(std::string_view index_json);

// Evidence for --format auto: an "https://openalex.org/W" work id, or
// OpenAlex's own members (authorships, abstract_inverted_index).
Evidence detect_openalex(const Sample& sample);

}  // namespace ream::import

#endif
