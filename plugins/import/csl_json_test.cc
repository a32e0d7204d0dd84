// CSL-JSON reading on hand-written items in the styles Zotero and Better
// BibTeX export.
#include "csl_json.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

namespace {

CollectingSink read(std::string_view text) {
  CollectingSink sink;
  parse_csl_json(text, sink);
  return sink;
}

// Zotero's "Export Collection… > CSL JSON": an array, tab-indented,
// numeric-string date parts, keywords joined with ", ".
constexpr std::string_view kZotero = R"j([
	{
		"id": "http://zotero.org/users/local/AbCdEf/items/7QW2ZP3K",
		"type": "article-journal",
		"abstract": "<p>First paragraph with H<sub>2</sub>O &amp; more.</p><p>Second paragraph.</p>",
		"container-title": "Journal of Café Studies",
		"DOI": "https://doi.org/10.1234/JCS.2019.0042",
		"ISSN": "1234-5678",
		"issue": "3",
		"journalAbbreviation": "J. Café Stud.",
		"language": "en",
		"page": "123-9",
		"source": "DOI.org (Crossref)",
		"title": "Brewing <i>Coffea arabica</i> at altitude",
		"URL": "https://example.org/jcs/42",
		"volume": "17",
		"author": [
			{ "family": "Müller", "given": "Jürgen" },
			{ "family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van" },
			{ "family": "King", "given": "Martin Luther", "suffix": "Jr.", "comma-suffix": true },
			{ "literal": "World Health Organization" }
		],
		"editor": [ { "family": "Editor", "given": "Erin" } ],
		"issued": { "date-parts": [ [ "2019", 5, "7" ] ] },
		"keyword": "coffee, altitude; brewing"
	},
	{
		"id": "http://zotero.org/users/local/AbCdEf/items/PREPRINT",
		"type": "article",
		"title": "A preprint with no venue",
		"number": "arXiv:2312.03884",
		"publisher": "arXiv",
		"author": [ { "family": "Yu", "given": "Hong-Xing" } ],
		"issued": { "date-parts": [ [ 2023, 12, 6 ] ] }
	}
]
)j";

}  // namespace

TEST_CASE("csl-json: a Zotero export maps every field") {
  auto s = read(kZotero);
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 2);
  const Paper& p = s.papers[0];
  CHECK(p.line == 2);
  CHECK(p.title == "Brewing Coffea arabica at altitude");
  CHECK(p.abstract == "First paragraph with H2O & more.\n\nSecond paragraph.");
  CHECK(p.authors == std::vector<std::string>{"Jürgen Müller", "Ludwig van Beethoven", "Martin Luther King, Jr.",
                                              "World Health Organization"});
  CHECK(p.venue == "Journal of Café Studies");
  CHECK(p.doi == "10.1234/jcs.2019.0042");
  CHECK(p.year == 2019);
  CHECK(p.date == "2019-05-07");
  CHECK(p.url == "https://example.org/jcs/42");
  CHECK(p.type == "article-journal");
  CHECK(p.extra == Fields{{"issue", "3"},
                          {"venue_short", "J. Café Stud."},
                          {"pages", "123–129"},
                          {"volume", "17"},
                          {"key", "http://zotero.org/users/local/AbCdEf/items/7QW2ZP3K"}});
  CHECK(p.editors == std::vector<std::string>{"Erin Editor"});
  CHECK(CollectingSink::extra_json(p, "keywords_source") == R"j(["coffee","altitude","brewing"])j");
  CHECK(CollectingSink::extra_json(p, "ISSN") == R"j("1234-5678")j");
  CHECK(CollectingSink::extra_json(p, "csl_source") == R"j("DOI.org (Crossref)")j");
  CHECK(CollectingSink::extra_json(p, "language") == R"j("en")j");

  const Paper& q = s.papers[1];
  CHECK(q.line == 27);
  CHECK(q.arxiv == "2312.03884");
  CHECK(q.date == "2023-12-06");
  CHECK(CollectingSink::extra(q, "publisher") == "arXiv");
  CHECK(q.type == "article");
}

