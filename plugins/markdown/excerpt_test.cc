#include "excerpt.hh"

#include <catch2/catch.hpp>

using ream::markdown::excerpt;

TEST_CASE("excerpt cuts at a word boundary and marks the cut", "[excerpt]") {
  CHECK(excerpt("We propose a method.", 0) == "We propose a method.");
  CHECK(excerpt("We propose a method.", 100) == "We propose a method.");
  CHECK(excerpt("We propose a method.", 20) == "We propose a method.");
  CHECK(excerpt("We propose a method.", 14) == "We propose a\u2026");
  CHECK(excerpt("We propose a method.", 10) == "We propose\u2026");
  CHECK(excerpt("First, second, third", 8) == "First\u2026");
}

TEST_CASE("excerpt counts code points and never splits one", "[excerpt]") {
  CHECK(excerpt("\u00e9t\u00e9 \u00e9t\u00e9", 5) == "\u00e9t\u00e9\u2026");
  CHECK(excerpt("\u6f22\u5b57\u6f22\u5b57", 2) == "\u6f22\u5b57\u2026");
  CHECK(excerpt("\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 1) == "\xf0\x9f\x98\x80\u2026");
}

TEST_CASE("excerpt cuts inside a word longer than the budget", "[excerpt]") {
  CHECK(excerpt("Supercalifragilistic", 5) == "Super\u2026");
}
