// crossref and xdata with biber's defaults, and which entries are records.
#include <catch2/catch.hpp>

#include "bibtex.hh"
#include "test_sink.hh"

using ream::import::CollectingSink;
using ream::import::parse_bibtex;

namespace {
CollectingSink read(std::string_view bib) {
  CollectingSink sink;
  parse_bibtex(bib, sink);
  return sink;
}
}  // namespace

TEST_CASE("crossref: a child inherits what it lacks, keeps what it has") {
  auto s = read(R"(@inproceedings{c, title={Child}, booktitle={Short}, year={2020}, crossref={p}}
@inproceedings{d, title={Other}, crossref={P}}
@proceedings{p, title={Long Proceedings Title}, year={2019}, publisher={ACM}, shorttitle={LPT}})");
  REQUIRE(s.papers.size() == 3);
  CHECK(s.papers[0].venue == "Short");
  CHECK(s.papers[0].year == 2020);
  CHECK(CollectingSink::extra(s.papers[0], "publisher") == "ACM");
  CHECK(s.papers[1].venue == "Long Proceedings Title");  // the parent's title is the child's booktitle
  CHECK(s.papers[1].year == 2019);
  CHECK(CollectingSink::extra(s.papers[1], "shorttitle") == "");  // biber never passes shorttitle on
  CHECK(s.papers[2].title == "Long Proceedings Title");
}

TEST_CASE("crossref: a parent with one child is not a record of its own (mincrossrefs = 2)") {
  auto s = read(R"(@proceedings{p, title={Proc}, year={2021}}
@inproceedings{c, title={Only Child}, crossref={p}})");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "Only Child");
  CHECK(s.papers[0].venue == "Proc");
}

TEST_CASE("crossref: a periodical's title is an article's journal") {
  auto s = read(R"(@article{a, title={Art}, crossref={j}}
@periodical{j, title={Journal of Things}, volume={4}})");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].venue == "Journal of Things");
  CHECK(CollectingSink::extra(s.papers[0], "volume") == "4");
}

TEST_CASE("xdata: fields by their own names; xdata entries are never records") {
  auto s = read(R"(@xdata{pub, publisher={Springer}, location={Berlin}}
@book{b, title={A Book}, xdata={pub}, location={Paris}})");
  REQUIRE(s.papers.size() == 1);
  CHECK(CollectingSink::extra(s.papers[0], "publisher") == "Springer");
  CHECK(CollectingSink::extra(s.papers[0], "location") == "Paris");
}

TEST_CASE("crossref: chains resolve parent first; loops and missing parents are warned about") {
  auto s = read(R"(@inproceedings{c, title={C}, crossref={p}}
@inproceedings{c2, title={C2}, crossref={p}}
@proceedings{p, title={P}, crossref={mv}}
@mvproceedings{mv, title={MV}, year={1999}}
@misc{x, title={X}, crossref={y}}
@misc{y, title={Y}, crossref={x}}
@misc{z, title={Z}, crossref={nowhere}})");
  REQUIRE(s.papers.size() == 6);  // mv has one child (p): folded into it
  CHECK(s.papers[0].year == 1999);
  CHECK(s.papers[0].venue == "P");
  bool loop = false, missing = false;
  for (const auto& [line, message] : s.warnings) {
    loop = loop || message.find("loops") != std::string::npos;
    missing = missing || message.find("'nowhere', which is no entry of this file") != std::string::npos;
  }
  CHECK(loop);
  CHECK(missing);
}

TEST_CASE("crossref: issues and records keep their order in the file") {
  CollectingSink s;
  s.keep_going = false;
  parse_bibtex(R"(@misc{a, title={A}, crossref={p}}
@misc{b, title={B} junk}
@misc{c, title={C}, crossref={p}}
@misc{p, title={P}})",
               s);
  CHECK(s.titles() == std::vector<std::string>{"A"});
  CHECK(s.issues.size() == 1);
}