TEST_CASE("csl-json: Better BibTeX items one per line, citation keys, raw and literal dates") {
  auto s = read(
      R"j({"id":"knuth1984","citation-key":"knuth1984literate","type":"article-journal","title":"Literate Programming","author":[{"family":"Knuth","given":"Donald E."},{"literal":"others"}],"issued":{"raw":"1984-05"},"container-title":"The Computer Journal","volume":27,"page":"97--111","DOI":"10.1093/comjnl/27.2.97"})j"
      "\n"
      R"j({"id":"anon","type":"report","title":"Spring Report","issued":{"literal":"Spring 2020"},"author":[{"literal":"CERN"}]})j"
      "\n"
      R"j({"id":"bad-date","type":"book","title":"Calendar Trouble","issued":{"date-parts":[[2020,13,45]]},"DOI":"10.48550/arXiv.2101.00001"})j"
      "\n");
  REQUIRE(s.issues.empty());
  REQUIRE(s.papers.size() == 3);
  const Paper& a = s.papers[0];
  CHECK(a.authors == std::vector<std::string>{"Donald E. Knuth"});
  CHECK(a.et_al);
  CHECK(a.date == "1984-05");
  CHECK(a.year == 1984);
  CHECK(CollectingSink::extra(a, "key") == "knuth1984literate");
  CHECK(CollectingSink::extra(a, "volume") == "27");
  CHECK(CollectingSink::extra(a, "pages") == "97–111");
  CHECK(a.doi == "10.1093/comjnl/27.2.97");
  const Paper& b = s.papers[1];
  CHECK(b.line == 2);
  CHECK(b.year == 2020);
  CHECK(b.date == "Spring 2020");
  CHECK(b.authors == std::vector<std::string>{"CERN"});
  const Paper& c = s.papers[2];
  CHECK(c.year == 2020);
  CHECK(c.date.empty());
  CHECK(CollectingSink::extra(c, "date_raw") == "[[2020,13,45]]");
  CHECK(c.doi == "10.48550/arxiv.2101.00001");
  CHECK(c.arxiv == "2101.00001");
}

TEST_CASE("csl-json: items that cannot be papers are issues with their line, the rest imports") {
  auto s = read(
      "[\n{\"type\":\"book\",\"title\":\"Fine\"},\n\"just a string\",\n{\"type\":\"book\"},\n"
      "{\"title\":\"Names\",\"author\":\"Smith\"},\n{\"title\": }\n]");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 4);
  CHECK(s.issues[0].line == 3);
  CHECK(s.issues[0].reason == "a CSL-JSON item must be an object");
  CHECK(s.issues[1].line == 4);
  CHECK(s.issues[1].reason == "record has no title, arxiv or doi");
  CHECK(s.issues[2].reason == "field 'author' must be a list of names");
  CHECK(s.issues[3].line == 6);
  CHECK(s.issues[3].reason.starts_with("invalid JSON: "));
}

TEST_CASE("csl-json: an array cut short is one issue") {
  auto s = read("[{\"title\":\"A\"},{\"title\":\"B\"");
  REQUIRE(s.papers.size() == 1);
  REQUIRE(s.issues.size() == 1);
  CHECK(s.issues[0].raw == "{\"title\":\"B\"");
}

TEST_CASE("csl-json: evidence") {
  auto conf = [](std::string_view text) { return detect_csl_json(Sample(text)).confidence; };
  CHECK(conf(kZotero) == kCertain);
  CHECK(detect_csl_json(Sample(kZotero)).reason == "JSON items with a string \"title\" and a CSL name list at line 17");
  CHECK(conf(R"j({"id":"x","type":"book","title":"T","issued":{"date-parts":[[2001]]}})j") == kCertain);
  CHECK(conf(R"j({"title":"T","authors":["A"]})j") == 0);
  CHECK(conf(R"j({"status":"ok","message-type":"work","message":{"title":"x","issued":{"date-parts":[[1]]}}})j") == 0);
}
