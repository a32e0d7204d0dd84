// Author lists reduced to what survives every citation style: a surname
// key and the first initial.
#ifndef REAM_DEDUPE_AUTHOR_NAMES_HH
#define REAM_DEDUPE_AUTHOR_NAMES_HH

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ream::dedupe {

struct AuthorName {
  uint32_t surname = 0;  // hash of the folded surname ("le quintrec" -> "lequintrec")
  char initial = 0;      // first initial, 0 when unknown
  // The folded surname's first bytes, NUL-padded, for typo matching
  // ("schapire" ~ "shapire") without a heap string per name.
  std::array<char, 15> spelling{};
  bool operator==(const AuthorName&) const = default;
};

// Same surname, or one typo apart (an edit or a swap of neighbours) when
// both have at least five letters: shorter names differ by one letter too
// often ("Wang", "Wong") for a typo to be the likelier reading.
bool same_surname(const AuthorName& a, const AuthorName& b);

struct AuthorList {
  std::vector<AuthorName> names;  // in the order given
  bool truncated = false;         // "et al." or "and others" was written
};

// Parses "Last, F. and Last, G.", "F. Last, G. Last, and H. Last",
// "Last F, Last G" and arrays of any of these.
AuthorList parse_authors(const std::vector<std::string_view>& fields);

// The names split out of one string, each as written ("Le Quintrec, M").
std::vector<std::string> split_author_string(std::string_view s);

// Surname and initial of one name as written.
AuthorName parse_author_name(std::string_view name);

// In [0, 1]: matched names over the shorter list when a list was cut
// short ("et al.", or a name reduced to initials by a bad split), else
// over the mean length (Dice).  A surname whose initials disagree counts
// half: an OCR slip ("v." for "y.") and a namesake look the same.  -1
// when either side has no authors.
double author_similarity(const AuthorList& a, const AuthorList& b);

// Every name of the shorter list pairs with a name of the longer one (same
// surname or one typo apart, initials not disagreeing): what a database
// that keeps only some authors (Google Scholar's listings) makes of a full
// list, without writing "et al.".
// False when either side has no authors or the lists are equally long.
bool names_contained(const AuthorList& a, const AuthorList& b);

}  // namespace ream::dedupe

#endif
