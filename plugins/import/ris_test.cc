// RIS reading on hand-made fixtures.
#include "ris.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using ream::import::CollectingSink;
using ream::import::parse_ris;

namespace {

CollectingSink read(std::string_view ris) {
  CollectingSink sink;
  parse_ris(ris, sink);
  return sink;
}

}  // namespace

TEST_CASE("ris: a journal article with the common tags") {
  auto s = read(R"(TY  - JOUR
ID  - knuth84
AU  - Knuth, Donald E.
AU  - Doe, Jane
TI  - Literate Programming
JO  - Comput. J.
JF  - The Computer Journal
PY  - 1984/05/01/
VL  - 27
IS  - 2
SP  - 97
EP  - 111
DO  - 10.1093/comjnl/27.2.97
UR  - https://doi.org/10.1093/comjnl/27.2.97
KW  - programming
KW  - documentation
N1  - A classic.
AB  - The abstract.
ER  - 
)");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.line == 1);
  CHECK(p.authors == std::vector<std::string>{"Knuth, Donald E.", "Doe, Jane"});
  CHECK(p.title == "Literate Programming");
  CHECK(p.venue == "The Computer Journal");
  CHECK(p.year == 1984);
  CHECK(p.date == "1984-05-01");
  CHECK(p.doi == "10.1093/comjnl/27.2.97");
  CHECK(p.url == "https://doi.org/10.1093/comjnl/27.2.97");
  CHECK(p.notes == "A classic.");
  CHECK(p.abstract == "The abstract.");
  using Extra = std::vector<std::pair<std::string, std::string>>;
  CHECK(p.type == "article-journal");
  CHECK(p.extra_json == Extra{{"keywords_source", R"(["programming","documentation"])"}});
  CHECK(p.extra ==
        Extra{{"key", "knuth84"}, {"volume", "27"}, {"issue", "2"}, {"JO", "Comput. J."}, {"pages", "97–111"}});
}

TEST_CASE("ris: a whole range in SP (EndNote) reads as SP and EP do") {
  auto s = read(
      "TY  - JOUR\nTI  - A\nSP  - 505-510\nER  - \n"
      "TY  - JOUR\nTI  - B\nSP  - 1123\nEP  - 9\nER  - \n"
      "TY  - JOUR\nTI  - C\nSP  - e12\nER  - \n");
  REQUIRE(s.papers.size() == 3);
  CHECK(CollectingSink::extra(s.papers[0], "pages") == "505–510");
  CHECK(CollectingSink::extra(s.papers[1], "pages") == "1123–1129");
  CHECK(CollectingSink::extra(s.papers[2], "pages") == "e12");
}

TEST_CASE("ris: continuation lines, CRLF, a BOM and several records") {
  auto s = read(
      "\xEF\xBB\xBFTY  - CONF\r\nTI  - A Title That\r\n   Goes On\r\nAB  - First line\r\nsecond line\r\n\r\n"
      "T2  - Proc. X\r\nY1  - 2021///\r\nER  - \r\n\r\nTY  - GEN\r\nT1  - Second\r\nDA  - 2022/3/\r\nER  -\r\n");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 2);
  CHECK(s.papers[0].title == "A Title That Goes On");
  CHECK(s.papers[0].abstract == "First line second line");
  CHECK(s.papers[0].venue == "Proc. X");
  CHECK(s.papers[0].year == 2021);
  CHECK(s.papers[0].date.empty());
  CHECK(s.papers[1].line == 11);
  CHECK(s.papers[1].title == "Second");
  CHECK(s.papers[1].date == "2022-03");
  CHECK(s.papers[1].year == 2022);
}

TEST_CASE("ris: repeated and unknown tags, AB and N2 the same") {
  auto s = read(R"(TY  - JOUR
A1  - One
A2  - Two
TI  - T
AB  - Same abstract.
N2  - Same abstract.
SN  - 1234-5678
SN  - 8765-4321
M3  - Article
UR  - https://arxiv.org/abs/2312.03884v1
UR  - https://example.org/mirror
ER  - 
)");
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.authors == std::vector<std::string>{"One"});
  CHECK(p.editors == std::vector<std::string>{"Two"});
  CHECK(p.abstract == "Same abstract.");
  CHECK(CollectingSink::extra(p, "N2").empty());
  CHECK(CollectingSink::extra(p, "SN") == "1234-5678; 8765-4321");
  CHECK(CollectingSink::extra(p, "M3") == "Article");
  CHECK(p.url == "https://arxiv.org/abs/2312.03884v1");
  CHECK(CollectingSink::extra(p, "UR") == "https://example.org/mirror");
  CHECK(p.arxiv == "2312.03884v1");
}

