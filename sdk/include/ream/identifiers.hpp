// ream::ids: paper identifiers in their canonical key form.
//
// The same paper is named "arXiv:2312.03884v1", "https://arxiv.org/pdf/
// 2312.03884.pdf" and "10.48550/arXiv.2312.03884".  Stages agree on one
// key per identifier so that records from different sources meet:
//   arXiv  "2312.03884" / "hep-th/9901001" (no prefix, version or subject class)
//   DOI    "10.1000/xyz" (lower-cased, no resolver prefix)
// and on one record id built from them (see ream-record(5)).
#ifndef REAM_IDENTIFIERS_HPP
#define REAM_IDENTIFIERS_HPP

#include <optional>
#include <string>
#include <string_view>

namespace ream::ids {

// The arXiv key of an id written as "2312.03884v2", "arXiv:2312.03884",
// "hep-th/9901001", "math.AG/0309136v1", or inside an arxiv.org abs/pdf
// URL.  New-style ids are checked against the date rules (YYMM with a
// 4-digit number up to 1412, 5-digit from 1501).  nullopt if not an id.
std::optional<std::string> arxiv_key(std::string_view text);

// The DOI key of "10.1000/XYZ", "doi:10.1000/xyz" or a doi.org /
// dx.doi.org URL (percent-decoded, lower-cased), without what exports
// leave around it (MEDLINE's " [doi]" tag, a closing full stop, comma or
// semicolon).  nullopt if not a DOI, or for two DOIs in one string.
std::optional<std::string> doi_key(std::string_view text);

// The arXiv key behind a DataCite arXiv DOI ("10.48550/arxiv.2312.03884").
std::optional<std::string> arxiv_from_doi(std::string_view doi_key);

// The stable record id: "arxiv:KEY" when an arXiv id is known, else
// "doi:KEY", else "title:HASH" of the title key (12 hex digits).
std::string record_id(std::string_view arxiv, std::string_view doi, std::string_view title);

}  // namespace ream::ids

#endif  // REAM_IDENTIFIERS_HPP
