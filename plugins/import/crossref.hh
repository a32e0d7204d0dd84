// Crossref REST API `works` responses as papers.
//
// api.crossref.org/works/DOI answers {"status":"ok","message-type":"work",
// "message":{...}}; a query answers "work-list" with the works in
// message.items.  Both, a bare work, {"items":[...]} and works one per
// line are read.  Field meanings follow Crossref's REST API documentation;
// ream-import(1) has the mapping.
#ifndef REAM_IMPORT_CROSSREF_HH
#define REAM_IMPORT_CROSSREF_HH

#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_crossref(std::string_view text, PaperSink& out);

// Evidence for --format auto: "message-type": "work" or "work-list", or
// works with Crossref's own counters ("is-referenced-by-count").
Evidence detect_crossref(const Sample& sample);

}  // namespace ream::import

#endif
