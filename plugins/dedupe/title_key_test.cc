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
  CHECK(analyse_title("Guest letter to the editor 2").generic);  // the longest heading, six words
  CHECK(analyse_title("Correction of stroke care outcomes").notice == Notice::erratum);
  CHECK(analyse_title("Withdrawn: stroke care outcomes").notice == Notice::retraction);
  CHECK_FALSE(analyse_title("Gambling in a rigged casino").generic);
}

TEST_CASE("title similarity tolerates typos and dropped words") {
  auto a = analyse_title("Cryptographic primitives based on hard learning problems");
  CHECK(title_similarity(a, analyse_title("Cryptographic primitives based on hard learning problem")) > 0.95);
  CHECK(title_similarity(a, analyse_title("Boosting a weak learning algorithm by majority")) < 0.5);
  CHECK(title_containment(analyse_title("Deep nets: a survey"), analyse_title("Deep nets")) == 1.0);
  CHECK(edit_similarity("abcd", "abce") == Approx(0.75));
}

TEST_CASE("a swap of neighbouring letters is one edit") {
  CHECK(edit_similarity("abcd", "abdc") == Approx(0.75));
  CHECK(edit_similarity("abcd", "badc") == Approx(0.5));
  CHECK(edit_similarity("ab", "ba") == Approx(0.5));
  // A swapped pair in a three-word title stays near-identical.
  CHECK(title_similarity(analyse_title("Rethinking thrombotic microangiopathies"),
                         analyse_title("Rethinking thrombotic microangiopahties")) >= 0.95);
}

TEST_CASE("citation residue around a title is dropped") {
  auto clean = analyse_title("experiments with a new boosting algorithm.");
  CHECK(analyse_title("schapire (1996), experiments with a new boosting algorithm,").key == clean.key);
  CHECK(analyse_title("r. schapire 1996. experiments with a new boosting algorithm.").key == clean.key);
  CHECK(analyse_title("experiments with a new boosting algorithm. 1996.").key == clean.key);
  CHECK(analyse_title("(1996) experiments with a new boosting algorithm").key == clean.key);
  // A year that belongs to the title stays.
  CHECK(analyse_title("Stroke care in 2010: outcomes").key == "stroke care in 2010 outcomes");
  CHECK(analyse_title("2001: a space odyssey revisited").key == "2001 a space odyssey revisited");
}

TEST_CASE("correction notices that cite the original are errata") {
  auto wos = analyse_title("Eculizumab for Atypical Hemolytic-Uremic Syndrome (vol 360, pg 542, 2009)");
  auto embase = analyse_title(
      "Eculizumab for atypical hemolytic-uremic syndrome (New England Journal of Medicine (2009) 360 (542-544))");
  auto original = analyse_title("Eculizumab for atypical hemolytic-uremic syndrome");
  CHECK(wos.notice == Notice::erratum);
  CHECK(embase.notice == Notice::erratum);
  CHECK(original.notice == Notice::none);
  CHECK(wos.key == original.key);
  CHECK(embase.key == original.key);
}

TEST_CASE("a leading article is not part of the key") {
  CHECK(analyse_title("An Introduction to Computational Learning Theory").key ==
        analyse_title("Introduction to computational learning theory").key);
  CHECK(analyse_title("The strength of weak learnability").key == "strength of weak learnability");
  CHECK(analyse_title("The End").key == "the end");  // nothing would be left to compare
}

TEST_CASE("a title that runs on past its end splits at the break") {
  auto run_on = split_title_tail("a general lower bound on the number of examples. information and computation,");
  REQUIRE(run_on);
  CHECK(run_on->title == "a general lower bound on the number of examples.");
  CHECK(run_on->tail == "information and computation,");
  CHECK_FALSE(run_on->quoted);

  auto quoted = split_title_tail("'rigorous learning curve bounds from statistical mechanics' proceedings of colt-94,");
  REQUIRE(quoted);
  CHECK(quoted->title == "rigorous learning curve bounds from statistical mechanics");
  CHECK(quoted->quoted);

  CHECK_FALSE(split_title_tail("Deep nets. A survey"));         // two words are no title on their own
  CHECK_FALSE(split_title_tail("Learning from noisy labels"));  // no break at all
}

TEST_CASE("a trailing label naming the kind of record is not part of the key") {
  auto plain = analyse_title("Lessons from Wall Street: case studies in configuration").key;
  CHECK(analyse_title("Lessons from Wall Street: Case Studies in Configuration (Tutorial)").key == plain);
  CHECK(analyse_title("Lessons from Wall Street: case studies in configuration (abstract only)").key == plain);
  CHECK(analyse_title("Lessons from Wall Street: case studies in configuration (Panel Abstract).").key == plain);
  CHECK(analyse_title("Lessons from Wall Street: case studies in configuration - Book Review").key == plain);
  CHECK(analyse_title("Lessons from Wall Street: case studies in configuration (Experience Paper)").key == plain);
  // Not kind words: kept.
  CHECK(analyse_title("Lessons from Wall Street: case studies in configuration (Part 2)").key != plain);
  CHECK(analyse_title("Lessons from Wall Street: case studies in configuration - the sequel").key != plain);
  CHECK(analyse_title("Abstract (Tutorial)").key == "abstract tutorial");  // too little left
}

TEST_CASE("numbered siblings are told apart in any numbering") {
  auto sibling = [](const char* a, const char* b) { return numbered_siblings(analyse_title(a), analyse_title(b)); };
  CHECK(sibling("FOCUS 1: rationale and design of the trial", "FOCUS 2: rationale and design of the trial"));
  CHECK(sibling("Stroke care, Part I: outcomes", "Stroke care, Part II: outcomes"));
  CHECK(sibling("Stroke care, part one", "Stroke care, part 2"));
  CHECK(sibling("Thrombolysis phase II results", "Thrombolysis phase III results"));
  CHECK(sibling("Study A of thrombolysis outcomes", "Study B of thrombolysis outcomes"));
  CHECK_FALSE(sibling("Stroke care, Part II: outcomes", "Stroke care part 2: outcomes"));
  CHECK_FALSE(sibling("Stroke care, Part II: outcomes of 3 trials", "Stroke care part 2: outcomes"));
  CHECK_FALSE(sibling("FOCUS 1: rationale", "FOCUS: rationale"));      // one side unnumbered
  CHECK_FALSE(sibling("Stroke care in 2010", "Stroke care in 2011"));  // years: the year gap judges
  CHECK_FALSE(sibling("Mining rules in the 22 nd VLDB", "Mining rules in the 21 st VLDB"));  // ordinals
  CHECK_FALSE(sibling("One-shot learning of 3 classes", "One-shot learning of three classes"));
  // Stray digits of a scan or a footnote, at different places.
  CHECK_FALSE(sibling("weakly learning dnf 10 and characterizing statistical query learning",
                      "weakly 8 learning dnf and characterizing statistical query learning"));
  CHECK(sibling("Stroke care 2, Part I: outcomes", "Stroke care 2, Part II: outcomes"));
}
