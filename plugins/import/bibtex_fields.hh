// BibTeX fields to Paper fields.
//
// By the time an entry gets here its macros are expanded and its pieces
// joined, so each field is a name and one TeX string.  This file decides
// what each field means for a paper record; bibtex.cc decides what is an
// entry.
#ifndef REAM_IMPORT_BIBTEX_FIELDS_HH
#define REAM_IMPORT_BIBTEX_FIELDS_HH

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "paper.hh"

namespace ream::import::bibtex {

struct ExpandedField {
  std::string name;   // lower case: BibTeX field names ignore case
  std::string value;  // TeX, macros expanded, pieces joined
  uint64_t line = 0;
};

struct ExpandedEntry {
  std::string type;  // lower case
  std::string key;
  uint64_t line = 0;  // of the '@'
  std::vector<ExpandedField> fields;
};

// The paper an entry describes.  Warns through `sink` about what it sets
// aside (a repeated field).
Paper paper_from_entry(const ExpandedEntry& entry, PaperSink& sink);

// The names in an author or editor list: split on "and" between words at
// brace depth 0 ("{Barnes and Noble}" is one name), each kept as written
// but for its TeX markup.
std::vector<std::string> split_names(std::string_view tex);

}  // namespace ream::import::bibtex

#endif
