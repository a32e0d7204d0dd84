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
  CHECK(p.extra == Extra{{"entry_type", "JOUR"},
                         {"key", "knuth84"},
                         {"volume", "27"},
                         {"number", "2"},
                         {"keywords", "programming; documentation"},
                         {"JO", "Comput. J."},
                         {"pages", "97–111"}});
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
  CHECK(p.authors == std::vector<std::string>{"One", "Two"});
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
  auto s = read("TY  - JOUR\nAB  - It is\nIT - is not a tag\nER  - \n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].abstract == "It is IT - is not a tag");
}
