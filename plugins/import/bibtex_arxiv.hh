// arXiv ids that bibliography exports carry in places other than a
// dedicated field: "arXiv preprint arXiv:2312.03884" as the journal,
// "CoRR abs/1706.03762" from DBLP, an arxiv.org abs or pdf link as the URL.
// Shared by the BibTeX and RIS readers.
#ifndef REAM_IMPORT_BIBTEX_ARXIV_HH
#define REAM_IMPORT_BIBTEX_ARXIV_HH

#include <string>
#include <string_view>

namespace ream::import {

// The arXiv id mentioned in `text`, as written (version kept), or "" when
// there is none that passes the arXiv id rules.
std::string arxiv_mention(std::string_view text);

}  // namespace ream::import

#endif
