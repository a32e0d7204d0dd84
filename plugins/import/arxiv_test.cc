// arXiv reading: the API's Atom feed, listing pages and abstract pages, on
// hand-written text in each one's shape.
#include "arxiv.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

CollectingSink read(std::string_view text) {
  CollectingSink sink;
  parse_arxiv(text, sink);
  return sink;
}

constexpr std::string_view kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>http://arxiv.org/api/abc</id>
  <title type="html">ArXiv Query</title>
  <entry>
    <id>http://arxiv.org/abs/2401.01234v2</id>
    <published>2024-01-03T18:59:58Z</published>
    <title>Surging Glaciers and Their
  Meltwater</title>
    <summary>  Surges are episodic. We review
their meltwater.

Second &amp; last paragraph.
</summary>
    <author><name>Åsa Lindqvist</name><arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">Uppsala</arxiv:affiliation></author>
    <author><name>The GLACIER Collaboration</name></author>
    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.3189/JOG.2024.12</arxiv:doi>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">24 pages</arxiv:comment>
    <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">J. Glaciol. 70 (2024) 1-24</arxiv:journal_ref>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="physics.geo-ph"/>
    <category term="physics.geo-ph"/>
    <category term="physics.ao-ph"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/astro-ph/0101001v1</id>
    <published>2001-01-01T00:00:00Z</published>
    <title>Old style</title>
    <author><name>R. Ørsted</name></author>
  </entry>
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.5</id>
    <title>Error</title>
    <summary>incorrect id format for 1234.5</summary>
  </entry>
</feed>
)";

}  // namespace

TEST_CASE("arxiv: the API's Atom feed") {
  auto s = read(kFeed);
  REQUIRE(s.papers.size() == 2);
  const Paper& p = s.papers[0];
  CHECK(p.line == 5);
  CHECK(p.arxiv == "2401.01234v2");
  CHECK(p.url == "http://arxiv.org/abs/2401.01234v2");
  CHECK(p.title == "Surging Glaciers and Their Meltwater");
  CHECK(p.abstract == "Surges are episodic. We review their meltwater.\n\nSecond & last paragraph.");
  CHECK(p.authors == std::vector<std::string>{"Åsa Lindqvist", "The GLACIER Collaboration"});
  CHECK(p.doi == "10.3189/jog.2024.12");
  CHECK(p.date == "2024-01-03");
  CHECK(p.year == 2024);
  CHECK(p.notes == "24 pages");
  CHECK(p.type == "article");
  CHECK(p.extra == Fields{{"journal_ref", "J. Glaciol. 70 (2024) 1-24"},
                          {"primary_category", "physics.geo-ph"},
                          {"publisher", "arXiv"}});
  CHECK(CollectingSink::extra_json(p, "categories") == R"(["physics.geo-ph","physics.ao-ph"])");
  const Paper& old = s.papers[1];
  CHECK(old.arxiv == "astro-ph/0101001v1");
  CHECK(old.doi == "10.48550/arxiv.astro-ph/0101001");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 30);
  CHECK(s.issues[0].reason == "the arXiv API reports an error: incorrect id format for 1234.5");
}

TEST_CASE("arxiv: the feed's TeX accents become letters, its math stays as written") {
  auto s = read(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><id>http://arxiv.org/abs/hep-th/9901001v3</id>"
      "<title>Strings and the Schr\\\"odinger Equation</title>"
      "<summary>The $\\alpha'$ expansion, after Erd\\H{o}s -- and {\\o}thers.</summary>"
      "<author><name>Pavel \\v{S}koda</name></author><author><name>Fran\\c{c}ois L\\^e</name></author>"
      "</entry>\n</feed>\n");
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.title == "Strings and the Schrödinger Equation");
  CHECK(p.abstract == "The $\\alpha'$ expansion, after Erdős -- and øthers.");
  CHECK(p.authors == std::vector<std::string>{"Pavel Škoda", "François Lê"});
}

