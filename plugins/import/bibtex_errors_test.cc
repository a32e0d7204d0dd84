// BibTeX errors: exact lines, exact reasons, and recovery at the next entry.
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

std::vector<std::string> titles(const CollectingSink& s) {
  std::vector<std::string> out;
  for (const auto& p : s.papers) out.push_back(p.title);
  return out;
}

}  // namespace

TEST_CASE("bibtex errors: an entry whose value never closes, at the end of the file") {
  auto s = read(R"(@misc{ok, title = {Fine}}

@article{knuth84,
  title = {Literate Programming,
  year = 1984
)");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 4);  // where the brace that never closes is
  CHECK(s.issues[0].reason == "unterminated entry @article{knuth84 (opened at line 3)");
  CHECK(s.issues[0].raw == "@article{knuth84,\n  title = {Literate Programming,\n  year = 1984");
  CHECK(titles(s) == std::vector<std::string>{"Fine"});
}

TEST_CASE("bibtex errors: a missing closing brace is found at the next entry, which still imports") {
  auto s = read(R"(@article{a,
  title = {First},

@article{b,
  title = {Second}
}
)");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 4);
  CHECK(s.issues[0].reason == "unterminated entry @article{a (opened at line 1)");
  CHECK(titles(s) == std::vector<std::string>{"Second"});
}

TEST_CASE("bibtex errors: a value that swallows the next entry is reported, and the next entry recovered") {
  auto s = read(R"(@article{a,
  title = {Open brace,
  year = 2001
@article{b, title = {Second}}
@article{c, title = {Third}}
)");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].reason == "unterminated entry @article{a (opened at line 1)");
  CHECK(s.issues[0].line == 2);
  CHECK(titles(s) == std::vector<std::string>{"Second", "Third"});
}

TEST_CASE("bibtex errors: bad fields name what was expected and what was found") {
  auto s = read(R"(@article{a,
  title {Missing equals}
}
@article{b,
  title = ,
}
@article{c, title = {x} year = 2001}
@article{d, = {no name}}
@article{e, title = {x} # }
@book{ok, title = {Still here}}
)");
  REQUIRE(s.issues.size() == 5);
  CHECK(s.issues[0].line == 2);
  CHECK(s.issues[0].reason == "bad entry @article{a: expected '=', found '{'");
  CHECK(s.issues[1].line == 5);
  CHECK(s.issues[1].reason == "bad entry @article{b: expected a value, found ','");
  CHECK(s.issues[2].line == 7);
  CHECK(s.issues[2].reason == "bad entry @article{c: expected ',' or '}', found 'year'");
  CHECK(s.issues[3].line == 8);
  CHECK(s.issues[3].reason == "bad entry @article{d: expected a field name, found '='");
  CHECK(s.issues[4].line == 9);
  CHECK(s.issues[4].reason == "bad entry @article{e: expected a value, found '}'");
  CHECK(titles(s) == std::vector<std::string>{"Still here"});
}

TEST_CASE("bibtex errors: an undefined macro names itself, its field and its line") {
  auto s = read(R"(@string{known = "K"}
@article{a,
  journal = known,
  publisher = unknownpub # known,
}
@article{b, title = {B}}
)");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 4);
  CHECK(s.issues[0].reason == "undefined macro 'unknownpub' in field publisher of @article{a");
  CHECK(titles(s) == std::vector<std::string>{"B"});
}

TEST_CASE("bibtex errors: an undefined macro inside @string") {
  auto s = read("@string{a = b}\n@misc{m, title = a}\n");
  REQUIRE(s.issues.size() == 2);
  CHECK(s.issues[0].line == 1);
  CHECK(s.issues[0].reason == "undefined macro 'b' in @string a");
  CHECK(s.issues[1].reason == "undefined macro 'a' in field title of @misc{m");
}

TEST_CASE("bibtex errors: an @word at the start of a line without a brace") {
  auto s = read("@article knuth84,\n  title = {x}\n}\n@misc{ok, title = {Ok}}\n");
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 1);
  CHECK(s.issues[0].reason == "expected '{' or '(' after @article");
  CHECK(titles(s) == std::vector<std::string>{"Ok"});
}

TEST_CASE("bibtex errors: unterminated @string and @preamble") {
  auto s = read("@string{x = {abc}\n\n@preamble{ \"x\" \n");
  REQUIRE(s.issues.size() == 2);
  CHECK(s.issues[0].reason == "unterminated @string (opened at line 1)");
  CHECK(s.issues[0].line == 3);
  CHECK(s.issues[1].reason == "unterminated @preamble (opened at line 3)");
}

TEST_CASE("bibtex errors: a duplicate field is a warning, the first value wins") {
  auto s = read("@misc{d,\n title = {One},\n TITLE = {Two}}\n");
  REQUIRE(s.papers.size() == 1);
  CHECK(s.papers[0].title == "One");
  REQUIRE(s.warnings.size() == 1);
  CHECK(s.warnings[0].first == 3);
  CHECK(s.warnings[0].second == "duplicate field 'title' in @misc{d ignored; the first one is kept");
}

TEST_CASE("bibtex errors: the sink can stop the run at the first issue") {
  CollectingSink sink;
  sink.keep_going = false;
  parse_bibtex("@misc{a, title = }\n@misc{b, title = }\n@misc{c, title = {C}}\n", sink);
  CHECK(sink.issues.size() == 1);
  CHECK(sink.papers.empty());
}

TEST_CASE("bibtex errors: garbage is linear, not quadratic") {
  std::string garbage;
  for (int i = 0; i < 20000; ++i) garbage += "@a{k,t=\"{\n@a{k,t={\"\n";
  auto s = read(garbage);
  CHECK(s.issues.size() == 40000);
}

TEST_CASE("bibtex errors: doubling @string macros are refused at their line, not expanded") {
  std::string bib = "@string{m0 = \"xx\"}\n";
  for (int i = 1; i <= 40; ++i)
    bib += "@string{m" + std::to_string(i) + " = m" + std::to_string(i - 1) + " # m" + std::to_string(i - 1) + "}\n";
  bib += "@misc{k, title = m40}\n";
  CollectingSink s;
  s.keep_going = false;  // --on-error=fail: the first issue ends the file
  parse_bibtex(bib, s);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].line == 20);  // m19 would bring the file's expansions to 2 MiB
  CHECK(s.issues[0].reason.starts_with("macro 'm18' in @string m19 expands past the limit"));
  CHECK(s.papers.empty());
}

TEST_CASE("bibtex errors: ordinary macros used many times stay within the limit") {
  std::string bib = "@string{pami = {IEEE Transactions on Pattern Analysis and Machine Intelligence}}\n";
  for (int i = 0; i < 200; ++i) bib += "@article{k" + std::to_string(i) + ", title={T}, journal = pami}\n";
  auto s = read(bib);
  CHECK(s.issues.empty());
  CHECK(s.papers.size() == 200);
}
