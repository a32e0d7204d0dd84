// BibTeX reading: the constructs of the format, on hand-made fixtures.
#include "bibtex.hh"

#include <catch2/catch.hpp>

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

TEST_CASE("bibtex: an entry of any type, case-insensitive, with its key and fields") {
  auto s = read(R"(@ARTICLE{knuth84,
  Title   = {Literate Programming},
  AUTHOR  = {Knuth, Donald E.},
  journal = {The Computer Journal},
  year    = 1984,
  volume  = {27},
  number  = {2},
  pages   = {97--111},
  publisher = {Oxford University Press},
  doi     = {10.1093/comjnl/27.2.97},
})");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.line == 1);
  CHECK(p.title == "Literate Programming");
  CHECK(p.authors == std::vector<std::string>{"Knuth, Donald E."});
  CHECK(p.venue == "The Computer Journal");
  CHECK(p.year == 1984);
  CHECK(p.doi == "10.1093/comjnl/27.2.97");
  using Extra = std::vector<std::pair<std::string, std::string>>;
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Extra{{"key", "knuth84"},
                         {"volume", "27"},
                         {"issue", "2"},
                         {"pages", "97–111"},
                         {"publisher", "Oxford University Press"}});
}

TEST_CASE("bibtex: braced, quoted and bare values, nested braces, parentheses as delimiters") {
  auto s = read(R"(@inproceedings(k1,
  title = "The {"}Quoted{"} {T}itle of {{Nested {Braces}}}",
  booktitle = {Proc. of {NeurIPS}},
  year = "2019"
)
@misc{k2, title = {A}, year = 2020})");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 2);
  CHECK(s.papers[0].title == "The \"Quoted\" Title of Nested Braces");
  CHECK(s.papers[0].venue == "Proc. of NeurIPS");
  CHECK(s.papers[0].year == 2019);
  CHECK(s.papers[1].title == "A");
  CHECK(s.papers[1].year == 2020);
  CHECK(s.papers[1].line == 6);
}

