// An analysed Document in a compact byte form, for a document analysed in
// one pass and ranked in a later one.
//
// `keywords` counts the whole input before ranking any record, and
// analysing a record (tokens, boilerplate, word lookups) is a third of
// its cost, so the counting pass keeps each record's analysis beside its
// spooled text instead of analysing it again.  A Slot takes 28 bytes in
// memory and about 6 here (a flags byte, a classes byte, and small
// differences from the slot before); the form is about as large as the
// record's JSON.  The fields' texts are not stored: they come back with
// the record, and slots refer to them by byte offset.  The node terms
// follow, as ids of the table they were counted into, so that any worker
// can read them.
//
//   words, slot count, node count, slots, one term per node
#ifndef REAM_KEYWORDS_PACKED_DOCUMENT_HH
#define REAM_KEYWORDS_PACKED_DOCUMENT_HH

#include "document.hh"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ream::keywords {

// Appends `doc`'s words and slots to `out`; its node terms come next,
// from append_packed_terms() (in the ids of the table that will read them).
void pack_document(const Document& doc, std::string& out);
void append_packed_terms(std::string& out, std::span<const uint32_t> terms);

// Restores what pack_document() stored into `doc` (its words, slots and
// node terms; every slot is overwritten), whose fields the caller has set
// to the same texts; throws std::invalid_argument on a short or
// inconsistent form.
void unpack_document(std::string_view packed, Document& doc);

}  // namespace ream::keywords

#endif
