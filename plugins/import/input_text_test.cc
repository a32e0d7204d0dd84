#include "input_text.hh"

#include <catch2/catch.hpp>

using namespace ream::import;

TEST_CASE("text faults: binary and invalid UTF-8 with their line") {
  CHECK(!find_text_fault("plain ASCII\nand caf\xC3\xA9 \xE2\x80\x94 fine\n"));
  auto nul = find_text_fault(std::string("one\ntwo\nth\0ree\n", 15));
  REQUIRE(nul);
  CHECK(nul->line == 3);
  CHECK(nul->reason == "binary file (NUL byte); not a text format");
  auto bad = find_text_fault("one\r\nt\xC3wo\r\nthree\n");
  REQUIRE(bad);
  CHECK(bad->line == 2);
  CHECK(bad->reason == "invalid UTF-8 (byte 0xC3 at column 2)");
  CHECK(bad->raw == "t\xC3wo");
  auto overlong = find_text_fault("abcdefghijklmnop\xC0\xAF");
  REQUIRE(overlong);
  CHECK(overlong->line == 1);
}

TEST_CASE("lines around offsets") {
  std::string_view text = "ab\ncd\n\nef";
  CHECK(line_of(text, 0) == 1);
  CHECK(line_of(text, 4) == 2);
  CHECK(line_around(text, 4) == "cd");
  CHECK(line_around(text, 6) == "");
  CHECK(line_around(text, 9) == "ef");
  CHECK(without_bom("\xEF\xBB\xBFx") == "x");
}
