// The analyses file: each record's analysis, written by one `keywords`
// run that counts a part of a corpus (--save-analyses) and read by a later
// run that ranks the same part against the whole corpus's table
// (--analyses), so that a distributed run tokenises, classifies and stems
// every record once, as one process does, instead of once per step.
//
// Analysis is most of the counting step's cost and a third of ranking's;
// the entries are the packed form of packed_document.hh, whose node terms
// are ids of the writing run's table, so the file ends with that table's
// stems (in id order) and the reader maps them to its own table's ids.
// Each entry carries a hash of the texts it analysed: an entry read beside
// another record than the one it was written for (another input, other
// --fields) is refused, never used, since its slots point into texts by
// byte offset.  The header carries a fingerprint of the fields and the
// stopword list, which change the analysis of the same texts.
//
//   "ream keywords analyses 1\n", fingerprint (8 bytes)
//   per record: entry size, then the entry: texts' hash (8 bytes),
//     slot bytes' size, slot bytes (pack_document), term count, terms;
//     an entry of size 0 is a record that was not analysed (it kept its
//     field)
//   term count, per term its size and bytes; the offset of the term
//   count (8 bytes, the file's last)
//
// Sizes and counts are LEB128 varints, the 8-byte numbers little-endian.
#ifndef REAM_KEYWORDS_ANALYSES_FILE_HH
#define REAM_KEYWORDS_ANALYSES_FILE_HH

#include "document.hh"
#include "lexicon.hh"

#include <cstdint>
#include <fstream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ream::keywords {

// The hash of the texts a record is analysed by, in order, with their
// title flags: what an entry is checked against.
uint64_t texts_hash(std::span<const Field> fields);

// One record's entry, its size first: `slots` from pack_document(),
// `terms` the document's node terms in the writer's ids.  Empty slots: a
// record that was not analysed (an entry of size 0).
void append_entry(std::string& out, uint64_t hash, std::string_view slots, std::span<const uint32_t> terms);

// Decodes `entry` (an entry's bytes, as read, not empty) for a record whose texts
// hash to `hash` into `packed`: its slots, then its terms mapped through
// `term_map` (the writer's ids -> the reader's), the form
// Extractor::load() takes.  Throws std::invalid_argument when the entry
// is malformed, was written for other texts, or names a term the map
// does not have.
void decode_entry(std::string_view entry, uint64_t hash, std::span<const uint32_t> term_map, std::string& packed);

// The file's head and tail around the entries.
std::string file_header(uint64_t fingerprint);
std::string file_trailer(const TermTable& terms, uint64_t terms_offset);

// Reads a file sequentially, an entry per record, after its term table
// was read (from the end) and interned into the reader's TermTable.
class AnalysesReader {
 public:
  // Throws ream::DataError (naming `path`) when the file is not an
  // analyses file of this fingerprint, ream::IoError when it cannot be
  // read.
  AnalysesReader(const std::string& path, uint64_t fingerprint, TermTable& terms);
  // The writer's ids -> those of the TermTable given above.
  std::span<const uint32_t> term_map() const { return term_map_; }
  // The next record's entry into `entry`; false at the end of the entries.
  bool next(std::string& entry);
  uint64_t read_entries() const { return entries_; }
  const std::string& path() const { return path_; }

 private:
  uint64_t number();
  void bytes(char* out, size_t size);
  [[noreturn]] void malformed(const std::string& what) const;

  std::string path_;
  std::ifstream in_;
  uint64_t entries_end_ = 0;  // where the term table starts
  uint64_t at_ = 0;           // the offset of in_
  uint64_t entries_ = 0;      // entries read so far
  std::vector<uint32_t> term_map_;
};

}  // namespace ream::keywords

#endif
