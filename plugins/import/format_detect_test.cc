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
  CHECK(detected("new\n\nGet trending papers in your email inbox!\n\nA Title\n\n" + kLong + "\n") == "hf-papers");
  CHECK(detected("byAK and the research community\n\nA Title\n\n" + kLong + "\n") == "hf-papers");
  CHECK(detected("new\n\nSubscribe\n\nMar 14\n\nA Title\n\n" + kLong + "\n") == "hf-papers");
}

TEST_CASE("detect: markers before the first record") {
  CHECK(detected("% This file was created with JabRef 2.10.\n% Encoding: UTF8\n\n@Article{Smith2020,\n}\n") ==
        "bibtex");
  CHECK(detected("@String{ieee = {IEEE}}\n@inproceedings{k,\n}\n") == "bibtex");
  CHECK(detected("Provider: Elsevier\nDatabase: ScienceDirect\n\nTY  - JOUR\nTI  - X\nER  - \n") == "ris");
}

TEST_CASE("detect: text with no format's markers is refused, not guessed") {
  // A title and a paragraph are what any prose looks like.
  CHECK(detected("A Title\n" + kLong + "\n") == "");
  CHECK(detected("new\n\nSubscribe\n\nA Title\n\n" + kLong + "\n") == "");
  // JSON that is not one paper object per line: a CSL-JSON array, a
  // pretty-printed object, an object with no title.
  CHECK(detected("[\n  {\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"X\"}\n]\n") == "");
  CHECK(detected("[{\"id\":\"a\",\"title\":\"X\"}]\n") == "");
  CHECK(detected("{\n  \"status\": \"ok\",\n  \"message\": {\"title\": [\"X\"]}\n}\n") == "");
  CHECK(detected("{\"status\":\"ok\",\"message\":{\"title\":[\"X\"]}}\n") == "");
  // A tweet and an e-mail address are not BibTeX; one RIS-like line is no record.
  CHECK(detected("@alice{ see you there }\n") == "");
  CHECK(detected("TY  - JOUR\n") == "");
  // A table whose only known column is a title: a talk schedule, not papers.
  CHECK(detected("Title,Speaker,Room\nx,y,z\n") == "");
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
  CHECK(format_list() == "hf-papers, paper-notes, bibtex, ris, csv, jsonl, csl-json, medline, wos, crossref, openalex, arxiv");
  CHECK(format_list("|") == "hf-papers|paper-notes|bibtex|ris|csv|jsonl|csl-json|medline|wos|crossref|openalex|arxiv");
  REQUIRE(format_by_name("ris"));
  CHECK(format_by_name("ris")->name == "ris");
  CHECK(format_by_name("biblatex")->name == "bibtex");
  CHECK(!format_by_name("auto"));
  CHECK(!format_by_name(""));
}

TEST_CASE("detect: two formats equally sure is no decision") {
  // A CSV header and a paper-notes heading in one file: both at 70.
  Detection d = detect_format("title,year\n### Paper 1\n");
  CHECK(d.format == nullptr);
  REQUIRE(d.candidates.size() == 2);
  CHECK(d.candidates[0].second.confidence == d.candidates[1].second.confidence);
}
