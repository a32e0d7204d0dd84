// Which record fields export writes (see export_paper.hh).
#include "export_paper.hh"

#include <array>

namespace ream::exporting {

bool is_internal_field(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kInternal = {
      "id",    "source",   "cluster",     "merged_from",     "links",      "cites",
      "score", "year_raw", "original_id", "original_source", "bibtex_key", "conflicts"};
  for (std::string_view f : kInternal)
    if (f == name) return true;
  return false;
}

bool is_canonical_field(std::string_view name) {
  static constexpr std::array<std::string_view, 28> kCanonical = {"type",
                                                                  "entry_type",
                                                                  "key",
                                                                  "title",
                                                                  "authors",
                                                                  "editors",
                                                                  "editor",
                                                                  "et_al",
                                                                  "year",
                                                                  "date",
                                                                  "venue",
                                                                  "volume",
                                                                  "issue",
                                                                  "number",
                                                                  "pages",
                                                                  "publisher",
                                                                  "doi",
                                                                  "arxiv",
                                                                  "url",
                                                                  "abstract",
                                                                  "notes",
                                                                  "keywords",
                                                                  "primaryclass",
                                                                  "eprintclass",
                                                                  "month",
                                                                  "keywords_source",
                                                                  "title_protected",
                                                                  "bibtex_type"};
  for (std::string_view f : kCanonical)
    if (f == name) return true;
  return false;
}

}  // namespace ream::exporting