TEST_CASE("arxiv: a broken feed stops at its line, after the entries before it") {
  auto s = read(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><id>http://arxiv.org/abs/2401.01234</id>"
      "<title>A</title></entry>\n<entry><title>B</entry>\n</feed>\n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 3);
  CHECK(s.issues[0].reason == "invalid XML: mismatched tag");
}

TEST_CASE("arxiv: a listing page; every entry, new, cross-list and replacement, is a record") {
  auto s = read(R"(Computational Linguistics
Showing new listings for Friday, 2 February 2024
New submissions (showing 2 of 2 entries)
[1]  arXiv:2402.00001 [pdf, html, other]
Title: Tokenisers for Yorùbá
Authors: Adébáyọ̀ Ọlọ́run, María José Fernández
Comments: 9 pages
Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)
Subword vocabularies fragment
words.

We measure the damage.
[2]  arXiv:2402.00002 [pdf, other]
Title: A Short Note
Authors: J. Doe (MIT), R. Roe
Subjects: Computation and Language (cs.CL)
Cross submissions (showing 1 of 1 entries)
[3]  arXiv:2401.09999 (cross-list from cs.LG) [pdf, other]
Title: Scaling Laws Revisited
Authors: ATLAS Collaboration
Journal-ref: Phys. Rev. D 109 (2024) 012001
Subjects: Machine Learning (cs.LG)
Replacement submissions (showing 1 of 1 entries)
[4]  arXiv:2310.05555 (replaced) [pdf, other]
Title: Long Context Retrieval,
  Done Right
Authors: A. Author, B. Author, and C. Author
Subjects: Computation and Language (cs.CL)
About
Help
)");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 4);
  const Paper& a = s.papers[0];
  CHECK(a.line == 4);
  CHECK(a.arxiv == "2402.00001");
  CHECK(a.title == "Tokenisers for Yorùbá");
  CHECK(a.authors == std::vector<std::string>{"Adébáyọ̀ Ọlọ́run", "María José Fernández"});
  CHECK(a.abstract == "Subword vocabularies fragment words.\n\nWe measure the damage.");
  CHECK(a.notes == "9 pages");
  CHECK(a.doi == "10.48550/arxiv.2402.00001");
  CHECK(a.url == "https://arxiv.org/abs/2402.00001");
  CHECK(a.year == 2024);
  CHECK(a.date.empty());
  CHECK(a.type == "article");
  CHECK(a.extra == Fields{{"primary_category", "cs.CL"}, {"announcement", "new"}, {"publisher", "arXiv"}});
  CHECK(CollectingSink::extra_json(a, "categories") == R"(["cs.CL","cs.LG"])");
  CHECK(s.papers[1].authors == std::vector<std::string>{"J. Doe", "R. Roe"});
  CHECK(s.papers[1].abstract.empty());
  CHECK(CollectingSink::extra(s.papers[2], "announcement") == "cross-list");
  CHECK(CollectingSink::extra(s.papers[2], "journal_ref") == "Phys. Rev. D 109 (2024) 012001");
  CHECK(s.papers[2].authors == std::vector<std::string>{"ATLAS Collaboration"});
  const Paper& d = s.papers[3];
  CHECK(CollectingSink::extra(d, "announcement") == "replacement");
  CHECK(d.title == "Long Context Retrieval, Done Right");
  CHECK(d.authors == std::vector<std::string>{"A. Author", "B. Author", "C. Author"});
  CHECK(d.year == 2023);
}

TEST_CASE("arxiv: an abstract page, title and authors unlabelled") {
  auto s = read(
      "Computer Science > Computer Vision and Pattern Recognition\n"
      "[Submitted on 6 Dec 2023 (v1), last revised 8 Dec 2023 (this version, v2)]\n"
      "WonderJourney: Going from Anywhere to Everywhere\n"
      "Hong-Xing Yu, Haoyi Duan, Junhwa Hur\n"
      "Abstract: We introduce WonderJourney.\n\nUnlike prior work, we go far.\n"
      "Comments:\tProject website\n"
      "Subjects:\tComputer Vision and Pattern Recognition (cs.CV); Artificial Intelligence (cs.AI)\n"
      "Cite as:\tarXiv:2312.03884 [cs.CV]\n"
      " \t(or arXiv:2312.03884v2 [cs.CV] for this version)\n"
      " \thttps://doi.org/10.48550/arXiv.2312.03884\n"
      "Submission history\nFrom: Hong-Xing Yu [view email]\n[v1] Wed, 6 Dec 2023 18:59:58 UTC (12,345 KB)\n");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const Paper& p = s.papers[0];
  CHECK(p.line == 2);
  CHECK(p.arxiv == "2312.03884");
  CHECK(p.title == "WonderJourney: Going from Anywhere to Everywhere");
  CHECK(p.authors == std::vector<std::string>{"Hong-Xing Yu", "Haoyi Duan", "Junhwa Hur"});
  CHECK(p.abstract == "We introduce WonderJourney.\n\nUnlike prior work, we go far.");
  CHECK(p.date == "2023-12-06");
  CHECK(p.doi == "10.48550/arxiv.2312.03884");
  CHECK(CollectingSink::extra(p, "primary_category") == "cs.CV");
  CHECK(CollectingSink::extra(p, "announcement").empty());
}

TEST_CASE("arxiv: a listing entry with no title is an issue with its lines") {
  auto s = read("[1]  arXiv:2402.00001 [pdf]\nAuthors: A. B\n[2]  arXiv:2402.00002 [pdf]\nTitle: Fine\n");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 1);
  CHECK(s.issues[0].reason == "entry has no title");
  CHECK(s.issues[0].raw == "[1]  arXiv:2402.00001 [pdf]\nAuthors: A. B");
}

TEST_CASE("arxiv: evidence") {
  CHECK(detect_arxiv(Sample(kFeed)).confidence == kCertain);
  CHECK(detect_arxiv(Sample("Title\n[1]  arXiv:2402.00001 [pdf]\n")).reason ==
        "arXiv listing entry '[1]  arXiv:2402.00001 [pdf]' at line 2");
  CHECK(detect_arxiv(Sample("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>http://example.org/</id>")).confidence ==
        0);
  CHECK(detect_arxiv(Sample("We cite arXiv:2402.00001 here.\n")).confidence == 0);
}
