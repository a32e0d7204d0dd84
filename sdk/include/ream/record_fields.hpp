// ream::fields: which fields of a record are ream's own bookkeeping, and
// which name the record itself.
//
// Stages add fields about a record that are not the paper's text: where
// it was read (`source`), its id, what other stages worked out (`links`,
// `cites`, `cluster`, `merged_from`).  Their values look like references
// ("doi:10.1000/x~2" in `merged_from`) but name ream's records, so a stage
// that reads a record's text (cite's scanners, an exporter choosing what
// to print) must skip them.  One list here keeps every stage in agreement;
// ream-record(5) names the same fields.  Header-only: plain data.
#ifndef REAM_RECORD_FIELDS_HPP
#define REAM_RECORD_FIELDS_HPP

#include <algorithm>
#include <array>
#include <string_view>

namespace ream::fields {

// Fields ream writes about a record.
inline constexpr std::array<std::string_view, 6> kInternal = {"id",    "source",  "links",
                                                              "cites", "cluster", "merged_from"};

// The record's own identifiers: they name this paper, never another.
inline constexpr std::array<std::string_view, 4> kOwnIdentifiers = {"arxiv", "doi", "isbn", "url"};

inline bool internal(std::string_view key) {
  return std::find(kInternal.begin(), kInternal.end(), key) != kInternal.end();
}

inline bool own_identifier(std::string_view key) {
  return std::find(kOwnIdentifiers.begin(), kOwnIdentifiers.end(), key) != kOwnIdentifiers.end();
}

}  // namespace ream::fields

#endif  // REAM_RECORD_FIELDS_HPP
