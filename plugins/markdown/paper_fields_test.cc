#include "paper_fields.hh"

#include <catch2/catch.hpp>

using namespace ream::markdown;

TEST_CASE("an author line reads back into names", "[fields]") {
  CHECK(author_line({"Ngozi Okafor", "Lena M\u00fcller", "Kenji Tanaka"}) ==
        "Ngozi Okafor, Lena M\u00fcller and Kenji Tanaka");
  CHECK(author_line({"Okafor, Ngozi", "Tanaka, Kenji"}) == "Okafor, Ngozi; Tanaka, Kenji");
  CHECK(author_line({"Bernhard Kerbl"}) == "Bernhard Kerbl");
  CHECK(author_line({}) == "");
}

TEST_CASE("a long author line is cut with et al.", "[fields]") {
  CHECK(author_line({"A One", "B Two", "C Three", "D Four"}, 2) == "A One, B Two et al.");
  CHECK(author_line({"One, A", "Two, B", "Three, C"}, 2) == "One, A; Two, B et al.");
  CHECK(author_line({"A One", "B Two"}, 2) == "A One and B Two");
}
