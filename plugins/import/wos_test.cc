// Web of Science reading on hand-written exports in the plain-text and
// tab-delimited layouts.
#include "wos.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

CollectingSink read(std::string_view text) {
  CollectingSink sink;
  parse_wos(text, sink);
  return sink;
}

}  // namespace

TEST_CASE("wos: plain text, names from AF, group authors, editors apart, cited DOIs") {
  auto s = read(R"(FN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Lindqvist, M
   Ødegård, K
AF Lindqvist, Maja
   Ødegård, Kristian
CA ICECUBE Collaboration
BE Rao, S
TI Glacier melt-water chemistry: a multi-site
   comparison
SO JOURNAL OF GLACIOLOGY
DT Article
DE glacier hydrology; Svalbard
AB Meltwater varies. We compare twelve sites and
   find carbonate weathering.
CR Tranter M, 1996, HYDROL PROCESS, V10, P541, DOI 10.1002/HYP.390
   Hodson A, 2000, J GLACIOL, V46, P1, DOI [10.3189/1727565, 10.1017/S00221]
   Anonymous, 1999, REPORT GLACIERS
JI J. Glaciol.
PD MAR 15
PY 2021
VL 67
IS 262
BP 233
EP 47
DI 10.1017/JOG.2020.101
UT WOS:000612345600004
ER

EF
)");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.line == 3);
  CHECK(p.authors == std::vector<std::string>{"Lindqvist, Maja", "Ødegård, Kristian", "ICECUBE Collaboration"});
  CHECK(p.title == "Glacier melt-water chemistry: a multi-site comparison");
  CHECK(p.abstract == "Meltwater varies. We compare twelve sites and find carbonate weathering.");
  CHECK(p.venue == "JOURNAL OF GLACIOLOGY");
  CHECK(p.year == 2021);
  CHECK(p.date == "2021-03-15");
  CHECK(p.doi == "10.1017/jog.2020.101");
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Fields{{"volume", "67"},
                          {"issue", "262"},
                          {"wos_id", "WOS:000612345600004"},
                          {"venue_short", "J. Glaciol."},
                          {"pages", "233–247"}});
  CHECK(p.editors == std::vector<std::string>{"Rao, S"});
  CHECK(CollectingSink::extra_json(p, "keywords_source") == R"(["glacier hydrology","Svalbard"])");
  CHECK(CollectingSink::extra_json(p, "references") == R"(["10.1002/hyp.390","10.3189/1727565"])");
}

TEST_CASE("wos: AU when AF is missing, book chapters, seasons kept as written") {
  auto s = read(
      "PT B\nAU Haller, B\nBE Okafor, C\n   Lemaire, J\nTI Rivers\nSO SPRINGER GEOGRAPHY\nDT Book "
      "Chapter\nPD SPR\nPY 2019\nBP 15\nEP 38\nER\n");
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.authors == std::vector<std::string>{"Haller, B"});
  CHECK(p.editors == std::vector<std::string>{"Okafor, C", "Lemaire, J"});
  CHECK(p.type == "chapter");
  CHECK(p.year == 2019);
  CHECK(p.date == "SPR 2019");
}

TEST_CASE("wos: records that cannot be papers, or are cut short, are issues with their line") {
  auto s = read("PT J\nAU Nobody, N\nPY 2020\nER\n\nPT J\nTI Lost\nPT J\nTI Kept\nER\nPT J\nTI Cut\n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "Kept");
  REQUIRE(s.issues.size() == 3);
  CHECK(s.issues[0].line == 1);
  CHECK(s.issues[0].reason == "record has no title (TI) or DOI");
  CHECK(s.issues[1].line == 6);
  CHECK(s.issues[1].reason == "record opened at line 6 ends without ER (a new record starts at line 8)");
  CHECK(s.issues[1].raw == "PT J\nTI Lost");
  CHECK(s.issues[2].reason == "record opened at line 11 has no ER line before the end of the file");
}

TEST_CASE("wos: tab-delimited, lists split on semicolons, trailing tab, BOM") {
  auto s = read(
      "\xEF\xBB\xBFPT\tAU\tAF\tCA\tTI\tSO\tDE\tCR\tPD\tPY\tBP\tEP\tAR\tDI\tUT\t\r\n"
      "J\tLindqvist, M; Zhang, W\tLindqvist, Maja; Zhang, Wei\t\tMelt\tJ GLAC\ta; b\tX, 1996, V1, DOI 10.1002/HYP.390; "
      "Y\tMAR\t"
      "2021\t233\t47\t\t10.1017/x\tWOS:1\t\r\n"
      "S\t\t\tWorld Meteorological Organization\tState 2022\tWMO\t\t\t\t2023\t\t\te102\t\tWOS:2\t\r\n"
      "J\ttoo\tmany\tcells\there\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\r\n");
  REQUIRE(s.papers.size() == 2);
  const Paper& a = s.papers[0];
  CHECK(a.line == 2);
  CHECK(a.authors == std::vector<std::string>{"Lindqvist, Maja", "Zhang, Wei"});
  CHECK(a.date == "2021-03");
  CHECK(CollectingSink::extra(a, "pages") == "233–247");
  CHECK(CollectingSink::extra_json(a, "keywords_source") == R"(["a","b"])");
  CHECK(CollectingSink::extra_json(a, "references") == R"(["10.1002/hyp.390"])");
  const Paper& b = s.papers[1];
  CHECK(b.authors == std::vector<std::string>{"World Meteorological Organization"});
  CHECK(CollectingSink::extra(b, "article_number") == "e102");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 4);
  CHECK(s.issues[0].reason == "row has 17 cells, the header 16");
}

TEST_CASE("wos: evidence") {
  CHECK(detect_wos(Sample("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n")).confidence == kCertain);
  CHECK(detect_wos(Sample("PT\tAU\tBA\tAF\tTI\tSO\tUT\n")).reason == "Web of Science tab-delimited header at line 1");
  CHECK(detect_wos(Sample("PT J\nAU Smith, J\nTI T\nER\n")).confidence == kStrong);
  CHECK(detect_wos(Sample("PT J is a sentence.\nAnd another.\n")).confidence == 0);
}

TEST_CASE("wos: a month and day that make no date are kept raw, not as a date") {
  auto s = read("PT J\nTI T\nPD FEB 30\nPY 2021\nER\n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].year == 2021);
  CHECK(s.papers[0].date.empty());
  CHECK(CollectingSink::extra(s.papers[0], "date_raw") == "FEB 30 2021");
}
