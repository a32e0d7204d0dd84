// Entry types (see entry_types.hh).
#include "entry_types.hh"

#include <ream/record_fields.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace ream::exporting {
namespace {

// BibTeX and BibLaTeX entry types (lower case) and RIS TY values (upper
// case) to CSL.
constexpr std::array<std::pair<std::string_view, std::string_view>, 48> kSourceTypes = {{
    {"article", "article-journal"},
    {"inproceedings", "paper-conference"},
    {"conference", "paper-conference"},
    {"proceedings", "book"},
    {"book", "book"},
    {"mvbook", "book"},
    {"collection", "book"},
    {"inbook", "chapter"},
    {"incollection", "chapter"},
    {"bookinbook", "chapter"},
    {"phdthesis", "thesis"},
    {"mastersthesis", "thesis"},
    {"thesis", "thesis"},
    {"techreport", "report"},
    {"report", "report"},
    {"manual", "report"},
    {"booklet", "pamphlet"},
    {"unpublished", "manuscript"},
    {"online", "webpage"},
    {"electronic", "webpage"},
    {"www", "webpage"},
    {"dataset", "dataset"},
    {"software", "software"},
    {"patent", "patent"},
    {"preprint", "article"},
    {"misc", "document"},
    {"JOUR", "article-journal"},
    {"JFULL", "article-journal"},
    {"EJOUR", "article-journal"},
    {"MGZN", "article-magazine"},
    {"NEWS", "article-newspaper"},
    {"CONF", "paper-conference"},
    {"CPAPER", "paper-conference"},
    {"BOOK", "book"},
    {"EBOOK", "book"},
    {"EDBOOK", "book"},
    {"CHAP", "chapter"},
    {"ECHAP", "chapter"},
    {"THES", "thesis"},
    {"RPRT", "report"},
    {"UNPB", "manuscript"},
    {"MANSCPT", "manuscript"},
    {"ELEC", "webpage"},
    {"WEB", "webpage"},
    {"DATA", "dataset"},
    {"COMP", "software"},
    {"PAT", "patent"},
    {"GEN", "document"},
}};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool mentions(std::string_view venue, std::string_view word) { return lower(venue).find(word) != std::string::npos; }

bool looks_like_proceedings(std::string_view venue) {
  for (std::string_view word : {"proceedings", "conference", "workshop", "symposium"})
    if (mentions(venue, word)) return true;
  return false;
}

}  // namespace

std::string csl_type(std::string_view type, std::string_view entry_type, std::string_view venue, bool has_arxiv) {
  if (ream::fields::csl_type(type)) return std::string(type);
  for (std::string_view given : {type, entry_type}) {
    if (given.empty()) continue;
    for (const auto& [name, csl] : kSourceTypes)
      if (name == given || (name.front() >= 'a' && name == lower(given))) {
        // A BibTeX @misc or RIS GEN with an arXiv id is a preprint.
        if (csl == "document" && has_arxiv) return "article";
        return std::string(csl);
      }
  }
  if (!venue.empty() && (!has_arxiv || !mentions(venue, "arxiv")))
    return looks_like_proceedings(venue) ? "paper-conference" : "article-journal";
  return has_arxiv ? "article" : "document";
}

std::string bibtex_type(std::string_view csl, BibDialect dialect, bool has_venue, bool has_link) {
  bool latex = dialect == BibDialect::biblatex;
  const std::string misc = "misc";
  if (csl == "article-journal" || csl == "article-magazine" || csl == "article-newspaper" || csl == "review" ||
      csl == "review-book" || csl == "periodical")
    return has_venue ? "article" : misc;
  if (csl == "paper-conference") return has_venue ? "inproceedings" : misc;
  if (csl == "chapter" || csl == "entry" || csl == "entry-dictionary" || csl == "entry-encyclopedia")
    return has_venue ? "incollection" : misc;
  if (csl == "book" || csl == "classic" || csl == "collection") return "book";
  if (csl == "thesis") return has_venue ? "phdthesis" : misc;
  if (csl == "report" || csl == "standard") return has_venue ? (latex ? "report" : "techreport") : misc;
  if (csl == "manuscript") return "unpublished";
  if (csl == "pamphlet") return "booklet";
  if (latex && has_link && (csl == "webpage" || csl == "post" || csl == "post-weblog")) return "online";
  if (latex && csl == "dataset") return "dataset";
  if (latex && csl == "software") return "software";
  if (latex && csl == "patent") return "patent";
  if (latex && has_link && csl == "article") return "online";  // a preprint: what Better BibTeX writes for BibLaTeX
  return misc;
}

