// From Paper to record: cleaned text, the stable id, unique ids, JSON.
#ifndef REAM_IMPORT_PAPER_RECORD_HH
#define REAM_IMPORT_PAPER_RECORD_HH

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "paper.hh"

namespace ream::import {

// Every text field NFC-normalised with white space collapsed, empty
// authors dropped, and the year taken from an ISO date when missing.
void clean_paper(Paper& p);

// The stable id of a cleaned paper: arxiv:ID, doi:DOI or title:HASH.
std::string paper_id(const Paper& p);

// Hands out ids unique within one import.  The first paper to claim an id
// gets it; later ones get ID~2, ID~3, ... and learn who had it first, and
// whether that one had the same title (the same paper seen twice, which is
// dedupe's business) or another (two papers claiming one id: a conflict).
//
// Claims come one at a time, in file order, on the one thread that says
// records, so a claim is part of the run's serial work: one hash of the
// id, which a worker may take ahead (hash()), and one probe of an open
// addressed table of small slots (a slot holds the claimant's index and a
// part of its hash, so a probe reads the claimant only when that part
// matches).  A node-based map cost a cache miss or two per claim at every
// node it touched, and rehashing walked them all again: about a tenth of
// the calling thread's time on a large file.  The claimants' strings are
// copied into large blocks of this registry's own (the strings a worker
// made stay with it), so that forgetting them at the end is a few frees,
// not three a record across threads: that took the calling thread alone
// about 5% of a large file's run.
class IdRegistry {
 public:
  struct Claim {
    std::string id;
    std::optional<std::string> taken_by;  // the first claimant, when the id was taken
    bool same_title = false;              // ... and whether its title key equals ours
  };
  // The hash claim() uses, on any thread.
  static uint64_t hash(std::string_view id);
  // `who` describes the claimant for a later warning ("'Title' (file:12)").
  Claim claim(std::string_view id, std::string_view who, std::string_view title_key = {}) {
    return claim(id, hash(id), who, title_key);
  }
  // The same with hash(id) given.
  Claim claim(std::string_view id, uint64_t id_hash, std::string_view who, std::string_view title_key);

 private:
  struct Owner {
    std::string_view id, who, title_key;  // in blocks_
    uint64_t hash;
  };
  // The owner of `id` (index + 1), or 0 with `*empty` the slot to take.
  uint32_t find(std::string_view id, uint64_t id_hash, size_t* empty = nullptr) const;
  // Adds an absent id in the empty slot find() gave, or looks for one.
  void add(size_t slot, std::string_view id, uint64_t id_hash, std::string_view who, std::string_view title_key);
  void add(std::string_view id, uint64_t id_hash, std::string_view who, std::string_view title_key);
  void grow_if_full();
  std::string_view keep(std::string_view text);

  std::vector<Owner> owners_;                    // in claim order
  std::vector<uint64_t> slots_;                  // 0 empty, else (hash's high half << 32) | (owner index + 1)
  std::vector<std::unique_ptr<char[]>> blocks_;  // the owners' strings; a block never moves
  char* free_ = nullptr;                         // the unused end of the last block
  size_t free_size_ = 0;
  std::unordered_map<std::string, int> next_suffix_;
};

// The record as one JSON object: id, title, authors, abstract, year, date,
// venue, url, arxiv, doi, notes (those that are set), then the extra
// fields in order, then source {"file", "line"}.
std::string record_json(const Paper& p, std::string_view id, std::string_view file);

// record_json's text with its id `old_id` (the first field) replaced by
// `new_id`, for a paper whose record was made before its id was known to
// be taken: the same bytes record_json would have given with `new_id`.
std::string with_id(std::string_view json, std::string_view old_id, std::string_view new_id);

}  // namespace ream::import

#endif
