// Reading a file in pieces says exactly what reading it whole says.
//
// For every format whose table row can split a text, and for hf-papers'
// own pieces, each text here is read whole and then cut at every piece
// size from 1 byte up: the papers (with their lines), issues and warnings,
// messages included, must come out the same and in the same order.  The
// texts hold what a careless cut would break: text outside records, a
// record without its end marker, stray end markers, continuation lines,
// CRLF line ends.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "bibtex.hh"
#include "format_detect.hh"
#include "hf_papers.hh"
#include "line_cuts.hh"
#include "paper.hh"
#include "split_check.hh"
#include "test_sink.hh"

namespace ream::import {
namespace {

void check_every_cut(std::string_view name, std::string_view text) {
  const FormatSpec* format = format_by_name(name);
  REQUIRE(format);
  REQUIRE(format->split);
  std::vector<std::string> expected = read_whole(*format, text);
  REQUIRE(!expected.empty());
  size_t most_pieces = 0;
  for (size_t bytes = 1; bytes <= text.size(); ++bytes) {
    size_t pieces = 0;
    INFO(name << " cut every " << bytes << " bytes");
    CHECK(read_in_pieces(*format, text, bytes, &pieces) == expected);
    most_pieces = std::max(most_pieces, pieces);
  }
  CHECK(most_pieces > 3);  // the texts are really cut
}

TEST_CASE("RIS read in pieces says what it says whole") {
  check_every_cut("ris",
                  "Provider: Example\n"
                  "TY  - JOUR\nTI  - One\nAU  - Smith, John\nER  - \n"
                  "\n"
                  "stray text\nER  - \nmore stray\n\n"
                  "TY  - JOUR\nTI  - Two\n  continued title\n"
                  "TY  - BOOK\nTI  - Three\nER  - \n"
                  "TY  - JOUR\nAU  - Doe, Jane\nER  - \n"
                  "ER  - \n"
                  "TY  - CHAP\r\nTI  - Four\r\nER  - \r\n\r\n"
                  "TY  - JOUR\nTI  - Open at the end\n");
}

TEST_CASE("MEDLINE read in pieces says what it says whole") {
  check_every_cut("medline",
                  "PMID- 1\nTI  - One title\n      continued\nFAU - Smith, John\n\n"
                  "junk line\nmore junk\n\n"
                  "PMID- 2\nTI  - Two\nPMID- 3\nAB  - An abstract but no title.\n\n\n"
                  "PMID- 4\r\nTI  - Four\r\n \r\n"
                  "PMID- 5\nTI  - Five\n");
}

TEST_CASE("Web of Science read in pieces says what it says whole") {
  check_every_cut("wos",
                  "FN Clarivate Analytics Web of Science\nVR 1.0\n"
                  "PT J\nAU Smith, J\n   Doe, J\nTI One\n   wrapped\nER\n\n"
                  "PT J\nTI Two\nPT J\nTI Three\nER\nER\n"
                  "PT J\nAU Roe, R\nER\n"
                  "PT J\r\nTI Four\r\nER\r\n"
                  "PT J\nTI Five never closed\nEF\n");
}

TEST_CASE("JSON Lines read in pieces says what it says whole") {
  check_every_cut("jsonl",
                  "{\"title\":\"a\"}\n\nnot json\n{\"title\":\"b\",\"year\":2020}\n[1]\n"
                  "{\"doi\":\"10.1/x\"}\r\n{\"year\":1}\n{\"title\":\"c\"}");
}

TEST_CASE("hf-papers read in pieces says what it says whole") {
  std::string text =
      "new\n\nJun 3\n\nTitle One\n\nAbstract one. It has sentences.\n\n"
      "Title Two\nAbstract two wrapped line\ncontinues here. Done.\n\n"
      "Jun 4\n\nTitle Three\n\nTitle Four\n\nAbstract four. More words.\n\n"
      "An orphan paragraph that is long enough to be prose. It has two sentences.\n\n"
      "Title Five\n\nShort end.\n";
  LoggingSink serial;
  parse_hf_papers(text, serial);
  REQUIRE(serial.log.size() > 3);
  for (size_t bytes = 1; bytes <= text.size(); ++bytes) {
    FormatOptions options;
    options.piece_bytes = bytes;
    size_t calls = 0;
    options.parallel = [&](size_t count, const std::function<void(size_t, size_t)>& body) {
      ++calls;
      for (size_t i = count; i-- > 0;) body(i, i + 1);  // any order
    };
    LoggingSink pieces;
    parse_hf_papers(text, options, pieces);
    INFO("cut every " << bytes << " bytes");
    CHECK(pieces.log == serial.log);
    CHECK(calls == (bytes < text.size() ? 1u : 0u));
  }
}

// parse_bibtex with pieces of `bytes` read one after the other, in reverse.
std::vector<std::string> bibtex_in_pieces(std::string_view text, size_t bytes) {
  FormatOptions options;
  options.piece_bytes = bytes;
  options.parallel = [](size_t count, const std::function<void(size_t, size_t)>& body) {
    for (size_t i = count; i-- > 0;) body(i, i + 1);
  };
  LoggingSink sink;
  parse_bibtex(text, options, sink);
  return sink.log;
}

void check_bibtex_cuts(std::string_view text) {
  LoggingSink whole;
  parse_bibtex(text, whole);
  REQUIRE(!whole.log.empty());
  for (size_t bytes = 1; bytes <= text.size(); ++bytes) {
    INFO("cut every " << bytes << " bytes");
    CHECK(bibtex_in_pieces(text, bytes) == whole.log);
  }
}

TEST_CASE("BibTeX read in pieces says what it says whole") {
  SECTION("macros defined before a piece are known in it, later ones are not") {
    check_bibtex_cuts(
        "% a comment line\n@string{jml = {Journal of {M}achine Learning}}\n"
        "@article{a, title = {One}, journal = jml, month = may}\n"
        "@STRING( conf = \"Proc. \" # jml )\n"
        "@inproceedings{b, title = {Two}, booktitle = conf # {Workshop}, year = 2020}\n"
        "@article{c, title = {Three}, journal = later}\n"
        "@string{later = \"Later\"}\n"
        "@article{d, title = {Four}, journal = later, author = {M{\\\"u}ller, J. and others}}\n"
        "@misc{e, note = {no title}}\n"
        "@comment{ anything }\n"
        "@article{f, title = {Five: with an email x@y.org}}\n"
        "@article{g, title = {Six}, journal = undefinedmacro}\n");
  }
  SECTION("a @string in a value, a broken entry and crossref are read whole") {
    check_bibtex_cuts(
        "@article{a, title = {One}, abstract = {text\n@string{x = \"y\"}\nmore}}\n"
        "@article{b, title = {Two}, journal = x}\n");
    check_bibtex_cuts(
        "@article{a, title = {One}}\n@article{b, title = {Two\n@article{c, title = {Three}}\n"
        "@article{d, title = {Four}}\n");
    check_bibtex_cuts(
        "@inproceedings{a, title = {One}, crossref = {p}}\n@article{b, title = {Two}}\n"
        "@proceedings{p, title = {Proc}, booktitle = {Proc}, year = 2001}\n");
  }
}

// For formats whose parser reads its own pieces (FormatOptions::parallel).
void check_own_pieces(std::string_view name, std::string_view text) {
  const FormatSpec* format = format_by_name(name);
  REQUIRE(format);
  std::vector<std::string> expected = read_whole(*format, text);
  REQUIRE(!expected.empty());
  for (size_t bytes = 1; bytes <= text.size(); ++bytes) {
    INFO(name << " pieces of " << bytes << " bytes");
    CHECK(read_in_pieces(*format, text, bytes) == expected);
  }
}

TEST_CASE("CSL-JSON and OpenAlex items read in blocks say what they say read in order") {
  check_own_pieces("csl-json",
                   "[\n{\"type\": \"article-journal\", \"title\": \"One\", \"author\": [{\"family\": \"Smith\"}]},\n"
                   "{\"type\": \"book\", \"title\": 5},\n{\"note\": \"no title\"},\n[1, 2],\n"
                   "{\"title\": \"Two\", \"issued\": {\"date-parts\": [[2020, 5]]}},\n{\"title\": \"Three\"\n]\n");
  check_own_pieces("openalex",
                   "{\"results\": [{\"id\": \"https://openalex.org/W1\", \"title\": \"One\"},\n"
                   "{\"id\": \"https://openalex.org/W2\"},\n\"x\",\n"
                   "{\"title\": \"Two\", \"doi\": \"https://doi.org/10.1000/x\"}]}\n");
}

TEST_CASE("line_cuts cuts at line starts, near every piece") {
  std::string_view text = "a\nbb\nccc\ndddd\n";
  auto always = [](std::string_view, std::string_view) { return true; };
  CHECK(line_cuts(text, 1, always) == std::vector<size_t>{2, 5, 9});
  CHECK(line_cuts(text, 4, always) == std::vector<size_t>{5, 9});
  CHECK(line_cuts(text, 100, always).empty());
  auto after_ccc = [](std::string_view before, std::string_view) { return before == "ccc"; };
  CHECK(line_cuts(text, 1, after_ccc) == std::vector<size_t>{9});
  CHECK(count_newlines(text) == 4);
  CHECK(count_newlines("") == 0);
}

}  // namespace
}  // namespace ream::import
