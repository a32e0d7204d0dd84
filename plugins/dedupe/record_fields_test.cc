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

TEST_CASE("a venue's acronym meets the words it abbreviates") {
  CHECK(venue_similarity(venue_words("VLDB"), venue_words("Very Large Data Bases")) == 1.0);
  CHECK(venue_similarity(venue_words("Conf. on Very Large Data Bases"), venue_words("VLDB")) == 1.0);
  CHECK(venue_similarity(venue_words("VLDB"), venue_words("Very Large Scale Integration")) < 0.5);
}

TEST_CASE("a meeting's short name inside its proceedings' title is contained, a journal's name is not an event") {
  CHECK(venue_contained(venue_words("SIGMOD Conference"),
                        venue_words("Proceedings of the 1997 ACM SIGMOD international conference &hellip;,")));
  Fields a, b;
  a.title = b.title = "Unbundling active functionality in database systems";
  a.venue = "SIGMOD Conference";
  b.venue = "Proceedings of the 1997 ACM SIGMOD international conference on Management of Data";
  CHECK(extract_features(b).venue_is_event);
  CHECK(extract_features(a).venue_is_event);
  a.venue = "SIGMOD Record";
  CHECK_FALSE(extract_features(a).venue_is_event);
  a.venue = "Stroke";
  b.venue = "Topics in Stroke Rehabilitation";
  CHECK_FALSE(extract_features(b).venue_is_event);
}

TEST_CASE("character references are decoded and no-value markers read as no value") {
  Fields a, b;
  a.title = "Caf&eacute; networks &amp; queues";
  b.title = "Café networks & queues";
  a.authors = {"Fran&#231;ois Bancilhon"};
  b.authors = {"François Bancilhon"};
  auto fa = extract_features(a), fb = extract_features(b);
  CHECK(fa.title.key == fb.title.key);
  CHECK(author_similarity(fa.authors, fb.authors) == 1.0);
  a.authors = {"N/A"};
  a.venue = "N/A";
  fa = extract_features(a);
  CHECK(fa.authors.names.empty());
  CHECK(fa.venue_words.empty());
}
