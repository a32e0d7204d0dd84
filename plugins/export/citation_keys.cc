// Citation keys per paper (see citation_keys.hh).
#include "citation_keys.hh"

#include "export_paper.hh"

namespace ream::exporting {

std::string CitationKeys::key_for(const ExportPaper& paper, std::string* warning) {
  warning->clear();
  if (paper.key.empty()) return registry_.claim(format_.render(paper));
  if (!valid_citation_key(paper.key)) {
    std::string key = registry_.claim(format_.render(paper));
    *warning = "citation key '" + paper.key +
               "' cannot be used in BibTeX (white space, a control character or one of , { } ( ) = \\ \" # % ' ~); "
               "it is written as '" +
               key + "'";
    return key;
  }
  std::string key = registry_.claim(paper.key);
  if (key != paper.key)
    *warning =
        "citation key '" + paper.key + "' is already used by an earlier record; this one is written as '" + key + "'";
  return key;
}

}  // namespace ream::exporting
