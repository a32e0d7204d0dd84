#include "title_key.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

TEST_CASE("title keys ignore case, punctuation and bracketed notes") {
  CHECK(analyse_title("Wonder-Journey: Going Far").key == "wonder journey going far");
  CHECK(analyse_title("Efficacy of batroxobin. [Chinese]").key == analyse_title("Efficacy of Batroxobin").key);
}

TEST_CASE("part numbers, notices and generic titles are recognised") {
  CHECK(analyse_title("Stroke care, Part II: outcomes").part == 2);
  CHECK(analyse_title("Stroke care part 3").part == 3);
  CHECK(analyse_title("Erratum: Stroke care").notice == Notice::erratum);
  CHECK(analyse_title("Retraction note: Stroke care").notice == Notice::retraction);
  CHECK(analyse_title("Reply to: Stroke care").notice == Notice::reply);
  CHECK(analyse_title("Comment on stroke care outcomes").notice == Notice::comment);
  CHECK(analyse_title("Stroke care outcomes").notice == Notice::none);
  CHECK(analyse_title("Editorial").generic);
  CHECK(analyse_title("Book review").generic);
  CHECK_FALSE(analyse_title("Gambling in a rigged casino").generic);
}

TEST_CASE("title similarity tolerates typos and dropped words") {
  auto a = analyse_title("Cryptographic primitives based on hard learning problems");
  CHECK(title_similarity(a, analyse_title("Cryptographic primitives based on hard learning problem")) > 0.95);
  CHECK(title_similarity(a, analyse_title("Boosting a weak learning algorithm by majority")) < 0.5);
  CHECK(title_containment(analyse_title("Deep nets: a survey"), analyse_title("Deep nets")) == 1.0);
  CHECK(edit_similarity("abcd", "abce") == Approx(0.75));
}
