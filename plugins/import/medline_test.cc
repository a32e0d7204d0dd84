// MEDLINE reading on hand-written records in PubMed's "PubMed format"
// (.nbib) style.
#include "medline.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

CollectingSink read(std::string_view text) {
  CollectingSink sink;
  parse_medline(text, sink);
  return sink;
}

}  // namespace

TEST_CASE("medline: a journal article, names from FAU, DOI from LID, structured abstract") {
  auto s = read(R"(
PMID- 39012345
OWN - NLM
VI  - 631
IP  - 8021
DP  - 2024 Jul 18
TI  - Gut bile acids shape <i>C.
      difficile</i> resistance.
PG  - 1123-9
LID - 10.1038/S41586-024-07612-X [doi]
AB  - BACKGROUND: Bile acids matter. We asked how. METHODS: Mice, USA: none.
      RESULTS: Rose 3-fold.
FAU - Øverland, Ingrid
AU  - Øverland I
FAU - Nguyen, Thị Minh Anh
AU  - Nguyen TMA
AU  - Smith J
CN  - Microbiome Consortium
PT  - Journal Article
TA  - Nature
JT  - Nature (London)
MH  - Animals
MH  - *Bile Acids and Salts/metabolism
OT  - colonisation resistance
AID - 10.1038/other [doi]
)");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.line == 2);
  CHECK(p.title == "Gut bile acids shape C. difficile resistance.");
  CHECK(p.authors ==
        std::vector<std::string>{"Øverland, Ingrid", "Nguyen, Thị Minh Anh", "Smith J", "Microbiome Consortium"});
  CHECK(p.abstract ==
        "BACKGROUND: Bile acids matter. We asked how.\n\nMETHODS: Mice, USA: none.\n\nRESULTS: Rose 3-fold.");
  CHECK(p.year == 2024);
  CHECK(p.date == "2024-07-18");
  CHECK(p.venue == "Nature (London)");
  CHECK(p.doi == "10.1038/s41586-024-07612-x");
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Fields{{"pmid", "39012345"},
                          {"volume", "631"},
                          {"issue", "8021"},
                          {"venue_short", "Nature"},
                          {"pages", "1123–1129"}});
  CHECK(CollectingSink::extra_json(p, "keywords_source") ==
        R"(["Animals","Bile Acids and Salts/metabolism","colonisation resistance"])");
  CHECK(p.editors.empty());
}

TEST_CASE("medline: a book has editors, never as authors; its corporate author stays") {
  auto s = read(
      "PMID- 38000001\nDP  - 2023\nBTI - Clinical Guidelines\nPB  - NAP\nFED - Rossi, Maria\nED  - Rossi M\n"
      "ED  - Chen W\nCN  - Committee on Sepsis\nPT  - Book\n\n"
      "PMID- 38000002\nTI  - A Chapter\nBTI - The Book\nDP  - 2022 Spring\nAID - NBK1234 [bookaccession]\n");
  REQUIRE(s.papers.size() == 2);
  const Paper& book = s.papers[0];
  CHECK(book.title == "Clinical Guidelines");
  CHECK(book.authors == std::vector<std::string>{"Committee on Sepsis"});
  CHECK(book.editors == std::vector<std::string>{"Rossi, Maria", "Chen W"});
  CHECK(book.type == "book");
  CHECK(CollectingSink::extra(book, "publisher") == "NAP");
  CHECK(book.year == 2023);
  CHECK(book.date.empty());
  const Paper& chapter = s.papers[1];
  CHECK(chapter.line == 11);
  CHECK(chapter.title == "A Chapter");
  CHECK(chapter.venue == "The Book");
  CHECK(chapter.type == "chapter");
  CHECK(chapter.year == 2022);
  CHECK(chapter.date == "2022 Spring");
  CHECK(chapter.doi.empty());
}

TEST_CASE("medline: dates that are not calendar dates are kept as written") {
  auto s = read(
      "PMID- 1\nTI  - A\nDP  - 2019 Feb 30\n\nPMID- 2\nTI  - B\nDP  - 2019 Jul-Aug\n\nPMID- 3\nTI  - C\nDP  - "
      "2019 Aug\n");
  REQUIRE(s.papers.size() == 3);
  CHECK(s.papers[0].date.empty());
  CHECK(CollectingSink::extra(s.papers[0], "date_raw") == "2019 Feb 30");
  CHECK(s.papers[0].year == 2019);
  CHECK(s.papers[1].date == "2019 Jul-Aug");
  CHECK(s.papers[2].date == "2019-08");
}

TEST_CASE("medline: PMID starts a record without a blank line; CRLF; text outside records") {
  auto s = read("Search results\r\n\r\nPMID- 1\r\nTI  - One\r\nPMID- 2\r\nTI  - Two\r\n      continued\r\n");
  REQUIRE(s.papers.size() == 2);
  CHECK(s.papers[1].title == "Two continued");
  CHECK(s.papers[1].line == 5);
  REQUIRE(s.warnings.size() == 1);
  CHECK(s.warnings[0].second == "text outside a record (line 1) ignored; MEDLINE lines start with a tag");
}

TEST_CASE("medline: a translated title keeps the original one (TT) beside it") {
  auto s = read(
      "PMID- 30000001\nTI  - [Epidemiology of influenza in France].\nTT  - \u00c9pid\u00e9miologie de la grippe en "
      "France.\nLA  - fre\nDP  - 2018 Dec\n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "[Epidemiology of influenza in France].");
  CHECK(CollectingSink::extra(s.papers[0], "title_original") == "\u00c9pid\u00e9miologie de la grippe en France.");
}

TEST_CASE("medline: a file that ends inside a line is warned about as perhaps cut short") {
  auto cut = read("PMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two\nAB  - The abstract was cut in th");
  REQUIRE(cut.papers.size() == 2);
  REQUIRE(cut.warnings.size() == 1);
  CHECK(cut.warnings[0].first == 6);
  CHECK(cut.warnings[0].second ==
        "the file ends inside this line, without a line break: the record at line 4 may be cut short");
  CHECK(read("PMID- 1\nTI  - One\n").warnings.empty());
  CHECK(read("PMID- 1\r\nTI  - One\r\n\r\n").warnings.empty());
}

TEST_CASE("medline: a record with neither title nor DOI is an issue with its line") {
  auto s = read("PMID- 1\nTI  - Fine\n\nPMID- 2\nAU  - Nobody N\nDP  - 2020\n\n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 4);
  CHECK(s.issues[0].reason == "record has no title (TI or BTI) or DOI");
  CHECK(s.issues[0].raw == "PMID- 2\nAU  - Nobody N\nDP  - 2020");
}

TEST_CASE("medline: evidence") {
  CHECK(detect_medline(Sample("\nPMID- 39012345\nOWN - NLM\nSTAT- MEDLINE\n")).confidence == kCertain);
  CHECK(detect_medline(Sample("\nPMID- 39012345\nOWN - NLM\nSTAT- MEDLINE\n")).reason ==
        "MEDLINE record 'PMID- 39012345' at line 2 and its tags");
  CHECK(detect_medline(Sample("PMID- 1\nsome prose\n")).confidence == 0);
  CHECK(detect_medline(Sample("TY  - JOUR\nTI  - x\n")).confidence == 0);
}
