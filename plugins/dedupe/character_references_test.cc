#include "character_references.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

TEST_CASE("numeric character references become UTF-8") {
  CHECK(decode_character_references("Fran&#231;ois") == "François");
  CHECK(decode_character_references("Fran&#xE7;ois") == "François");
  CHECK(decode_character_references("&#x1D6FC;") == "\xF0\x9D\x9B\xBC");
}

TEST_CASE("the named references exports write are decoded") {
  CHECK(decode_character_references("Fe&amp;au") == "Fe&au");
  CHECK(decode_character_references("Data Bases &hellip;,") == "Data Bases \xE2\x80\xA6,");
  CHECK(decode_character_references("Jos&eacute; Mu&Ntilde;oz") == "José MuÑoz");
}

TEST_CASE("text that is no reference is kept as written") {
  CHECK(decode_character_references("AT&T; R&D") == "AT&T; R&D");
  CHECK(decode_character_references("a & b; c") == "a & b; c");
  CHECK(decode_character_references("&#0; &#xD800; &#99999999;") == "&#0; &#xD800; &#99999999;");
  CHECK(decode_character_references("trailing &") == "trailing &");
  CHECK(decode_character_references("&unknown;") == "&unknown;");
}
