// What BibTeX fields mean for a paper: years, months, venues, extras.
#include "bibtex_fields.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using ream::import::CollectingSink;
using ream::import::Paper;
using namespace ream::import::bibtex;

namespace {

Paper paper(std::vector<ExpandedField> fields) {
  CollectingSink sink;
  return paper_from_entry(ExpandedEntry{"article", "k", 7, std::move(fields)}, sink);
}

}  // namespace

TEST_CASE("bibtex fields: a year inside text gives the number, the text is kept") {
  Paper p = paper({{"year", "2019a", 1}});
  CHECK(p.year == 2019);
  CHECK(CollectingSink::extra(p, "year_raw") == "2019a");
  Paper plain = paper({{"year", "2019", 1}});
  CHECK(plain.year == 2019);
  CHECK(CollectingSink::extra(plain, "year_raw").empty());
  Paper none = paper({{"year", "in press", 1}});
  CHECK(!none.year);
  CHECK(CollectingSink::extra(none, "year_raw") == "in press");
}

TEST_CASE("bibtex fields: month with year gives a date; alone it is a hint") {
  CHECK(paper({{"year", "2001", 1}, {"month", "January", 1}}).date == "2001-01");
  CHECK(paper({{"month", "sep", 1}, {"year", "2001", 1}}).date == "2001-09");
  CHECK(paper({{"year", "2001", 1}, {"month", "11", 1}}).date == "2001-11");
  CHECK(paper({{"month", "Spring", 1}}).date.empty());
  CHECK(CollectingSink::extra(paper({{"month", "Spring", 1}}), "month") == "Spring");
  CHECK(paper({{"month", "March", 1}}).date == "March");
}

TEST_CASE("bibtex fields: a biblatex date gives the year") {
  Paper p = paper({{"date", "2020-05-17", 1}});
  CHECK(p.date == "2020-05-17");
  CHECK(p.year == 2020);
}

TEST_CASE("bibtex fields: journal or booktitle is the venue; a second one stays in extra") {
  Paper p = paper({{"booktitle", "Proc. A", 1}, {"journal", "J. B", 1}});
  CHECK(p.venue == "Proc. A");
  CHECK(CollectingSink::extra(p, "journal") == "J. B");
}

TEST_CASE("bibtex fields: the CSL type, the key first, other fields in source order") {
  Paper p = paper({{"pages", "1--2", 1},
                   {"abstract", "Abs.", 1},
                   {"note", "A note", 1},
                   {"keywords", "x, y", 1},
                   {"volume", "3", 1},
                   {"empty", "", 1}});
  using Extra = std::vector<std::pair<std::string, std::string>>;
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Extra{{"key", "k"}, {"pages", "1–2"}, {"volume", "3"}});
  using Json = std::vector<std::pair<std::string, std::string>>;
  CHECK(p.extra_json == Json{{"keywords_source", R"(["x","y"])"}});
  CHECK(p.abstract == "Abs.");
  CHECK(p.notes == "A note");
  CHECK(p.line == 7);
}

TEST_CASE("bibtex fields: a DOI URL gives the DOI") {
  Paper p = paper({{"url", "https://doi.org/10.1000/ABC", 1}});
  CHECK(p.doi == "10.1000/abc");
}

TEST_CASE("bibtex fields: names split on 'and' as a word only") {
  CHECK(split_names("Anderson, A. and Sandler, B.") == std::vector<std::string>{"Anderson, A.", "Sandler, B."});
  CHECK(split_names("A\nand\tB") == std::vector<std::string>{"A", "B"});
  CHECK(split_names("and") == std::vector<std::string>{"and"});
  CHECK(split_names("") == std::vector<std::string>{});
}
