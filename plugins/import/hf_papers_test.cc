#include "hf_papers.hh"

#include <catch2/catch.hpp>

#include "test_sink.hh"

using namespace ream::import;

namespace {

const std::string kAbstract1 =
    "We study how small models can teach large ones. Experiments on twelve benchmarks show that the student "
    "exceeds its teacher, and we analyse when this happens. Our results suggest a simple recipe for "
    "supervision that scales, which we release with code and data for others to build on.";
const std::string kAbstract2 =
    "Graph neural networks are hard to train at depth. We propose a residual scheme with learned gates that "
    "keeps gradients stable for hundreds of layers, and show gains on node classification, link prediction "
    "and molecular property benchmarks. Code: https://example.org/deep-gnn";

CollectingSink parse(const std::string& text) {
  CollectingSink sink;
  parse_hf_papers(text, sink);
  return sink;
}

}  // namespace

TEST_CASE("hf-papers: blank-separated dump with furniture and a date line") {
  auto sink = parse(
      "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\n"
      "Mar 14\n\nTeaching Giants\n\n" +
      kAbstract1 + "\n\nDeep Gated Graph Networks\n\n" + kAbstract2 + "\n");
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.titles() == std::vector<std::string>{"Teaching Giants", "Deep Gated Graph Networks"});
  CHECK(sink.papers[0].abstract == kAbstract1);
  CHECK(sink.papers[1].abstract == kAbstract2);
  CHECK(sink.papers[0].date == "Mar 14");
  CHECK(sink.papers[0].line == 11);
  CHECK(sink.papers[1].line == 15);
  CHECK(!sink.papers[0].year);
  CHECK(sink.issues.empty());
  CHECK(sink.warnings.empty());
}

TEST_CASE("hf-papers: no blank lines and a header word glued to the first title") {
  auto sink = parse("Get trending papers in your email inbox once a day!\nSubscribeTeaching Giants\n" + kAbstract1 +
                    "\nDeep Gated Graph Networks\n" + kAbstract2);
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].title == "Teaching Giants");
  CHECK(sink.papers[0].line == 2);
  CHECK(sink.papers[1].abstract == kAbstract2);
  CHECK(sink.papers[0].date.empty());
}

TEST_CASE("hf-papers: other furniture, CRLF and a later date line") {
  auto sink = parse("Daily Papers\r\nSubmitted by someone\r\n\r\n14 March 2024\r\n\r\nTeaching Giants\r\n  " +
                    kAbstract1 + "  \r\n42\r\n\r\nMar 15\r\nDeep Gated Graph Networks\r\n" + kAbstract2 + "\r\n");
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].date == "14 March 2024");
  CHECK(sink.papers[0].abstract == kAbstract1);
  CHECK(sink.papers[1].date == "Mar 15");
}

TEST_CASE("hf-papers: a hard-wrapped dump joins paragraph lines") {
  auto sink = parse(
      "Teaching Giants\n\nWe study how small models can teach large ones. Experiments on\ntwelve benchmarks show "
      "that the student exceeds its teacher.\nWe analyse when this happens and release code and data for\nothers "
      "to build on, with a simple recipe for supervision that scales\nto the largest models we could train.\n\n"
      "Deep Gated Graph Networks\n\nGraph neural networks are hard to train at depth. We propose\na residual "
      "scheme with learned gates that keeps gradients stable\nfor hundreds of layers, with gains on node "
      "classification, link\nprediction and molecular property benchmarks across the board.\n");
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].abstract.starts_with("We study how small models can teach large ones. Experiments on twelve"));
  CHECK(sink.papers[1].title == "Deep Gated Graph Networks");
  CHECK(sink.papers[1].line == 9);
}

TEST_CASE("hf-papers: a title without an abstract is kept with a warning") {
  auto sink = parse("Lonely Title\n\nTeaching Giants\n\n" + kAbstract1 + "\n");
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].title == "Lonely Title");
  CHECK(sink.papers[0].abstract.empty());
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0] == std::make_pair(uint64_t{1}, std::string("title line without an abstract: 'Lonely Title'")));
}

TEST_CASE("hf-papers: a short abstract ending in a full stop stays with its title") {
  auto sink = parse("Tiny Paper\nWe show one thing.\nTeaching Giants\n" + kAbstract1);
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].abstract == "We show one thing.");
  CHECK(sink.papers[1].title == "Teaching Giants");
}

TEST_CASE("hf-papers: text before any title is an issue") {
  auto sink = parse(kAbstract1 + "\nTeaching Giants\n" + kAbstract2);
  REQUIRE(sink.issues.size() == 1);
  CHECK(sink.issues[0].line == 1);
  CHECK(sink.issues[0].reason == "abstract paragraph without a title line before it");
  REQUIRE(sink.papers.size() == 1);
}

TEST_CASE("hf-papers: stops when the sink wants no more") {
  CollectingSink sink;
  sink.stop_after = 1;
  parse_hf_papers("A\n" + kAbstract1 + "\nB\n" + kAbstract2 + "\n", sink);
  CHECK(sink.papers.size() == 1);
}

TEST_CASE("hf-papers: furniture and date lines") {
  CHECK(is_hf_furniture("new"));
  CHECK(is_hf_furniture("Subscribe"));
  CHECK(is_hf_furniture("byAK and the research community"));
  CHECK(is_hf_furniture("by someone and the research community"));
  CHECK(is_hf_furniture("Get trending papers in your email inbox every week"));
  CHECK(is_hf_furniture("1,234"));
  CHECK_FALSE(is_hf_furniture("New Directions in Cryptography"));
  CHECK_FALSE(is_hf_furniture("Subscribe to Nothing: A Study"));
  CHECK(is_hf_date("Mar 14"));
  CHECK(is_hf_date("September 3rd, 2024"));
  CHECK(is_hf_date("3 Sept"));
  CHECK_FALSE(is_hf_date("Mayhem 3"));
  CHECK_FALSE(is_hf_date("March of the Transformers"));
}

TEST_CASE("hf-papers: hard-wrapped entries without a blank line after the title") {
  auto sink = parse(
      "A Tiny Paper\nWe show one thing.\n\nA Title Wrapped Over\nTwo Lines\n\nWe show a second\nthing, at length.\n");
  REQUIRE(sink.papers.size() == 2);
  CHECK(sink.papers[0].title == "A Tiny Paper");
  CHECK(sink.papers[0].abstract == "We show one thing.");
  CHECK(sink.papers[1].title == "A Title Wrapped Over Two Lines");
  CHECK(sink.papers[1].abstract == "We show a second thing, at length.");
  CHECK(sink.papers[1].line == 4);
}
