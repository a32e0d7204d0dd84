// The table of import formats: one row per format (see format_detect.hh
// for what a row holds and how to add one).  A row with a `split` function
// is read in pieces on the run's workers when the file is large enough.  Parsers that need no stage
// options are adapted by a captureless lambda, so their own signature stays
// the plain text -> PaperSink one that tests and fuzzers call.
#include "arxiv.hh"
#include "bibtex.hh"
#include "crossref.hh"
#include "csl_json.hh"
#include "csv.hh"
#include "format_detect.hh"
#include "hf_papers.hh"
#include "jsonl.hh"
#include "medline.hh"
#include "openalex.hh"
#include "paper_notes.hh"
#include "ris.hh"
#include "wos.hh"

namespace ream::import {
namespace {

template <void (*Parse)(std::string_view, PaperSink&)>
void without_options(std::string_view text, const FormatOptions&, PaperSink& out) {
  Parse(text, out);
}

// Picks a parser's overload that takes the options (first_line for the
// pieces of a split file, the workers for hf-papers).
template <void (*Parse)(std::string_view, const FormatOptions&, PaperSink&)>
void with_options(std::string_view text, const FormatOptions& options, PaperSink& out) {
  Parse(text, options, out);
}

constexpr FormatSpec kFormats[] = {
    {"hf-papers", "", "text dumps of a daily trending-papers page", detect_hf_papers, with_options<parse_hf_papers>},
    {"paper-notes", "", "Markdown notes with a section per paper", detect_paper_notes,
     without_options<parse_paper_notes>},
    {"bibtex", "biblatex|bib", "BibTeX and BibLaTeX (.bib)", detect_bibtex, with_options<parse_bibtex>, nullptr,
     plan_bibtex},
    {"ris", "", "RIS (.ris)", detect_ris, with_options<parse_ris>, split_ris},
    {"csv", "tsv", "CSV or TSV with a header row", detect_csv,
     static_cast<void (*)(std::string_view, const FormatOptions&, PaperSink&)>(parse_csv)},
    {"jsonl", "", "JSON Lines, one record per line", detect_jsonl, with_options<parse_jsonl>, split_jsonl},
    {"csl-json", "csl|citeproc-json", "CSL-JSON (Zotero, Better BibTeX, pandoc)", detect_csl_json,
     with_options<parse_csl_json>},
    {"medline", "nbib|pubmed", "PubMed MEDLINE (.nbib)", detect_medline, with_options<parse_medline>, split_medline},
    {"wos", "web-of-science|isi", "Web of Science plain text or tab-delimited", detect_wos, with_options<parse_wos>,
     split_wos},
    {"crossref", "", "Crossref REST API works (JSON)", detect_crossref, without_options<parse_crossref>},
    {"openalex", "", "OpenAlex works (JSON or JSON Lines)", detect_openalex, with_options<parse_openalex>},
    {"arxiv", "", "arXiv API Atom feed, or the text of arXiv listing and abstract pages", detect_arxiv,
     without_options<parse_arxiv>},
};

}  // namespace

std::span<const FormatSpec> formats() { return kFormats; }

}  // namespace ream::import
