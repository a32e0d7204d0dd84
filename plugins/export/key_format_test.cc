#include "key_format.hh"

#include <catch2/catch.hpp>

#include "export_paper.hh"

using namespace ream::exporting;

namespace {
ExportPaper paper(std::vector<std::string> authors, int year, std::string title) {
  ExportPaper p;
  p.authors = std::move(authors);
  p.year = year;
  p.title = std::move(title);
  return p;
}
}  // namespace

TEST_CASE("the default key is author, year and first title word", "[keys]") {
  KeyFormat f{kDefaultKeyFormat};
  CHECK(f.render(paper({"Ashish Vaswani", "Noam Shazeer"}, 2017, "Attention Is All You Need")) ==
        "vaswani2017attention");
  CHECK(f.render(paper({"Müller, Lena"}, 2020, "The Über-Graph")) == "muller2020uber");
  CHECK(f.render(paper({"Ludwig van Beethoven"}, 1800, "On a Sonata")) == "vanbeethoven1800sonata");
}

TEST_CASE("a paper with nothing to build a key from gets 'ref'", "[keys]") {
  KeyFormat f{kDefaultKeyFormat};
  ExportPaper empty;
  CHECK(f.render(empty) == "ref");
}

TEST_CASE("terms take counts and filters", "[keys]") {
  ExportPaper p = paper({"A. Smith", "B. Jones", "C. Wu"}, 2001, "A Theory of Deep Nets for Graphs");
  CHECK(KeyFormat("[authors2][year]").render(p) == "SmithJonesEtAl2001");
  CHECK(KeyFormat("[authors3:lower]_[title3]").render(p) == "smithjoneswu_TheoryDeepNets");
  CHECK(KeyFormat("[auth:upper]:[year]").render(p) == "SMITH:2001");
  CHECK(KeyFormat("[title:lower:capitalize]").render(p) == "Theory");
}

TEST_CASE("a bad template is refused with its column", "[keys]") {
  auto column_of = [](std::string_view spec) -> size_t {
    try {
      KeyFormat f{spec};
    } catch (const KeyFormatError& e) {
      return e.column();
    }
    return 0;
  };
  CHECK(column_of("[auth") == 1);
  CHECK(column_of("ab]") == 3);
  CHECK(column_of("[nope]") == 2);
  CHECK(column_of("[auth:loud]") == 7);
  CHECK(column_of("x y") == 2);
  CHECK(column_of("[year2]") == 2);
  CHECK(column_of("[title0]") == 7);
  CHECK_THROWS_WITH(KeyFormat("[auth:loud]"), "unknown filter 'loud' (lower, upper, capitalize)");
}

TEST_CASE("repeated keys get a, b, ... in input order", "[keys]") {
  KeyRegistry r;
  CHECK(r.claim("smith2001") == "smith2001");
  CHECK(r.claim("smith2001") == "smith2001a");
  CHECK(r.claim("smith2001") == "smith2001b");
  CHECK(r.claim("smith2001a") == "smith2001aa");  // "smith2001a" is taken; its own letters follow
  for (int i = 0; i < 24; ++i) r.claim("smith2001");
  CHECK(r.claim("smith2001") == "smith2001ab");  // after z: aa is taken, ab is next
}

TEST_CASE("citation keys BibTeX cannot read are recognised", "[keys]") {
  CHECK(valid_citation_key("knuth:84-a_b/c"));
  CHECK(valid_citation_key("müller2020"));
  CHECK_FALSE(valid_citation_key(""));
  CHECK_FALSE(valid_citation_key("a b"));
  CHECK_FALSE(valid_citation_key("a,b"));
  CHECK_FALSE(valid_citation_key("a{b"));
  CHECK_FALSE(valid_citation_key("a%b"));
}
