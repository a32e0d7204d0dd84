// Crossref reading on hand-written responses in the REST API's shapes.
#include "crossref.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

CollectingSink read(std::string_view text) {
  CollectingSink sink;
  parse_crossref(text, sink);
  return sink;
}

}  // namespace

TEST_CASE("crossref: a single work, JATS abstract, organisation author, editors, references") {
  auto s = read(R"j({"status":"ok","message-type":"work","message-version":"1.0.0","message":{
  "indexed":{"date-parts":[[2024,3,1]]},"reference-count":2,"publisher":"Elsevier BV",
  "issue":"4","content-domain":{"domain":[],"crossmark-restriction":false},
  "short-container-title":["J. Hydrol."],
  "abstract":"<jats:title>Abstract</jats:title><jats:p>Floods grow.</jats:p><jats:p>We show why, with CO<jats:sub>2</jats:sub>.</jats:p>",
  "DOI":"10.1016/J.JHYDROL.2020.125001","type":"journal-article","page":"125001-9",
  "title":["Flood <i>frequency</i> in a warming climate"],"subtitle":["a review"],
  "volume":"590","author":[{"given":"Søren","family":"Kjær","sequence":"first","affiliation":[]},
    {"name":"Nordic Hydrology Group","sequence":"additional","affiliation":[]}],
  "editor":[{"given":"Ana","family":"Silva"}],
  "container-title":["Journal of Hydrology"],
  "issued":{"date-parts":[[2020,11]]},
  "reference":[{"key":"r1","DOI":"10.1029/2019WR025000","doi-asserted-by":"crossref"},{"key":"r2","unstructured":"Old book, 1970."}],
  "URL":"https://doi.org/10.1016/j.jhydrol.2020.125001"}})j");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.line == 1);
  CHECK(p.title == "Flood frequency in a warming climate: a review");
  CHECK(p.authors == std::vector<std::string>{"Søren Kjær", "Nordic Hydrology Group"});
  CHECK(p.abstract == "Floods grow.\n\nWe show why, with CO2.");
  CHECK(p.year == 2020);
  CHECK(p.date == "2020-11");
  CHECK(p.venue == "Journal of Hydrology");
  CHECK(p.doi == "10.1016/j.jhydrol.2020.125001");
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Fields{{"venue_short", "J. Hydrol."},
                          {"volume", "590"},
                          {"issue", "4"},
                          {"pages", "125001–125009"},
                          {"publisher", "Elsevier BV"}});
  CHECK(p.editors == std::vector<std::string>{"Ana Silva"});
  CHECK(CollectingSink::extra_json(p, "references") == R"(["10.1029/2019wr025000"])");
}

TEST_CASE("crossref: a work-list gives each item with its line; bad items are issues") {
  auto s = read(R"j({
  "status": "ok",
  "message-type": "work-list",
  "message": {
    "facets": {},
    "total-results": 3,
    "items": [
      {"DOI": "10.48550/arXiv.2312.03884", "type": "posted-content", "title": ["WonderJourney"],
       "issued": {"date-parts": [[null]]}, "published-online": {"date-parts": [[2023, 12, 6]]}},
      {"type": "journal-article", "title": []},
      "nonsense"
    ],
    "items-per-page": 20
  }
})j");
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.line == 8);
  CHECK(p.arxiv == "2312.03884");
  CHECK(p.date == "2023-12-06");
  CHECK(p.type == "article");
  REQUIRE(s.issues.size() == 2);
  CHECK(s.issues[0].line == 10);
  CHECK(s.issues[0].reason == "work has no title or DOI");
  CHECK(s.issues[1].line == 11);
  CHECK(s.issues[1].reason == "a Crossref work must be an object");
}

TEST_CASE("crossref: an error response is an issue; works one per line") {
  auto s = read(R"j({"status":"error","message-type":"validation-failure","message":[{"type":"x"}]})j");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].reason == "Crossref answered status \"error\", not works");
  auto lines = read("{\"DOI\":\"10.1000/a1\",\"title\":[\"A\"]}\n{\"DOI\":\"10.1000/b2\",\"title\":[\"B\"]}\n");
  REQUIRE(lines.papers.size() == 2);
  CHECK(lines.papers[1].line == 2);
}

TEST_CASE("crossref: evidence") {
  CHECK(detect_crossref(Sample(R"j({"status":"ok","message-type":"work-list","message":{}})j")).reason ==
        "Crossref response with \"message-type\": \"work-list\"");
  CHECK(detect_crossref(Sample(R"j({"DOI":"10.1/x","is-referenced-by-count":3})j")).confidence == kStrong);
  CHECK(detect_crossref(Sample(R"j({"DOI":"10.1/x","title":["T"],"is-referenced-by-count":3})j")).confidence ==
        kCertain);
  CHECK(detect_crossref(Sample(R"j({"title":"x","message":"hello"})j")).confidence == 0);
}

TEST_CASE("crossref: a response whose member names are not valid JSON is an issue, not a crash") {
  // Found by fuzz_crossref: the envelope is walked before any validation.
  auto s = read("{\"sta\\qtus\": \"ok\", \"message\": {\"DOI\": \"10.1000/x1\", \"title\": [\"T\"]}}");
  CHECK(s.papers.empty());
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].reason.starts_with("invalid JSON: "));
}
