// The record schema's fields that a Paper holds outside its members.
//
// The newer formats (CSL-JSON, MEDLINE, Web of Science, Crossref,
// OpenAlex, arXiv) carry fields the Paper struct has no member for:
// `volume`, `issue`, `pages`, `publisher`, `key` as text, and
// `keywords_source`, `references` as lists (ream-record(5); `type`,
// `editors` and `et_al` are members).  These helpers put them in `extra` and
// `extra_json` one agreed way, and hold the value rules every format
// shares: page ranges with an en dash, DOIs as ream::ids keys.
#ifndef REAM_IMPORT_PAPER_EXTRA_HH
#define REAM_IMPORT_PAPER_EXTRA_HH

#include <string>
#include <string_view>
#include <vector>

#include "paper.hh"

namespace ream::import {

// Sets the text field `name` unless `value` is empty or `name` is
// already set (the first value a format offers wins).
void put_text(Paper& p, std::string_view name, std::string_view value);

// Sets `name` to a JSON array of the non-empty `items` (white space
// collapsed, Unicode NFC), nothing when there are none.
void put_list(Paper& p, std::string_view name, const std::vector<std::string>& items);

// A page range as ream writes it: "123–129" from "123-129", "123-9",
// "123--129" or "123 – 129"; abbreviated last pages are completed from
// the first ("1234-56" is 1234–1256).  Anything else ("e0123", "S1")
// is kept as written.
std::string page_range(std::string_view pages);
std::string page_range(std::string_view first, std::string_view last);

// The DOI key of `text` (ream::ids::doi_key), or "".
std::string doi_of(std::string_view text);

// What a format's own DOI field becomes: its key when it holds a DOI
// ("https://doi.org/10.1000/ABC" -> "10.1000/abc"), so one paper's DOI is
// the same bytes from every importer; anything else as written (not a
// DOI, but not lost either).
std::string doi_field(std::string_view text);

// "1" to "12" as a month number, anything else 0; "Jan"..."Dec" and full
// English month names too.
int month_number(std::string_view text);

// An ISO date from numeric parts when they make a real calendar date
// (month 1-12, day within the month); "" otherwise.  Zero means absent.
std::string iso_date(int year, int month, int day);

}  // namespace ream::import

#endif
