// The type tables (see record_types.hh).  The first row for a CSL type is
// the one it is written back as.
#include "record_types.hh"

#include <algorithm>
#include <array>
#include <utility>

namespace ream::import {
namespace {

using Row = std::pair<std::string_view, std::string_view>;  // (source type, CSL type)

// BibTeX and BibLaTeX entry types, as pandoc's citeproc maps them.
constexpr std::array<Row, 33> kBibtex{{
    {"article", "article-journal"},
    {"inproceedings", "paper-conference"},
    {"conference", "paper-conference"},
    {"incollection", "chapter"},
    {"inbook", "chapter"},
    {"bookinbook", "chapter"},
    {"suppbook", "chapter"},
    {"suppcollection", "chapter"},
    {"book", "book"},
    {"mvbook", "book"},
    {"proceedings", "book"},
    {"mvproceedings", "book"},
    {"collection", "book"},
    {"mvcollection", "book"},
    {"reference", "book"},
    {"mvreference", "book"},
    {"manual", "book"},
    {"inreference", "entry-encyclopedia"},
    {"booklet", "pamphlet"},
    {"phdthesis", "thesis"},
    {"mastersthesis", "thesis"},
    {"thesis", "thesis"},
    {"techreport", "report"},
    {"report", "report"},
    {"unpublished", "manuscript"},
    {"online", "webpage"},
    {"www", "webpage"},
    {"electronic", "webpage"},
    {"patent", "patent"},
    {"dataset", "dataset"},
    {"software", "software"},
    {"periodical", "periodical"},
    {"misc", "document"},
}};

// RIS TY values (the RIS specification's reference types).
constexpr std::array<Row, 34> kRis{{
    {"JOUR", "article-journal"},
    {"EJOUR", "article-journal"},
    {"JFULL", "periodical"},
    {"MGZN", "article-magazine"},
    {"NEWS", "article-newspaper"},
    {"CONF", "paper-conference"},
    {"CPAPER", "paper-conference"},
    {"CHAP", "chapter"},
    {"ECHAP", "chapter"},
    {"BOOK", "book"},
    {"EBOOK", "book"},
    {"EDBOOK", "book"},
    {"THES", "thesis"},
    {"RPRT", "report"},
    {"UNPB", "manuscript"},
    {"MANSCPT", "manuscript"},
    {"ELEC", "webpage"},
    {"WEB", "webpage"},
    {"BLOG", "post-weblog"},
    {"DATA", "dataset"},
    {"PAT", "patent"},
    {"COMP", "software"},
    {"ENCYC", "entry-encyclopedia"},
    {"DICT", "entry-dictionary"},
    {"PAMP", "pamphlet"},
    {"STAND", "standard"},
    {"BILL", "bill"},
    {"CASE", "legal_case"},
    {"MAP", "map"},
    {"ABST", "article"},
    {"INPR", "article-journal"},
    {"SER", "book"},
    {"PCOMM", "personal_communication"},
    {"GEN", "document"},
}};

template <size_t N>
std::string_view to_csl(const std::array<Row, N>& rows, std::string_view type, std::string_view fallback) {
  for (const auto& [source, csl] : rows)
    if (source == type) return csl;
  return fallback;
}

template <size_t N>
std::string_view from_csl(const std::array<Row, N>& rows, std::string_view csl, std::string_view fallback) {
  for (const auto& [source, mapped] : rows)
    if (mapped == csl) return source;
  return fallback;
}

}  // namespace

std::string_view csl_type_of_bibtex(std::string_view entry_type) { return to_csl(kBibtex, entry_type, "document"); }
std::string_view bibtex_type_of_csl(std::string_view csl_type) { return from_csl(kBibtex, csl_type, "misc"); }
std::string_view csl_type_of_ris(std::string_view ty) { return to_csl(kRis, ty, "document"); }
std::string_view ris_type_of_csl(std::string_view csl_type) { return from_csl(kRis, csl_type, "GEN"); }

}  // namespace ream::import
