// From Paper to record: cleaned text, the stable id, unique ids, JSON.
#ifndef REAM_IMPORT_PAPER_RECORD_HH
#define REAM_IMPORT_PAPER_RECORD_HH

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

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
class IdRegistry {
 public:
  struct Claim {
    std::string id;
    std::optional<std::string> taken_by;  // the first claimant, when the id was taken
    bool same_title = false;              // ... and whether its title key equals ours
  };
  // `who` describes the claimant for a later warning ("'Title' (file:12)").
  Claim claim(const std::string& id, std::string who, std::string title_key = {});

 private:
  struct Owner {
    Owner(std::string w, std::string t) : who(std::move(w)), title_key(std::move(t)) {}  // for try_emplace
    std::string who, title_key;
  };
  std::unordered_map<std::string, Owner> owners_;
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
