#include "input_text.hh"

#include <unistd.h>

#include "temp_files.hh"

#include <catch2/catch.hpp>

#include <string>
#include <system_error>

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

TEST_CASE("line faults: every bad line, with a Latin-1 hint only where it fits") {
  auto faults = find_line_faults("ok\nCaf\xE9\nfine\nna\xEFve and \xE9\n");
  REQUIRE(faults.size() == 2);  // one fault per line
  CHECK(faults[0].line == 2);
  CHECK(faults[0].reason == "invalid UTF-8 (byte 0xE9 at column 4); if the file is Latin-1, use --encoding latin1");
  CHECK(faults[1].line == 4);
  // A file with valid UTF-8 beside the bad byte is UTF-8 with one broken byte.
  auto mixed = find_line_faults("caf\xC3\xA9\nbad \xFF\n");
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].reason == "invalid UTF-8 (byte 0xFF at column 5)");
  auto nul = find_line_faults(std::string("a\nb\0c\n", 6));
  REQUIRE(nul.size() == 1);
  CHECK(nul[0].line == 2);
  CHECK(nul[0].reason == "NUL byte");
  CHECK(find_line_faults("all good\n").empty());
}

TEST_CASE("file faults: binary, and UTF-16 without a byte order mark") {
  CHECK(!find_file_fault("text\n"));
  CHECK(!find_file_fault(std::string("a\nb\nc\0\nd\n", 9)));  // a NUL in one line of four: one bad entry
  auto zip = find_file_fault(std::string("PK\3\4\nxx\0yy\n", 11));
  REQUIRE(zip);
  CHECK(zip->reason == "binary file (NUL byte); not a text format");
  auto le = find_file_fault(std::string("@\0a\0r\0t\0i\0c\0l\0e\0{\0", 18));
  REQUIRE(le);
  CHECK(le->reason == "UTF-16 text without a byte order mark; use --encoding utf-16le");
}

TEST_CASE("replacements stand in for bad bytes only") {
  CHECK(with_replacements("a\xFF"
                          "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(with_replacements(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(with_replacements("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("decoding: byte order marks and named encodings") {
  CHECK(decode_input("\xEF\xBB\xBFx", "") == "x");
  CHECK(decode_input("caf\xE9", "") == "caf\xE9");  // left for the UTF-8 check to report
  CHECK(decode_input("caf\xE9", "latin1") == "caf\xC3\xA9");
  CHECK(decode_input(std::string("\xFF\xFE"
                                 "a\0\xE9\0",
                                 6),
                     "") == "a\xC3\xA9");
  CHECK(decode_input(std::string("\xFE\xFF\0a\0\xE9", 6), "") == "a\xC3\xA9");
  CHECK(decode_input("\x80", "windows-1252") == "\xE2\x82\xAC");
  CHECK_THROWS_AS(decode_input("ok\n\xFF", "utf-8"), DecodeError);
  CHECK(known_encoding("latin1"));
  CHECK(!known_encoding("no-such-encoding"));
}

TEST_CASE("decoding: Windows-1252 quotes read as Latin-1 are refused, not turned into control characters") {
  for (const char* name : {"latin1", "ISO-8859-1", "l1"}) {
    try {
      decode_input("A title\n\x93Quoted\x94 \xE9t\xE9\n", name);
      FAIL("decoded");
    } catch (const DecodeError& e) {
      CHECK(e.line == 2);
      CHECK(e.reason ==
            "byte 0x93 is a control character in Latin-1, not text: the file is probably Windows-1252; use "
            "--encoding windows-1252");
    }
  }
  CHECK(decode_input("\x93Quoted\x94", "windows-1252") == "\u201CQuoted\u201D");
  CHECK(decode_input("caf\xE9 \xA9 \xFF", "latin1") == "caf\u00E9 \u00A9 \u00FF");
}

TEST_CASE("whole files: read into their buffer, in parts at once or one after the other") {
  // 20 MB and a bit: three parts of 8 MB, the last one short.
  std::string bytes;
  for (int i = 0; bytes.size() < (20u << 20) + 12345; ++i) bytes += "line " + std::to_string(i) + "\n";
  std::string name = ream::testing::write_temp(bytes);
  uint64_t told = 0;
  auto progress = [&](uint64_t n, uint64_t total) {
    CHECK(total == bytes.size());
    told = n;
  };
  size_t parts_run = 0;
  Spread backwards = [&](size_t count, const std::function<void(size_t)>& body) {
    for (size_t i = count; i-- > 0;) body(i), ++parts_run;  // any order must do
  };
  CHECK(read_input_bytes(name, progress).view() == bytes);
  CHECK(told == bytes.size());
  told = 0;
  CHECK(read_input_bytes(name, progress, backwards).view() == bytes);
  CHECK(parts_run == 3);
  CHECK(told == bytes.size());
  CHECK(read_input(name, nullptr) == bytes);
  unlink(name.c_str());
  CHECK_THROWS_AS(read_input_bytes(name, nullptr), std::system_error);
}

TEST_CASE("whole files: decoding is needed only for a named encoding or a byte order mark") {
  CHECK_FALSE(needs_decoding("plain", ""));
  CHECK_FALSE(needs_decoding("caf\xE9", ""));
  CHECK(needs_decoding("plain", "latin1"));
  CHECK(needs_decoding("\xEF\xBB\xBFx", ""));
  CHECK(needs_decoding("\xFF\xFEx", ""));
  CHECK(needs_decoding("\xFE\xFFx", ""));
}
