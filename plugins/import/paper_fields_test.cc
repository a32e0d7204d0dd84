#include "paper_fields.hh"

#include <catch2/catch.hpp>

using namespace ream::import;

TEST_CASE("field aliases") {
  CHECK(canonical_field("Author") == "authors");
  CHECK(canonical_field("arXiv ID") == "arxiv");
  CHECK(canonical_field("Publication Year") == "year");
  CHECK(canonical_field("journal") == "venue");
  CHECK(canonical_field("citations").empty());
}

TEST_CASE("author lists and years") {
  CHECK(split_authors("Smith, J. and Doe, A.; Roe, B") == std::vector<std::string>{"Smith, J.", "Doe, A.", "Roe, B"});
  CHECK(split_authors(" ; ").empty());
  CHECK(parse_year("2021") == 2021);
  CHECK(parse_year("2021-05-03") == 2021);
  CHECK(parse_year("May 1999") == 1999);
  CHECK(!parse_year("12345"));
  CHECK(!parse_year("soon"));
}
