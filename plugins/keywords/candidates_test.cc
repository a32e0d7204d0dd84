// Candidate phrases from hand-made sentences.
#include "candidates.hh"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ream::keywords;

namespace {

std::vector<std::string> candidates_of(std::string_view text) {
  TermTable terms;
  Lexicon lexicon(Stoplist::builtin(), terms);
  DocumentAnalyzer analyzer(lexicon, 1000);
  Document doc;
  Field field{text, false};
  analyzer.analyse({&field, 1}, doc);
  std::vector<Occurrence> found;
  find_candidates(doc, found);
  std::vector<std::string> out;
  for (const Occurrence& o : found) {
    std::string phrase;
    for (uint8_t i = 0; i < o.length; ++i) {
      if (i) phrase += ' ';
      phrase += doc.text(doc.slots[o.first_slot + i]);
    }
    out.push_back(phrase);
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("runs between stop words, with right-anchored sub-phrases") {
  CHECK(candidates_of("We study adaptive neural network controllers.") ==
        V{"adaptive neural network controllers", "neural network controllers", "network controllers", "controllers"});
}

TEST_CASE("generic leading adjectives are stripped") {
  CHECK(candidates_of("a new hybrid filter") == V{"hybrid filter", "filter"});
}

TEST_CASE("generic words need a specific companion") {
  CHECK(candidates_of("the method, finite element method") == V{"finite element method", "element method"});
}

TEST_CASE("numbers and punctuation split phrases") {
  CHECK(candidates_of("speech coding (3 kbit) rate") == V{"speech coding", "coding", "kbit", "rate"});
}

TEST_CASE("a word before a determiner is taken for a verb") {
  CHECK(candidates_of("the filter exploits the channel") == V{"filter", "channel"});
}

TEST_CASE("runs longer than eight words are cut from the right") {
  CHECK(candidates_of("alpha beta gamma delta epsilon zeta eta theta iota kappa") ==
        V{"alpha beta", "beta", "gamma delta epsilon zeta eta theta iota kappa",
          "delta epsilon zeta eta theta iota kappa", "epsilon zeta eta theta iota kappa", "zeta eta theta iota kappa",
          "eta theta iota kappa", "theta iota kappa", "iota kappa", "kappa"});
}

TEST_CASE("a five-word noun phrase stays whole") {
  CHECK(candidates_of("a quasi delay insensitive asynchronous circuit") ==
        V{"quasi delay insensitive asynchronous circuit", "delay insensitive asynchronous circuit",
          "insensitive asynchronous circuit", "asynchronous circuit", "circuit"});
}

TEST_CASE("a trailing -ed form is not a phrase end") {
  CHECK(candidates_of("speech signals corrupted") == V{"speech signals", "signals"});
}

TEST_CASE("a phrase ends on a noun: no trailing or lone adjective") {
  CHECK(candidates_of("the bankrupt carrier intact") == V{"bankrupt carrier", "carrier"});
  CHECK(candidates_of("it is serious and highly essential") == V{});
}

TEST_CASE("verbs end a phrase") {
  CHECK(candidates_of("the lawsuit alleges fraud") == V{"lawsuit", "fraud"});
  CHECK(candidates_of("social capital came first") == V{"social capital", "capital"});
}

TEST_CASE("an -ing form after a preposition takes an object") {
  CHECK(candidates_of("by watching gradient noise") == V{"gradient noise", "noise"});
  CHECK(candidates_of("the clustering algorithm") == V{"clustering algorithm", "algorithm"});
}

TEST_CASE("acronyms are nouns whatever their ending") {
  CHECK(candidates_of("the SBC carrier and the ASIC") == V{"SBC carrier", "carrier", "ASIC"});
}

TEST_CASE("modals, \"to\" and auxiliaries mark the next word as a verb") {
  CHECK(candidates_of("systems to manage fault detection") == V{"systems", "fault detection", "detection"});
  CHECK(candidates_of("Sprint has violated Utah law") == V{"Sprint", "Utah law", "law"});
}

TEST_CASE("an -ing form at a title or sentence start takes an object") {
  CHECK(candidates_of("Extending temporal logic. Clustering networks") == V{"temporal logic", "logic", "networks"});
}

TEST_CASE("an -s form with phrase words after it is a verb, not a plural modifier") {
  CHECK(candidates_of("ripple attention matches full attention") ==
        V{"ripple attention", "attention", "full attention", "attention"});
  CHECK(candidates_of("the process control unit") == V{"process control unit", "control unit", "unit"});
}
