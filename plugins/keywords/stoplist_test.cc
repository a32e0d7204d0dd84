// Stopword file parsing and the adverb rule.
#include "stoplist.hh"

#include <ream/plugin.hpp>

#include <catch2/catch.hpp>

using namespace ream::keywords;

TEST_CASE("sections give classes and cues") {
  Stoplist s =
      Stoplist::parse("# comment\nthe\n[determiner]\nthe\nan\n[generic]\nmethod  # trailing\n[leading]\nnew\n", "test");
  CHECK(s.classify("the") == WordClass::stop);
  CHECK(s.cue("the") == Cue::determiner);
  CHECK(s.cue("an") == Cue::determiner);
  CHECK(s.classify("method") == WordClass::generic);
  CHECK(s.classify("new") == WordClass::leading);
  CHECK(s.classify("network") == WordClass::content);
  CHECK(s.classify("x") == WordClass::stop);
}

TEST_CASE("an unknown section is a data error with its line") {
  try {
    Stoplist::parse("a\n[verbs]\n", "list.txt");
    FAIL("no error");
  } catch (const ream::DataError& e) {
    CHECK(e.line() == 2);
    CHECK(std::string(e.what()) ==
          "unknown stopword section [verbs] (expected stop, determiner, subject, generic or leading)");
  }
}

TEST_CASE("adverbs by suffix, nouns left alone") {
  CHECK(looks_like_adverb("efficiently"));
  CHECK(looks_like_adverb("widely"));
  CHECK(looks_like_adverb("easily"));
  CHECK_FALSE(looks_like_adverb("family"));
  CHECK_FALSE(looks_like_adverb("assembly"));
  CHECK_FALSE(looks_like_adverb("anomaly"));
  CHECK_FALSE(looks_like_adverb("supply"));
}

TEST_CASE("the built-in list is the project list") {
  Stoplist s = Stoplist::builtin();
  CHECK(s.size() > 500);
  CHECK(s.classify("propose") == WordClass::stop);
  CHECK(s.classify("approach") == WordClass::generic);
  CHECK(s.classify("various") == WordClass::leading);
}
