// Field names and values shared by the tabular formats (CSV, JSON Lines).
//
// Exports name the same field many ways ("author", "Authors", "arxiv_id",
// "journal").  One alias table maps them to the record's canonical names,
// and the value helpers turn what exports write ("A and B; C", "2021",
// "2021-05-03") into the typed fields of a Paper.
#ifndef REAM_IMPORT_PAPER_FIELDS_HH
#define REAM_IMPORT_PAPER_FIELDS_HH

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "paper.hh"

namespace ream::import {

// The canonical field a column or key stands for ("title", "authors", ...,
// or "id" and "source", which the importer makes itself), or "" when it
// is not a paper field.  Case, spaces and hyphens are ignored.
std::string_view canonical_field(std::string_view name);

// "A and B", "A; B; C": one entry per author, trimmed, empties dropped.
// Commas are not separators ("Smith, J." is one author).
std::vector<std::string> split_authors(std::string_view text);

// The year in "2021", " 2021 ", "2021-05-03" or "May 2021"; nullopt when
// there is no plausible year (1000-2999) standing alone.
std::optional<int> parse_year(std::string_view text);

// Puts the text `value` into the canonical field `field` of `p`.  Returns
// a complaint when the value does not fit ("year 'soon' is not a year");
// the caller decides what that costs.
std::optional<std::string> set_text_field(Paper& p, std::string_view field, std::string_view value);

}  // namespace ream::import

#endif
