// How good a record is as the base of a merged paper (--keep merge,
// --keep most-complete): not how many fields it has, but how good they are.
#ifndef REAM_DEDUPE_RECORD_QUALITY_HH
#define REAM_DEDUPE_RECORD_QUALITY_HH

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "record_fields.hh"

namespace ream::dedupe {

// Higher is better.  Filled fields of the paper's description count one
// each (filled_fields: those describes_paper() names, not an export's own
// columns such as "Cited by" or "Accession Number"); then full names over
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

// A field of the paper's bibliographic description (ream-record(5)):
// title, authors, editors, abstract, year, date, venue (journal,
// booktitle), volume, issue (number), pages, publisher, type, url, arxiv,
// doi.  The fields record_quality counts.
bool describes_paper(std::string_view key);

// The base of a cluster: the member of highest quality, ties to the first.
// With `avoid_renamed_copies` (--keep merge, which fills the base from
// the others) not one whose id is another member's with an importer's
// "~N" added ("doi:10.1/x~4" beside "doi:10.1/x") while that member is
// there: the base keeps its own id, which becomes the paper's anchor in a
// digest, and the fill brings the copy's other fields over (though not a
// field both have: whole names on the copy against initials on the base
// stay initials).  --keep most-complete keeps a record as it is, so it
// keeps the best.  `ids` and `quality` by member; returns an index.
size_t best_base(const std::vector<std::string_view>& ids, const std::vector<float>& quality,
                 bool avoid_renamed_copies);

// The field a field describes and is only true of together with it:
// "et_al" (the author list was cut short) of authors, "title_protected"
// of title, a "_raw" field of the field it is the raw form of
// ("year_raw": year), the source's own type names ("bibtex_type",
// "ris_type", "document_type", "genre") of type.  Empty for the others.
std::string_view described_field(std::string_view key);

// For --keep merge: whether the representative takes `key` from a donor.
// `rep_has` and `donor_has` say whether the representative (as filled so
// far) and the donor hold a value for a key; `from_donor` whether the
// representative's value for a key came from this donor.  Never the
// identity and provenance fields, a field the representative has, or a
// tracking URL (`tracking`: the donor's url is one); a field that
// describes another (described_field) only from the donor that supplied
// that field, or, for a raw value, when neither has the field at all.
// Callers offer the described fields after the others.
using HasField = std::function<bool(std::string_view)>;
bool merge_takes(std::string_view key, const HasField& rep_has, const HasField& donor_has, const HasField& from_donor,
                 bool tracking);

}  // namespace ream::dedupe

#endif