TEST_CASE("ris: a year that says more than a year is kept") {
  auto s = read("TY  - JOUR\nTI  - T\nPY  - 2019///Spring\nER  - \n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].year == 2019);
  CHECK(CollectingSink::extra(s.papers[0], "PY") == "2019///Spring");
}

TEST_CASE("ris: a missing ER at the end of the file is an Issue") {
  auto s = read("TY  - JOUR\nTI  - Fine\nER  - \nTY  - JOUR\nTI  - Cut short\n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 4);
  CHECK(s.issues[0].reason == "record opened at line 4 has no 'ER  - ' line before the end of the file");
  CHECK(s.issues[0].raw == "TY  - JOUR\nTI  - Cut short");
}

TEST_CASE("ris: a missing ER before the next TY is an Issue, the next record imports") {
  auto s = read("TY  - JOUR\nTI  - Lost\nTY  - BOOK\nTI  - Kept\nER  - \n");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 1);
  CHECK(s.issues[0].reason == "record opened at line 1 ends without 'ER  - ' (a new record starts at line 3)");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "Kept");
}

TEST_CASE("ris: text outside records is a warning") {
  auto s = read("Exported by X\nversion 2\n\nTY  - JOUR\nTI  - T\nER  - \ntrailing\n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.warnings.size() == 2);
  CHECK(s.warnings[0] ==
        std::pair<uint64_t, std::string>{1, "text outside a record (lines 1-2) ignored; records start with 'TY  - '"});
  CHECK(s.warnings[1].first == 7);
}

TEST_CASE("ris: lines that only look like tags continue the value") {
  auto s = read("TY  - JOUR\nTI  - T\nAB  - It is\nIT - is not a tag\nER  - \n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].abstract == "It is IT - is not a tag");
}

TEST_CASE("ris: editors from A2 and ED, never authors; A3 series editors") {
  auto s = read(
      "TY  - CHAP\nAU  - Writer, A.\nA2  - Editor, B.\nED  - Editor, C.\nA3  - Series, D.\nTI  - A Chapter\n"
      "T2  - The Book\nER  - \n");
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.type == "chapter");
  CHECK(p.authors == std::vector<std::string>{"Writer, A."});
  CHECK(p.editors == std::vector<std::string>{"Editor, B.", "Editor, C."});
  CHECK(CollectingSink::extra(p, "series_editors") == "Series, D.");
}

TEST_CASE("ris: a DOI only in UR, M3 or L3") {
  auto s = read(
      "TY  - JOUR\nTI  - A\nUR  - https://doi.org/10.1000/ABC\nER  - \n"
      "TY  - JOUR\nTI  - B\nM3  - doi: 10.1000/def\nER  - \n"
      "TY  - JOUR\nTI  - C\nL3  - 10.1000/ghi\nER  - \n"
      "TY  - JOUR\nTI  - D\nM3  - Article\nDO  - 10.1000/jkl\nUR  - https://doi.org/10.1000/other\nER  - \n");
  REQUIRE(s.papers.size() == 4);
  CHECK(s.papers[0].doi == "10.1000/abc");
  CHECK(s.papers[1].doi == "10.1000/def");
  CHECK(s.papers[2].doi == "10.1000/ghi");
  CHECK(s.papers[3].doi == "10.1000/jkl");  // DO wins
  CHECK(CollectingSink::extra(s.papers[3], "M3") == "Article");
}

TEST_CASE("ris: DO is the DOI's key, as a DOI found in UR is") {
  auto s = read("TY  - JOUR\nTI  - A\nDO  - https://doi.org/10.1000/ABC.1\nER  - \n"
                "TY  - JOUR\nTI  - B\nDO  - 10.1000/ABC.1\nER  - \n");
  REQUIRE(s.papers.size() == 2);
  CHECK(s.papers[0].doi == "10.1000/abc.1");
  CHECK(s.papers[1].doi == s.papers[0].doi);
}

TEST_CASE("ris: an invalid date is kept as written, not made valid") {
  auto s = read(
      "TY  - JOUR\nTI  - A\nPY  - 2020/13/45\nER  - \nTY  - JOUR\nTI  - B\nDA  - 2021/02/29\nER  - \n"
      "TY  - JOUR\nTI  - C\nDA  - 2020/02/29\nER  - \n");
  REQUIRE(s.papers.size() == 3);
  CHECK(s.papers[0].date.empty());
  CHECK(s.papers[0].year == 2020);
  CHECK(CollectingSink::extra(s.papers[0], "date_raw") == "2020/13/45");
  CHECK(s.papers[1].date.empty());
  CHECK(CollectingSink::extra(s.papers[1], "date_raw") == "2021/02/29");
  CHECK(s.papers[2].date == "2020-02-29");
}

TEST_CASE("ris: a record with no title, arXiv id or DOI is rejected with its line") {
  auto s = read("TY  - JOUR\nTI  - Fine\nER  - \n\nTY  - JOUR\nAU  - Nobody\nPY  - 2020\nER  - \n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 5);
  CHECK(s.issues[0].reason == "record has no title, arxiv or doi");
  CHECK(s.issues[0].raw == "TY  - JOUR\nAU  - Nobody\nPY  - 2020\nER  - ");
}
