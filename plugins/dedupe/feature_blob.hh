// A record's dedupe features as a compact, versioned text blob, so that a
// distributed run extracts them once (in its map step) and every later
// step reads them back instead of parsing the record again.
#ifndef REAM_DEDUPE_FEATURE_BLOB_HH
#define REAM_DEDUPE_FEATURE_BLOB_HH

#include <stdexcept>
#include <string>
#include <string_view>

#include "candidate_pairs.hh"
#include "record_fields.hh"

namespace ream::dedupe {

// Bumped whenever the encoding or Features changes: a step refuses a blob
// of another version rather than misread it.
// Version 2 put the identifier prints first (blob_id_print).
constexpr uint8_t kFeatureBlobVersion = 2;

// What a distributed step needs of a record besides its features: its
// --keep most-complete quality (record_quality).
struct RecordBlob {
  Features features;
  float quality = 0;
};

// Base64 (JSON-safe, no escaping) of a binary encoding whose first byte is
// kFeatureBlobVersion, followed by the record's identifier prints
// (id_print: 4 bytes each, so the first 12 characters hold all three).  A decoded blob compares as the features did,
// but has no title signature: block keys come from the map step.
std::string encode_blob(const Features& f, float quality);
// Throws std::runtime_error with the reason for a blob that is not one.
RecordBlob decode_blob(std::string_view text);
// Only the version, from the blob's first characters: what a step checks
// of a blob it may never decode.  Throws as decode_blob does.
void check_blob_version(std::string_view text);
// The identifier prints (id_print of the features), from the blob's first
// 12 characters, after checking the version: what the pairs step needs of
// every member of a window, before it decides to decode the rest.
IdPrint blob_id_print(std::string_view text);

}  // namespace ream::dedupe

#endif
