// An analysed Document in a compact byte form, for a document analysed in
// one pass and ranked in a later one.
//
// `keywords` counts the whole input before ranking any record, and
// analysing a record (tokens, boilerplate, word lookups) is nearly half of
// its cost, so the counting pass keeps each record's analysis beside its
// spooled text instead of analysing it again.  Raw Slots take 28 bytes;
// here a slot takes 14, since a document's word positions and node ids
// stay below 65,535 (the analyser's word cap) and a word's length almost
// always does.  The fields' texts are not stored: they come back with the
// record, and slots refer to them by byte offset.  The node terms are
// stored as the ids of the table they were counted into, so any worker
// can read them.
//
//   u32 words, u32 slot count, u32 node count, slots, u32 term per node
#ifndef REAM_KEYWORDS_PACKED_DOCUMENT_HH
#define REAM_KEYWORDS_PACKED_DOCUMENT_HH

#include "document.hh"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ream::keywords {

// Appends `doc` (its slots, words and node terms) to `out`.  False, with
// `out` as it was, when a slot does not fit the form (a word of 64 KB or
// more): the caller then analyses the text again later.
bool pack_document(const Document& doc, std::string& out);

// Overwrites the node terms of a packed document (an extractor's term ids
// by a shared table's); `terms` has one per node.
void set_packed_terms(std::string& packed, std::span<const uint32_t> terms);

// Restores what pack_document() stored into `doc`, whose fields the caller
// has set to the same texts; throws std::invalid_argument on a short or
// inconsistent form.
void unpack_document(std::string_view packed, Document& doc);

}  // namespace ream::keywords

#endif
