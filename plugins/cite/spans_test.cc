#include "spans.hh"

#include <catch2/catch.hpp>

using namespace ream::cite;

TEST_CASE("claimed spans answer overlap questions after merging") {
  Spans spans;
  CHECK_FALSE(spans.overlaps(0, 10));
  spans.add(20, 30);
  spans.add(5, 10);
  spans.add(8, 12);   // merges with [5, 10)
  spans.add(40, 40);  // empty: claims nothing
  CHECK(spans.overlaps(0, 6));
  CHECK(spans.overlaps(11, 15));
  CHECK_FALSE(spans.overlaps(12, 20));
  CHECK(spans.contains(29));
  CHECK_FALSE(spans.contains(30));
  CHECK_FALSE(spans.contains(40));
  spans.add(12, 20);  // adding after a question merges again
  CHECK(spans.overlaps(15, 16));
}

TEST_CASE("spans from references") {
  std::vector<Reference> refs = {{Kind::url, "a", "a", 10, 20}, {Kind::doi, "b", "b", 12, 18}};
  Spans spans(refs);
  CHECK(spans.contains(10));
  CHECK_FALSE(spans.contains(20));
  CHECK_FALSE(spans.contains(9));
}
