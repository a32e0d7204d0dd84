#include "jsonl.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;
using Fields = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("jsonl: names and types are normalised, unknown fields pass through in order") {
  CollectingSink sink;
  parse_jsonl(
      R"({"Title":"A Paper","author":"Ada Lovelace and Alan Turing","year":"2021","score":0.5,"tags":["x", "y"],"journal":"JMLR"})"
      "\n\n"
      R"({"title":"B","authors":[{"given":"Grace","family":"Hopper"},"Edsger Dijkstra"],"year":2019,"id":"W42","source":{"file":"old.bib","line":3}})",
      sink);
  REQUIRE(sink.papers.size() == 2);
  const Paper& a = sink.papers[0];
  CHECK(a.title == "A Paper");
  CHECK(a.authors == std::vector<std::string>{"Ada Lovelace", "Alan Turing"});
  CHECK(a.year == 2021);
  CHECK(a.venue == "JMLR");
  CHECK(a.extra_json == Fields{{"score", "0.5"}, {"tags", "[\"x\", \"y\"]"}});
  const Paper& b = sink.papers[1];
  CHECK(b.line == 3);
  CHECK(b.authors == std::vector<std::string>{"Grace Hopper", "Edsger Dijkstra"});
  CHECK(b.year == 2019);
  CHECK(b.extra_json == Fields{{"original_id", "\"W42\""}, {"original_source", R"({"file":"old.bib","line":3})"}});
}

TEST_CASE("jsonl: ream ids are made again, not kept") {
  CollectingSink sink;
  parse_jsonl(R"({"id":"arxiv:2101.00001","title":"A","arxiv":"2101.00001"})", sink);
  REQUIRE(sink.papers.size() == 1);
  CHECK(sink.papers[0].extra_json.empty());
}

TEST_CASE("jsonl: bad lines are issues, the rest goes on") {
  CollectingSink sink;
  parse_jsonl(
      "{\"title\": \"ok\"}\n{\"title\": \n[1,2]\n{\"title\": [\"x\"]}\n{\"venue\": "
      "\"X\"}\n{\"title\":\"y\",\"year\":\"n/a\"}\n",
      sink);
  REQUIRE(sink.issues.size() == 4);
  CHECK(sink.issues[0].line == 2);
  CHECK(sink.issues[0].reason.starts_with("invalid JSON: "));
  CHECK(sink.issues[1].reason == "not a JSON object");
  CHECK(sink.issues[2].reason == "field 'title' must be text, not a list");
  CHECK(sink.issues[3].reason == "record has no title, arxiv or doi");
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[1].extra_json == Fields{{"year_raw", "\"n/a\""}});
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0] ==
        std::make_pair(uint64_t{6}, std::string("year 'n/a' is not a year; kept as field 'year_raw'")));
}

TEST_CASE("jsonl: object members keep their raw text") {
  auto m = object_members(R"( { "a" : 1.50 , "b\"c":{"x":[1,{"y":"}"}]} ,"d":"s,t" } )");
  REQUIRE(m.size() == 3);
  CHECK(m[0] == std::make_pair(std::string("a"), std::string_view("1.50")));
  CHECK(m[1] == std::make_pair(std::string("b\"c"), std::string_view(R"({"x":[1,{"y":"}"}]})")));
  CHECK(m[2] == std::make_pair(std::string("d"), std::string_view(R"("s,t")")));
}

TEST_CASE("jsonl: a year with more than the year is kept as written, not silently the year") {
  CollectingSink sink;
  parse_jsonl("{\"title\":\"a\",\"year\":\"2020a\"}\n{\"title\":\"b\",\"year\":\"2021\"}\n", sink);
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].year == 2020);
  CHECK(CollectingSink::extra(sink.papers[0], "year_raw") == "2020a");
  CHECK(sink.papers[1].year == 2021);
  CHECK(CollectingSink::extra(sink.papers[1], "year_raw") == "");
}
