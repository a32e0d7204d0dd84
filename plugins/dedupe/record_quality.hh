// How good a record is as the base of a merged paper (--keep merge,
// --keep most-complete): not how many fields it has, but how good they are.
#ifndef REAM_DEDUPE_RECORD_QUALITY_HH
#define REAM_DEDUPE_RECORD_QUALITY_HH

#include <cstddef>
#include <string_view>

#include "record_fields.hh"

namespace ream::dedupe {

// Higher is better.  Filled fields count one each; then full names over
// initials (a BibLaTeX list of whole names beats a CSV row of "Stahl BC"),
// an identifier, a richer abstract, and against it a tracking URL
// ("utm_", "CFID", session tokens) and an id that an importer had to
// disambiguate with "~N" (it would become an anchor in a digest).
double record_quality(const Fields& f, size_t filled_fields);

// Share of the author names written out with a given name, not initials.
double full_name_share(const Fields& f);

// A URL carrying tracking or session parameters.
bool tracking_url(std::string_view url);

// An id an importer disambiguated: "doi:10.1/x~4".
bool disambiguated_id(std::string_view id);

}  // namespace ream::dedupe

#endif
