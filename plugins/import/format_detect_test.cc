#include "format_detect.hh"

#include <catch2/catch.hpp>

using namespace ream::import;

namespace {
const std::string kLong(250, 'x');
}

// The name of the format auto-detection chooses, or "" for none.
std::string detected(const std::string& text) {
  const FormatSpec* f = detect_format(text).format;
  return f ? std::string(f->name) : std::string();
}

TEST_CASE("detect: each format by its mark") {
  CHECK(detected("\n  {\"title\":\"x\"}\n") == "jsonl");
  CHECK(detected("% exported\n@article{key,\n title={X}}\n") == "bibtex");
  CHECK(detected("TY  - JOUR\nTI  - X\nER  - \n") == "ris");
  CHECK(detected("# Notes\n\n### Paper 01\n* A title\n") == "paper-notes");
  CHECK(detected("## PAPER 3: A title\n") == "paper-notes");
  CHECK(detected("Authors,Title,Year\nA,B,2020\n") == "csv");
  CHECK(detected("new\n\nSubscribe\n\nA Title\n\n" + kLong + "\n") == "hf-papers");
  CHECK(detected("A Title\n" + kLong + "\n") == "hf-papers");
}

TEST_CASE("detect: nothing recognisable") {
  CHECK(detected("") == "");
  CHECK(detected("\n\n") == "");
  CHECK(detected("hello\nworld\n") == "");
  CHECK(detected("a,b,c\n1,2,3\n") == "");
}

TEST_CASE("detect: evidence says where") {
  Detection d = detect_format("% exported\n\n@article{key,\n title={X}}\n");
  REQUIRE(!d.candidates.empty());
  CHECK(d.candidates.front().second.reason == "entry '@article{key,' at line 3");
}

TEST_CASE("format names") {
  CHECK(format_list() == "hf-papers, paper-notes, bibtex, ris, csv, jsonl");
  CHECK(format_list("|") == "hf-papers|paper-notes|bibtex|ris|csv|jsonl");
  REQUIRE(format_by_name("ris"));
  CHECK(format_by_name("ris")->name == "ris");
  CHECK(format_by_name("biblatex")->name == "bibtex");
  CHECK(!format_by_name("auto"));
  CHECK(!format_by_name(""));
}
