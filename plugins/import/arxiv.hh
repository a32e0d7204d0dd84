// arXiv as papers: the API's Atom feed, and the text of arxiv.org's
// listing and abstract pages.
//
// export.arxiv.org/api/query answers an Atom feed (XML) with one <entry>
// per paper; a listing page (/list/cs.CL/new) shows numbered entries
// ("[3]  arXiv:2312.03884 (cross-list from cs.LG) [pdf, other]") with
// Title, Authors, Comments, Subjects and, on /new pages, the abstract; an
// abstract page (/abs/ID) shows one paper.  One `arxiv` format reads all
// three: a file that opens with "<" is the feed.  Every entry of a
// listing (new, cross-list, replacement) is a record.
#ifndef REAM_IMPORT_ARXIV_HH
#define REAM_IMPORT_ARXIV_HH

#include <string>
#include <string_view>

#include "format_detect.hh"
#include "paper.hh"

namespace ream::import {

void parse_arxiv(std::string_view text, PaperSink& out);
void parse_arxiv_atom(std::string_view text, PaperSink& out);
void parse_arxiv_text(std::string_view text, PaperSink& out);

// Evidence for --format auto: an Atom feed from arxiv.org, or a listing
// entry line ("[1] arXiv:ID ...") or an abstract page's "Cite as: arXiv:ID".
Evidence detect_arxiv(const Sample& sample);

// What every arXiv record shares: `arxiv` (as given), the abs URL when
// none is known, type "article", publisher "arXiv", arXiv's own DOI
// (10.48550/arXiv.ID) unless a journal DOI is given, and the year the id
// was issued when no date says more.
void settle_arxiv_paper(Paper& p);

// "A, B and C" / "A, B, and C" -> names; parenthesised affiliations
// ("A (MIT)") dropped.
std::vector<std::string> arxiv_author_list(std::string_view authors);

}  // namespace ream::import

#endif
