// Citation keys: the --key-format template and the keys it makes.
//
// A template is literal text and terms in brackets, in the spirit of
// Better BibTeX's key formulas:
//     template := ( literal | "[" term "]" )*
//     term     := name [count] ( ":" filter )*
//     name     := auth | authors | year | title
//     filter   := lower | upper | capitalize
//     literal  := one or more of A-Z a-z 0-9 - _ : . / +
// `auth` is the first author's family name (the first editor's when there
// are no authors), `authorsN` the first N family names (2 when N is not
// given) followed by "EtAl" when there are more, `year` the year, `titleN`
// the first N words of the title that are not function words (1 when N is
// not given).  Every value is folded to ASCII letters and digits (ICU's
// Latin-ASCII transliteration: "Müller" gives "Muller"), because a key
// has to survive BibTeX, which reads bytes.  The default,
// "[auth:lower][year][title:lower]", gives "vaswani2017attention".
//
// Parsing is its own step so that a bad template is refused before any
// record is read, with the column where it goes wrong.
#ifndef REAM_EXPORT_KEY_FORMAT_HH
#define REAM_EXPORT_KEY_FORMAT_HH

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/translit.h>

namespace ream::exporting {

struct ExportPaper;

constexpr std::string_view kDefaultKeyFormat = "[auth:lower][year][title:lower]";

// A template that does not parse: what is wrong and at which column (1-based).
class KeyFormatError : public std::runtime_error {
 public:
  KeyFormatError(const std::string& what, size_t column) : std::runtime_error(what), column_(column) {}
  size_t column() const { return column_; }

 private:
  size_t column_;
};

class KeyFormat {
 public:
  // Throws KeyFormatError.
  explicit KeyFormat(std::string_view spec);
  ~KeyFormat();
  KeyFormat(KeyFormat&&) noexcept;

  // The key for a paper (never empty: "ref" when every term is empty).
  std::string render(const ExportPaper& paper);

 private:
  enum class Name { literal, auth, authors, year, title };
  enum class Filter { lower, upper, capitalize };
  struct Term {
    Name name;
    std::string literal;
    int count = 0;
    std::vector<Filter> filters;
  };
  std::string value(const Term& term, const ExportPaper& paper);
  std::string ascii_word(std::string_view text);

  std::vector<Term> terms_;
  std::unique_ptr<icu::Transliterator> to_ascii_;
};

// The keys given out so far, and the next letter to try for each.  Keys
// stay unique in input order: the first paper gets the bare key, the next
// ones "a", "b", ... "z", "aa", ... as Better BibTeX does.  Memory grows
// with the number of distinct keys, never with the records' text.
class KeyRegistry {
 public:
  // The key itself when free, else the first free suffixed form.
  std::string claim(const std::string& key);

 private:
  std::unordered_set<std::string> taken_;
  std::unordered_map<std::string, uint32_t> next_suffix_;
};

// True when `key` can stand as a citation key in BibTeX and biber: not
// empty, no white space, no control character and none of , { } ( ) = \ " # % ' ~.
bool valid_citation_key(std::string_view key);

}  // namespace ream::exporting

#endif
