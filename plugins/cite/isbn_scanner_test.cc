#include "isbn_scanner.hh"

#include <catch2/catch.hpp>

#include "test_support.hh"

using namespace ream::cite;
using namespace ream::cite::testing;

TEST_CASE("ISBN checksums") {
  CHECK(valid_isbn("0130540919"));
  CHECK(valid_isbn("080442957X"));
  CHECK(valid_isbn("9780306406157"));
  CHECK_FALSE(valid_isbn("0130540918"));
  CHECK_FALSE(valid_isbn("9780306406158"));
  CHECK_FALSE(valid_isbn("X130540919"));
}

TEST_CASE("labelled ISBNs with hyphens and spaces") {
  CHECK(ids(Kind::isbn, "| isbn = 0-13-054091-9") == List{"0130540919"});
  CHECK(ids(Kind::isbn, "| isbn=2 906700-09-6") == List{"2906700096"});
  CHECK(ids(Kind::isbn, "ISBN-13: 978-0-306-40615-7 2001") == List{"9780306406157"});
  CHECK(ids(Kind::isbn, "ISBN 1-4244-1179-3.") == List{"1424411793"});
}

TEST_CASE("unlabelled or invalid numbers are not ISBNs") {
  CHECK(ids(Kind::isbn, "0-13-054091-9").empty());
  CHECK(ids(Kind::isbn, "ISBN 0-13-054091-8").empty());
}
