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
          "unknown stopword section [verbs] (expected stop, determiner, subject, modal, auxiliary, generic, "
          "leading, noun, adjective or verb)");
  }
}

TEST_CASE("adverbs by suffix, nouns left alone") {
  CHECK(looks_like_adverb("efficiently"));
  CHECK(looks_like_adverb("widely"));
  CHECK(looks_like_adverb("easily"));
  CHECK(looks_like_adverb("highly"));
  CHECK_FALSE(looks_like_adverb("user-friendly"));
  Stoplist list = Stoplist::builtin();
  CHECK(list.classify("family") == WordClass::content);
  CHECK(list.classify("assembly") == WordClass::content);
  CHECK(list.classify("anomaly") == WordClass::content);
  CHECK(list.lookup("early").pos == PartOfSpeech::modifier);
}

TEST_CASE("the built-in list is the project list") {
  Stoplist s = Stoplist::builtin();
  CHECK(s.size() > 500);
  CHECK(s.classify("propose") == WordClass::stop);
  CHECK(s.classify("approach") == WordClass::generic);
  CHECK(s.classify("various") == WordClass::leading);
}

TEST_CASE("parts of speech from suffixes") {
  CHECK(guess_part_of_speech("optimize") == PartOfSpeech::verb);
  CHECK(guess_part_of_speech("serious") == PartOfSpeech::modifier);
  CHECK(guess_part_of_speech("adaptive") == PartOfSpeech::modifier);
  CHECK(guess_part_of_speech("statistical") == PartOfSpeech::modifier);
  CHECK(guess_part_of_speech("scalable") == PartOfSpeech::modifier);
  CHECK(guess_part_of_speech("distributed") == PartOfSpeech::modifier);
  CHECK(guess_part_of_speech("knowledge-based") == PartOfSpeech::modifier);
  CHECK(guess_part_of_speech("clustering") == PartOfSpeech::gerund);
  CHECK(guess_part_of_speech("segmentation") == PartOfSpeech::noun);
  CHECK(guess_part_of_speech("speed") == PartOfSpeech::noun);
}

TEST_CASE("the lists override the suffix rules") {
  Stoplist s = Stoplist::builtin();
  CHECK(s.lookup("signal").pos == PartOfSpeech::noun);
  CHECK(s.lookup("logic").pos == PartOfSpeech::noun);
  CHECK(s.lookup("robust").pos == PartOfSpeech::modifier);
  CHECK(s.lookup("alleges").pos == PartOfSpeech::verb);
  CHECK(s.lookup("came").pos == PartOfSpeech::verb);
  CHECK(s.lookup("highly").word_class == WordClass::stop);
}
