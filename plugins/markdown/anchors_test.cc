#include "anchors.hh"

#include <catch2/catch.hpp>

using ream::markdown::AnchorSet;

TEST_CASE("anchors come from record ids and stay unique", "[anchors]") {
  AnchorSet a;
  CHECK(a.claim("arxiv:2312.03884", 1) == "paper-arxiv-2312-03884");
  CHECK(a.claim("arxiv:2312.03884", 2) == "paper-arxiv-2312-03884-2");
  CHECK(a.claim("DOI:10.1/X(Y)", 3) == "paper-doi-10-1-x-y");
  CHECK(a.claim("", 4) == "paper-4");
  CHECK(a.claim("\u6f22\u5b57", 5) == "paper-5");
  CHECK(a.claim("5", 6) == "paper-5-2");
}
