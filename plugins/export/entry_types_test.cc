#include "entry_types.hh"

#include <catch2/catch.hpp>

using namespace ream::exporting;

TEST_CASE("a CSL type in `type` wins over entry_type", "[types]") {
  CHECK(csl_type("paper-conference", "article", "", false) == "paper-conference");
  CHECK(csl_type("", "Article", "J", false) == "article-journal");
  CHECK(csl_type("", "JOUR", "", false) == "article-journal");
  CHECK(csl_type("", "misc", "", true) == "article");
  CHECK(csl_type("", "", "Proceedings of the Workshop", false) == "paper-conference");
  CHECK(csl_type("", "", "Nature", false) == "article-journal");
  CHECK(csl_type("", "", "arXiv preprint", true) == "article");
  CHECK(csl_type("", "", "", false) == "document");
}

TEST_CASE("BibTeX types fall back to misc without their venue", "[types]") {
  CHECK(bibtex_type("article-journal", BibDialect::biblatex, true, false) == "article");
  CHECK(bibtex_type("article-journal", BibDialect::biblatex, false, false) == "misc");
  CHECK(bibtex_type("article", BibDialect::biblatex, false, true) == "online");
  CHECK(bibtex_type("article", BibDialect::biblatex, false, false) == "misc");
  CHECK(bibtex_type("article", BibDialect::bibtex, false, true) == "misc");
  CHECK(bibtex_type("report", BibDialect::bibtex, true, false) == "techreport");
  CHECK(venue_field("article", BibDialect::bibtex) == "journal");
  CHECK(venue_field("article", BibDialect::biblatex) == "journaltitle");
}

TEST_CASE("BibLaTeX's data model decides which fields an entry may have", "[types]") {
  CHECK(biblatex_allows("article", "journaltitle"));
  CHECK_FALSE(biblatex_allows("article", "publisher"));
  CHECK(biblatex_allows("online", "eprint"));
  CHECK_FALSE(biblatex_allows("online", "howpublished"));
  CHECK_FALSE(biblatex_allows("misc", "school"));
  CHECK_FALSE(biblatex_allows("article", "journal"));  // BibTeX's name; BibLaTeX's is journaltitle
}

TEST_CASE("RIS types", "[types]") {
  CHECK(ris_type("article-journal") == "JOUR");
  CHECK(ris_type("paper-conference") == "CPAPER");
  CHECK(ris_type("no-such-type") == "GEN");
}
