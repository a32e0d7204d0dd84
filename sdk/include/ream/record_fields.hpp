// ream::fields: which fields of a record are ream's own bookkeeping, which
// name the record itself, and the vocabulary of its `type`.
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

// The values of `type`: CSL's item types (CSL 1.0.2), the one vocabulary
// import maps every source's types to and export maps back from.
inline constexpr std::array<std::string_view, 45> kCslTypes = {"article",
                                                               "article-journal",
                                                               "article-magazine",
                                                               "article-newspaper",
                                                               "bill",
                                                               "book",
                                                               "broadcast",
                                                               "chapter",
                                                               "classic",
                                                               "collection",
                                                               "dataset",
                                                               "document",
                                                               "entry",
                                                               "entry-dictionary",
                                                               "entry-encyclopedia",
                                                               "event",
                                                               "figure",
                                                               "graphic",
                                                               "hearing",
                                                               "interview",
                                                               "legal_case",
                                                               "legislation",
                                                               "manuscript",
                                                               "map",
                                                               "motion_picture",
                                                               "musical_score",
                                                               "pamphlet",
                                                               "paper-conference",
                                                               "patent",
                                                               "performance",
                                                               "periodical",
                                                               "personal_communication",
                                                               "post",
                                                               "post-weblog",
                                                               "regulation",
                                                               "report",
                                                               "review",
                                                               "review-book",
                                                               "software",
                                                               "song",
                                                               "speech",
                                                               "standard",
                                                               "thesis",
                                                               "treaty",
                                                               "webpage"};

inline bool internal(std::string_view key) {
  return std::find(kInternal.begin(), kInternal.end(), key) != kInternal.end();
}

inline bool own_identifier(std::string_view key) {
  return std::find(kOwnIdentifiers.begin(), kOwnIdentifiers.end(), key) != kOwnIdentifiers.end();
}

inline bool csl_type(std::string_view name) {
  return std::find(kCslTypes.begin(), kCslTypes.end(), name) != kCslTypes.end();
}

}  // namespace ream::fields

#endif  // REAM_RECORD_FIELDS_HPP
