#include "person_names.hh"

#include <catch2/catch.hpp>

using namespace ream::exporting;

namespace {
std::string parts(std::string_view name) {
  PersonName n = split_name(name);
  if (!n.literal.empty()) return "literal:" + n.literal;
  return n.given + "|" + n.particle + "|" + n.family + "|" + n.suffix;
}
}  // namespace

TEST_CASE("names with commas are read by position", "[names]") {
  CHECK(parts("Knuth, Donald E.") == "Donald E.||Knuth|");
  CHECK(parts("van der Berg, Anna") == "Anna|van der|Berg|");
  CHECK(parts("King, Jr., Martin Luther") == "Martin Luther||King|Jr.");
  CHECK(parts("Martin Luther King, Jr.") == "Martin Luther||King|Jr.");
}

TEST_CASE("names without commas end with the family name", "[names]") {
  CHECK(parts("Donald E. Knuth") == "Donald E.||Knuth|");
  CHECK(parts("Ludwig van Beethoven") == "Ludwig|van|Beethoven|");
  CHECK(parts("Hong-Xing Yu") == "Hong-Xing||Yu|");
  CHECK(parts("Martin Luther King Jr.") == "Martin Luther||King|Jr.");
}

TEST_CASE("one-word names are kept whole", "[names]") {
  CHECK(parts("Aristotle") == "literal:Aristotle");
  CHECK(full_family(split_name("Aristotle")) == "Aristotle");
  CHECK(parts("Barnes and Noble") == "literal:Barnes and Noble");
  CHECK(parts("Alexandra Sanders") == "Alexandra||Sanders|");
  CHECK(full_family(split_name("Anna van der Berg")) == "van der Berg");
}