TEST_CASE("bibtex: @string macros, # concatenation and the month macros") {
  auto s = read(R"(@string{jcp = "J. Comp. Phys."}
@STRING(Conf = {Conference on } # "Things")
@string{both = jcp # { and } # conf}
@article{a, journal = jcp, month = jan, year = 2001, note = "In " # CONF # ", " # both}
)");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.venue == "J. Comp. Phys.");
  CHECK(p.date == "2001-01");
  CHECK(p.notes == "In Conference on Things, J. Comp. Phys. and Conference on Things");
  CHECK(p.line == 4);
}

TEST_CASE("bibtex: @comment, @preamble and text between entries are ignored") {
  auto s = read(R"(This file was written by hand; mail me at someone@example.org.
@comment{ @article{fake, title = {Not a paper}} }
@preamble{ "\newcommand{\noop}[1]{}" # "\relax" }
Free text { with an unbalanced brace
@Comment jabref-meta: databaseType:bibtex;
@book{real, title = {A Real Book}}
)");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "A Real Book");
  CHECK(s.papers[0].line == 6);
}

TEST_CASE("bibtex: TeX markup in values becomes Unicode") {
  auto s = read(R"(@article{e,
  title = {{\"U}ber die {E}rh{\"o}hung -- eine \emph{Studie} von M\"{u}ller~\& Co.},
  author = {Erd\H{o}s, Paul and {\AA}str{\"o}m, Karl J. and Ma\v{s}ek, Ji\v{r}\'{\i}},
})");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "Über die Erhöhung – eine Studie von Müller\u00A0& Co.");
  CHECK(s.papers[0].authors == std::vector<std::string>{"Erdős, Paul", "Åström, Karl J.", "Mašek, Jiří"});
}

TEST_CASE("bibtex: authors split on 'and' at brace depth 0 only") {
  auto s = read(R"(@misc{m, author = {{Barnes and Noble} AND Doe, Jane and
    John Smith and others}})");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].authors == std::vector<std::string>{"Barnes and Noble", "Doe, Jane", "John Smith"});
  CHECK(s.papers[0].et_al);
}

TEST_CASE("bibtex: arXiv ids from eprint, journal or URL") {
  auto s = read(R"(
@misc{a, title = {A}, eprint = {2312.03884v2}, archivePrefix = {arXiv}, primaryClass = {cs.CV}}
@article{b, title = {B}, journal = {arXiv preprint arXiv:1706.03762}}
@article{c, title = {C}, journal = {CoRR}, volume = {abs/1810.04805}, url = {http://arxiv.org/abs/1810.04805}}
@misc{d, title = {D}, eprint = {hep-th/9901001}}
@misc{e, title = {E}, eprint = {12345}, archivePrefix = {HAL}}
)");
  REQUIRE(s.papers.size() == 5);
  CHECK(s.papers[0].arxiv == "2312.03884v2");
  CHECK(CollectingSink::extra(s.papers[0], "primaryclass") == "cs.CV");
  CHECK(s.papers[1].arxiv == "1706.03762");
  CHECK(s.papers[1].venue == "arXiv preprint arXiv:1706.03762");
  CHECK(s.papers[2].arxiv == "1810.04805");
  CHECK(s.papers[3].arxiv == "hep-th/9901001");
  CHECK(s.papers[4].arxiv.empty());
  CHECK(CollectingSink::extra(s.papers[4], "eprint") == "12345");
  CHECK(CollectingSink::extra(s.papers[4], "archiveprefix") == "HAL");
}

TEST_CASE("bibtex: identifiers keep their characters") {
  auto s = read(R"(@misc{u, url = {https://example.org/~me/a\_b--c}, doi = {10.1000/A_B--C}})");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].url == "https://example.org/~me/a_b--c");
  // A DOI is its key (lower-cased, as every importer gives it), not TeX.
  CHECK(s.papers[0].doi == "10.1000/a_b--c");
}

TEST_CASE("bibtex: a DOI field is the DOI's key; a value that is not a DOI is kept as written") {
  auto s = read(R"(@misc{u, title = {T}, doi = {https://doi.org/10.1000/XYZ}}
@misc{v, title = {T}, doi = {n/a}})");
  REQUIRE(s.papers.size() == 2);
  CHECK(s.papers[0].doi == "10.1000/xyz");
  CHECK(s.papers[1].doi == "n/a");
}

TEST_CASE("bibtex: one entry per paper, 10,000 of them, lines counted right") {
  std::string bib;
  for (int i = 0; i < 10000; ++i)
    bib += "@misc{k" + std::to_string(i) + ",\n  title = {Paper " + std::to_string(i) + "}}\n";
  auto s = read(bib);
  REQUIRE(s.papers.size() == 10000);
  CHECK(s.papers[9999].line == 9999 * 2 + 1);
  CHECK(s.papers[9999].title == "Paper 9999");
}

TEST_CASE("bibtex: a sink that wants no more stops the reader") {
  struct FirstOnly : CollectingSink {
    bool paper(ream::import::Paper&& p) override {
      CollectingSink::paper(std::move(p));
      return false;
    }
  } sink;
  parse_bibtex("@misc{a, title={A}}\n@misc{b, title={B}}\n", sink);
  CHECK(sink.papers.size() == 1);
}

TEST_CASE("bibtex: editors are never authors; the BibTeX key field does not clash with the citation key") {
  auto s = read(R"(@incollection{ck, author={A. Author}, editor={E. One and E. Two and others},
    title={In a Book}, booktitle={The Book}, key={sortkey}})");
  REQUIRE(s.papers.size() == 1);
  const auto& p = s.papers[0];
  CHECK(p.authors == std::vector<std::string>{"A. Author"});
  CHECK(p.editors == std::vector<std::string>{"E. One", "E. Two"});
  CHECK(p.type == "chapter");
  CHECK(CollectingSink::extra(p, "key") == "ck");
  CHECK(CollectingSink::extra(p, "bibtex_key") == "sortkey");
  CHECK(CollectingSink::extra(p, "bibtex_type") == "");  // incollection is what chapter is written back as
}

TEST_CASE("bibtex: brace-protected capitals are kept in title_protected") {
  auto s = read(R"(@article{a, title = {The {BERT} Model for {\"U}bersetzung and \emph{x} {{NLP}}}}
@article{b, title = {No protection at all}})");
  REQUIRE(s.papers.size() == 2);
  CHECK(s.papers[0].title == "The BERT Model for Übersetzung and x NLP");
  CHECK(CollectingSink::extra(s.papers[0], "title_protected") == "The {BERT} Model for Übersetzung and x {NLP}");
  CHECK(CollectingSink::extra(s.papers[1], "title_protected") == "");
}

TEST_CASE("bibtex: month macros and numbers give the date; number is an article's issue") {
  auto s = read(R"(@article{a, title={A}, year=2020, month=sep, number={4}}
@techreport{t, title={T}, year=2020, month={10}, number={TR-7}}
@mastersthesis{p, title={P}, year=2001})");
  REQUIRE(s.papers.size() == 3);
  CHECK(s.papers[0].date == "2020-09");
  CHECK(CollectingSink::extra(s.papers[0], "issue") == "4");
  CHECK(s.papers[1].date == "2020-10");
  CHECK(CollectingSink::extra(s.papers[1], "number") == "TR-7");
  CHECK(s.papers[1].type == "report");
  CHECK(s.papers[2].type == "thesis");
  CHECK(CollectingSink::extra(s.papers[2], "bibtex_type") == "mastersthesis");  // thesis is written back as phdthesis
}
