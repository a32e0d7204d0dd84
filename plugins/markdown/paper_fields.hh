// Reading the fields of a paper record as display text.
#ifndef REAM_MARKDOWN_PAPER_FIELDS_HH
#define REAM_MARKDOWN_PAPER_FIELDS_HH

#include <boost/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ream::markdown {

// A JSON value as text: strings as they are, whole numbers without ".0",
// arrays of scalars joined with ", "; objects and null give "".
std::string field_text(const boost::json::value& v);
std::string field_text(const boost::json::object& rec, std::string_view key);

// The string items of an array field, or the field itself when it is a
// single string.
std::vector<std::string> field_items(const boost::json::object& rec, std::string_view key);

// Where the paper lives: the arXiv abstract page when an arXiv id is known,
// else the DOI resolver, else the record's `url` when its scheme is safe;
// "" when there is none.
std::string paper_url(const boost::json::object& rec);

// "A, B and C", or "Last, A; Last, B; Last, C" when a name holds a comma;
// with `max_names` > 0 and more authors than that, the first `max_names`
// followed by "et al.".
std::string author_line(const std::vector<std::string>& authors, size_t max_names = 0);

}  // namespace ream::markdown

#endif
