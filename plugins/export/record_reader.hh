// A record as an ExportPaper (see export_paper.hh).
//
// Reads through the SDK's field accessors, so the record is not parsed a
// second time: the host decodes only the fields asked for.  Both today's
// field names and ream-record(5)'s are read, the schema's first: `type`
// then `entry_type`, `issue` then `number`, `editors` (a list) then
// `editor` (BibTeX's "A and B" or RIS's "A; B").  The source's keywords
// (`keywords_source`) come before those `ream keywords` adds
// (`keywords`); either may be a list of phrases, a list of {phrase,
// score} objects (ream keywords --scores) or one string ("a, b" from
// BibTeX, "a; b" from RIS).
#ifndef REAM_EXPORT_RECORD_READER_HH
#define REAM_EXPORT_RECORD_READER_HH

#include <ream/plugin.hpp>

#include "export_paper.hh"

namespace ream::exporting {

ExportPaper read_paper(const ream::Record& rec);

// "a; b" -> {a, b}; "a, b" (no semicolon) -> {a, b}.
std::vector<std::string> split_keywords(std::string_view text);

// BibTeX's "A and B" or RIS's "A; B" -> {A, B}.
std::vector<std::string> split_people(std::string_view text);

}  // namespace ream::exporting

#endif
