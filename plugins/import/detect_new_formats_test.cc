// --format auto across the whole table: each new format's file is chosen
// for its own markers, the older formats' files still go where they went,
// and near misses (a JSON Lines file with a title, prose quoting an arXiv
// id) are not claimed by the new detectors.
#include <catch2/catch.hpp>

#include "format_detect.hh"

using namespace ream::import;

namespace {

std::string chosen(std::string_view text) {
  Detection d = detect_format(text);
  return d.format ? std::string(d.format->name) : "unknown";
}

}  // namespace

TEST_CASE("detect: the new formats are chosen by their own markers") {
  CHECK(chosen(R"([{"id":"a","type":"book","title":"T","author":[{"family":"F","given":"G"}]}])") == "csl-json");
  CHECK(chosen("{\"id\":\"a\",\"type\":\"book\",\"title\":\"T\",\"issued\":{\"date-parts\":[[2001]]}}\n") ==
        "csl-json");
  CHECK(chosen("\nPMID- 39012345\nOWN - NLM\nSTAT- MEDLINE\nTI  - T\n") == "medline");
  CHECK(chosen("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU A, B\nTI T\nER\n") == "wos");
  CHECK(chosen("PT\tAU\tAF\tTI\tSO\tUT\t\nJ\tA\tA\tT\tS\tWOS:1\t\n") == "wos");
  CHECK(chosen(R"({"status":"ok","message-type":"work","message":{"DOI":"10.1000/x","title":["T"]}})") == "crossref");
  CHECK(chosen("{\"DOI\":\"10.1000/x\",\"title\":[\"T\"],\"is-referenced-by-count\":3}\n") == "crossref");
  CHECK(chosen("{\"id\":\"https://openalex.org/W1\",\"title\":\"T\"}\n") == "openalex");
  CHECK(chosen(R"({"meta":{"count":1},"results":[{"id":"https://openalex.org/W1","title":"T"}]})") == "openalex");
  CHECK(
      chosen(
          "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>http://arxiv.org/api/x</id>\n") ==
      "arxiv");
  CHECK(chosen("New submissions (showing 1 of 1 entries)\n[1]  arXiv:2402.00001 [pdf]\nTitle: T\n") == "arxiv");
}

TEST_CASE("detect: the older formats keep their files") {
  CHECK(chosen("{\"title\":\"A\",\"authors\":[\"X\"],\"year\":2020}\n{\"title\":\"B\"}\n") == "jsonl");
  CHECK(chosen("TY  - JOUR\nTI  - T\nAU  - A\nER  - \n") == "ris");
  CHECK(chosen("@article{k,\n title={T}}\n") == "bibtex");
  CHECK(chosen("We build on arXiv:2402.00001 and PMID- 12 in passing.\nNothing else.\n") == "unknown");
  CHECK(chosen("<html><body>Atom</body></html>\n") == "unknown");
}