std::string_view venue_field(std::string_view bib_type, BibDialect dialect) {
  if (bib_type == "article") return dialect == BibDialect::biblatex ? "journaltitle" : "journal";
  if (bib_type == "inproceedings" || bib_type == "incollection") return "booktitle";
  if (bib_type == "phdthesis" || bib_type == "mastersthesis")
    return dialect == BibDialect::biblatex ? "institution" : "school";
  if (bib_type == "report" || bib_type == "techreport") return "institution";
  if (bib_type == "book") return "series";
  if (bib_type == "booklet" || bib_type == "misc") return "howpublished";
  return {};
}

bool biblatex_allows(std::string_view bib_type, std::string_view field) {
  // From biblatex's data model (blx-dm.def, the <entryfields> lists),
  // reduced to the fields export can write.
  static constexpr std::string_view kEveryType =
      " date year month doi url eprint eprinttype eprintclass keywords abstract ";
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kTypes = {{
      {"article",
       " title author editor journaltitle volume number pages issn note language pubstate eid addendum "
       "subtitle series issue "},
      {"book",
       " title author editor series volume number pages publisher isbn note location edition chapter "
       "language pubstate eid addendum subtitle "},
      {"booklet",
       " title author editor howpublished note location chapter pages language pubstate eid addendum "
       "subtitle type "},
      {"incollection",
       " title author editor booktitle series volume number pages publisher isbn note location "
       "edition chapter language pubstate eid addendum subtitle "},
      {"inproceedings",
       " title author editor booktitle series volume number pages publisher organization isbn "
       "note location chapter language pubstate eid addendum subtitle "},
      {"dataset",
       " title author editor edition number organization publisher series note location language "
       "pubstate addendum subtitle type version "},
      {"misc",
       " title author editor howpublished organization note location language pubstate addendum subtitle "
       "type version "},
      {"software",
       " title author editor howpublished organization note location language pubstate addendum "
       "subtitle type version "},
      {"online", " title author editor organization note language pubstate addendum subtitle version "},
      {"patent", " title author number note location pubstate addendum subtitle type version "},
      {"report",
       " title author institution number pages note location chapter language pubstate eid addendum "
       "subtitle type version "},
      {"phdthesis",
       " title author institution note location chapter pages language pubstate eid addendum subtitle "
       "type "},
      {"unpublished", " title author howpublished note location language pubstate addendum subtitle type "},
  }};
  auto listed = [field](std::string_view list) {
    size_t at = list.find(field);
    return at != std::string_view::npos && list[at - 1] == ' ' && list[at + field.size()] == ' ';
  };
  if (listed(kEveryType)) return true;
  if (bib_type == "mastersthesis") bib_type = "phdthesis";  // both are biblatex's @thesis
  for (const auto& [type, fields] : kTypes)
    if (type == bib_type) return listed(fields);
  return false;
}

std::string_view ris_type(std::string_view csl) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 19> kRis = {{
      {"article-journal", "JOUR"},
      {"review", "JOUR"},
      {"article-magazine", "MGZN"},
      {"article-newspaper", "NEWS"},
      {"paper-conference", "CPAPER"},
      {"book", "BOOK"},
      {"collection", "EDBOOK"},
      {"chapter", "CHAP"},
      {"thesis", "THES"},
      {"report", "RPRT"},
      {"manuscript", "UNPB"},
      {"article", "UNPB"},
      {"webpage", "ELEC"},
      {"post-weblog", "BLOG"},
      {"dataset", "DATA"},
      {"software", "COMP"},
      {"patent", "PAT"},
      {"pamphlet", "PAMP"},
      {"standard", "STAND"},
  }};
  for (const auto& [name, ty] : kRis)
    if (name == csl) return ty;
  return "GEN";
}

}  // namespace ream::exporting
