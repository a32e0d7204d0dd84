// The paper as every export format sees it: plain strings and lists.
//
// The writers (BibTeX, RIS, CSL-JSON, CSV) are pure functions of this
// struct, so they can be unit-tested and fuzzed without the host; one
// place (record_reader.cc) fills it from a record and settles the field
// names that differ between today's records and ream-record(5): `type`
// (CSL names) before `entry_type` (BibTeX or RIS names), `issue` before
// `number`, `editors` before `editor`.
#ifndef REAM_EXPORT_EXPORT_PAPER_HH
#define REAM_EXPORT_EXPORT_PAPER_HH

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ream::exporting {

struct ExportPaper {
  std::string id;
  std::string type;  // a CSL type name (entry_types.hh), never empty once read
  std::string key;   // the record's own citation key, or ""
  std::string title;
  // The title with the source's case-protecting braces ("The {BERT}
  // Model"), as ream import records it in `title_protected`, or "".
  std::string title_protected;
  std::string bibtex_type;           // the source's BibTeX type where CSL's loses it ("mastersthesis")
  std::vector<std::string> authors;  // as the record writes them
  std::vector<std::string> editors;
  bool et_al = false;  // the author list is known to be cut short
  std::optional<int> year;
  std::string date;  // ISO "2023", "2023-12" or "2023-12-06", or a hint
  std::string venue;
  std::string volume, issue, pages, publisher;
  std::string doi, arxiv, url;
  std::string abstract, notes;
  std::vector<std::string> keywords;
  // Other text fields of the record that a format may carry under their
  // own name (BibTeX "isbn", "school", ...), in record order.
  std::vector<std::pair<std::string, std::string>> extra;
};

// Fields ream stages add for their own bookkeeping; export never writes
// them.  The cite branch puts one agreed list in the SDK
// (ream/record_fields.hpp: id, source, links, cites, cluster,
// merged_from); until it lands on main this is the list, that one plus
// what import and dedupe keep aside (year_raw, original_id, bibtex_key...).
bool is_internal_field(std::string_view name);

// Fields export reads into ExportPaper's named members: they are never
// repeated from `extra`.
bool is_canonical_field(std::string_view name);

}  // namespace ream::exporting

#endif
