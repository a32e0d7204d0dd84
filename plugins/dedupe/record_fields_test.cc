#include "record_fields.hh"

#include <catch2/catch.hpp>
#include <ream/text.hpp>

using namespace ream::dedupe;

TEST_CASE("years, pages and venues are read from messy text") {
  CHECK(parse_year("1995,") == 1995);
  CHECK(parse_year("(1997).") == 1997);
  CHECK(parse_year("vol 12345") == 0);
  CHECK(parse_pages("pp. 322-331.").first == 322);
  CHECK(parse_pages("pp. 322-331.").last == 331);
  CHECK(parse_pages("1234-56").last == 1256);
  CHECK(parse_pages("47--65").last == 65);
  CHECK_FALSE(parse_pages("").known());
  CHECK(venue_similarity(venue_words("Nat Rev Nephrol"), venue_words("Nature Reviews Nephrology")) == 1.0);
  CHECK(venue_similarity(venue_words("Stroke"), venue_words("Topics in Stroke Rehabilitation")) < 0.5);
}

TEST_CASE("identifiers become ream::ids keys; the arXiv DOI is the arXiv id") {
  Fields a;
  a.arxiv = "arXiv:2312.03884v2";
  Fields b;
  b.doi = "https://doi.org/10.48550/arXiv.2312.03884";
  CHECK(extract_features(a).arxiv == "2312.03884");
  CHECK(extract_features(b).arxiv == "2312.03884");
  CHECK(extract_features(b).doi.empty());
  Fields c;
  c.doi = "DOI:10.1000/ABC";
  CHECK(extract_features(c).doi == "10.1000/abc");
}

TEST_CASE("records without an id get the ream record id") {
  Fields f;
  f.title = "A title";
  f.arxiv = "2312.03884";
  CHECK(extract_features(f).id == "arxiv:2312.03884");
}
