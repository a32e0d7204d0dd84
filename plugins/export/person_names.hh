// A personal name split into the parts the formats want.
//
// Records keep names as the source wrote them: "Knuth, Donald E.",
// "Donald E. Knuth", "van der Berg, Anna", "Ludwig van Beethoven",
// "Martin Luther King, Jr.".  BibTeX wants "von Last, Jr, First", RIS
// "Last, First, Suffix" and CSL-JSON family/given objects.  The split
// follows BibTeX's own rules (Patashnik, "Designing BibTeX styles" and
// btxdoc): with commas the parts are positional; without, the last word
// is the family name and the lower-case words before it are its particle.
// A name BibTeX would misread (one word, or one holding a standalone
// "and", such as "Barnes and Noble") is kept whole as a literal.
#ifndef REAM_EXPORT_PERSON_NAMES_HH
#define REAM_EXPORT_PERSON_NAMES_HH

#include <string>
#include <string_view>

namespace ream::exporting {

struct PersonName {
  std::string given;     // "Donald E."
  std::string particle;  // "van der"
  std::string family;    // "Knuth"
  std::string suffix;    // "Jr."
  std::string literal;   // the whole name when it is not split
};

PersonName split_name(std::string_view name);

// The family name with its particle ("van der Berg"), or the literal.
std::string full_family(const PersonName& n);

}  // namespace ream::exporting

#endif
