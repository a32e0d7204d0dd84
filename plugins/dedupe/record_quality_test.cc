#include "record_quality.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

TEST_CASE("whole names, an identifier and a clean link make a better base than one field more") {
  Fields bib, csv;
  bib.id = "stahl2004";
  bib.title = csv.title = "Cultural universality versus particularity in CMC";
  bib.authors = {"Stahl, Bernd Carsten and Elbeltagi, Ibrahim"};
  bib.doi = "10.1080/1097198X.2004.10856384";
  csv.id = "doi:10.1080/1097198x.2004.10856384~4";
  csv.authors = {"Stahl BC; Elbeltagi I"};
  csv.url = "https://example.org/paper?id=3&utm_source=feed";
  CHECK(full_name_share(bib) == 1.0);
  CHECK(full_name_share(csv) == 0.0);
  CHECK(tracking_url(csv.url));
  CHECK_FALSE(tracking_url("https://doi.org/10.1080/1097198X.2004.10856384"));
  CHECK(disambiguated_id(csv.id));
  CHECK_FALSE(disambiguated_id("stahl2004"));
  CHECK_FALSE(disambiguated_id("title~draft"));
  CHECK(record_quality(bib, 5) > record_quality(csv, 6));
}
