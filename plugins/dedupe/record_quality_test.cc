#include "record_quality.hh"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

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

TEST_CASE("only the paper's description counts as fields, not an export's own columns") {
  CHECK(describes_paper("authors"));
  CHECK(describes_paper("journal"));
  CHECK(describes_paper("doi"));
  CHECK_FALSE(describes_paper("cited_by"));
  CHECK_FALSE(describes_paper("accession_number"));
  CHECK_FALSE(describes_paper("source"));
  CHECK_FALSE(describes_paper("id"));
}

TEST_CASE("--keep merge takes an importer's renamed copy as base only when the original is not there") {
  std::vector<std::string_view> ids = {"doi:10.1/x", "doi:10.1/x~2", "doi:10.1/x~3"};
  std::vector<float> quality = {3, 9, 5};
  CHECK(best_base(ids, quality, true) == 0);
  CHECK(best_base(ids, quality, false) == 1);  // --keep most-complete keeps the best record
  // Without the original among the members, the best copy.
  CHECK(best_base({"doi:10.1/x~2", "doi:10.1/x~3"}, {4, 5}, true) == 1);
  // "~N" on an id no member has is no copy of one; ties to the first.
  CHECK(best_base({"stahl2004", "doi:10.1/y~2"}, {5, 5}, true) == 0);
  CHECK(best_base({"stahl2004", "doi:10.1/y~2"}, {5, 6}, true) == 1);
}

TEST_CASE("a field that describes another is merged only with the field it describes") {
  CHECK(described_field("et_al") == "authors");
  CHECK(described_field("title_protected") == "title");
  CHECK(described_field("year_raw") == "year");
  CHECK(described_field("bibtex_type") == "type");
  CHECK(described_field("abstract").empty());
  auto has = [](std::initializer_list<std::string_view> keys) {
    std::vector<std::string_view> held(keys);
    return HasField([held](std::string_view k) { return std::find(held.begin(), held.end(), k) != held.end(); });
  };
  // The donor's et_al describes its own author list: not the base's.
  CHECK_FALSE(merge_takes("et_al", has({"title", "authors"}), has({"title", "authors", "et_al"}), has({}), false));
  // Taken with the list it describes.
  CHECK(merge_takes("et_al", has({"title", "authors"}), has({"title", "authors", "et_al"}), has({"authors"}), false));
  // Nor from a donor other than the one the list came from, nor without a list.
  CHECK_FALSE(merge_takes("et_al", has({"title"}), has({"title", "et_al"}), has({}), false));
  // The donor's braces are its title's, not the base's.
  CHECK_FALSE(merge_takes("title_protected", has({"title"}), has({"title", "title_protected"}), has({}), false));
  // A raw value stands in where nobody has the field ("in press").
  CHECK(merge_takes("year_raw", has({"title"}), has({"title", "year_raw"}), has({}), false));
  CHECK_FALSE(merge_takes("year_raw", has({"title", "year"}), has({"title", "year_raw"}), has({}), false));
  // Plain fields: only what the base lacks; never the identity or a tracking URL.
  CHECK(merge_takes("pages", has({"title"}), has({"pages"}), has({}), false));
  CHECK_FALSE(merge_takes("pages", has({"pages"}), has({"pages"}), has({}), false));
  CHECK_FALSE(merge_takes("id", has({}), has({"id"}), has({}), false));
  CHECK_FALSE(merge_takes("url", has({}), has({"url"}), has({}), true));
  CHECK(merge_takes("url", has({}), has({"url"}), has({}), false));
}
