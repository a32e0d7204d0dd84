#include "format_detect.hh"

#include <catch2/catch.hpp>

using namespace ream::import;

namespace {
const std::string kLong(250, 'x');
}

TEST_CASE("detect: each format by its mark") {
  CHECK(detect_format("\n  {\"title\":\"x\"}\n") == Format::kJsonl);
  CHECK(detect_format("% exported\n@article{key,\n title={X}}\n") == Format::kBibtex);
  CHECK(detect_format("TY  - JOUR\nTI  - X\nER  - \n") == Format::kRis);
  CHECK(detect_format("# Notes\n\n### Paper 01\n* A title\n") == Format::kPaperNotes);
  CHECK(detect_format("## PAPER 3: A title\n") == Format::kPaperNotes);
  CHECK(detect_format("Authors,Title,Year\nA,B,2020\n") == Format::kCsv);
  CHECK(detect_format("new\n\nSubscribe\n\nA Title\n\n" + kLong + "\n") == Format::kHfPapers);
  CHECK(detect_format("A Title\n" + kLong + "\n") == Format::kHfPapers);
}

TEST_CASE("detect: nothing recognisable") {
  CHECK(!detect_format(""));
  CHECK(!detect_format("\n\n"));
  CHECK(!detect_format("hello\nworld\n"));
  CHECK(!detect_format("a,b,c\n1,2,3\n"));
}

TEST_CASE("format names") {
  CHECK(format_list() == "hf-papers, paper-notes, bibtex, ris, csv, jsonl");
  CHECK(format_by_name("ris") == Format::kRis);
  CHECK(!format_by_name("auto"));
  CHECK(format_name(Format::kPaperNotes) == "paper-notes");
}
