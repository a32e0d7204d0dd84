#include "author_names.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

TEST_CASE("author strings split in every common style") {
  CHECK(split_author_string("Zuber, J and Le Quintrec, M").size() == 2);
  CHECK(split_author_string("a. blum, m. furst, m. j. kearns, and richard j. lipton.").size() == 4);
  CHECK(split_author_string("Zhai, Q. J., Yue, X. Y.").size() == 2);
  CHECK(split_author_string("Smith A; Jones B").size() == 2);
}

TEST_CASE("names reduce to surname and initial whatever the order") {
  CHECK(parse_author_name("Zuber, J.") == parse_author_name("J. Zuber"));
  CHECK(parse_author_name("Le Quintrec, M") == parse_author_name("M. Le Quintrec"));
  CHECK(parse_author_name("Zhai QJ") == parse_author_name("Q. J. Zhai"));
  CHECK_FALSE(parse_author_name("Zuber, J.") == parse_author_name("K. Zuber"));
}

TEST_CASE("author similarity counts paired names") {
  auto a = parse_authors({"Deng, Chaoqun and Ravichandran, Thiagarajan"});
  auto b = parse_authors({"Deng, Chaoqun and Ravichandran, T."});
  CHECK(author_similarity(a, b) == 1.0);
  auto c = parse_authors({"Stahl, Bernd-Carsten"});
  CHECK(author_similarity(parse_authors({"Stahl, Bernd Carsten and Elbeltagi, Ibrahim"}), c) == Approx(2.0 / 3));
  CHECK(author_similarity(parse_authors({"A. Blum et al."}), parse_authors({"A. Blum and M. Furst"})) == 1.0);
  // "et al." glued to the initials of a "Last, F." name.
  auto cut = parse_authors({"Aukema, E. and Ruiter De, M. et al."});
  CHECK(cut.truncated);
  CHECK(cut.names.size() == 2);
  CHECK(author_similarity(cut, parse_authors({"Aukema, E. and Ruiter De, M. and Last, B. and Van Dijk, J."})) == 1.0);
  CHECK(split_author_string("Zuber, J., et al") == std::vector<std::string>{"Zuber, J", "et al."});
  CHECK(split_author_string("Zuber, J. ET AL.") == std::vector<std::string>{"Zuber, J", "et al."});
  CHECK(split_author_string("Metal") == std::vector<std::string>{"Metal"});
  CHECK(author_similarity(a, AuthorList{}) == -1.0);
  CHECK(author_similarity(parse_authors({"Ana Silva", "Wei Zhang"}), parse_authors({"Silva, A. and Zhang, W."})) ==
        1.0);
}

TEST_CASE("two-letter surnames are not initials") {
  CHECK(split_author_string("m. kearns, m. li, l. pitt, and l. valiant.").size() == 4);
  CHECK(split_author_string("Li, M. and Wu, X.").size() == 2);
  CHECK(parse_author_name("Li, M.") == parse_author_name("M. Li"));
}

TEST_CASE("initials after the surname without a comma") {
  CHECK(parse_author_name("rivest r.l.") == parse_author_name("R. L. Rivest"));
  CHECK(parse_author_name("Schapire R E") == parse_author_name("Robert E. Schapire"));
  CHECK(parse_author_name("lee w.s.:") == parse_author_name("Wee Sun Lee"));
}

TEST_CASE("citation-string author lists compare whole") {
  auto surname_first = parse_authors({"cesa-bianchi, n., freund, y., helmbold, d. p., and warmuth, m."});
  auto initials_first = parse_authors({"n. cesa-bianchi, y. freund, d. p. helmbold, and m. warmuth."});
  CHECK(surname_first.names.size() == 4);
  CHECK(author_similarity(surname_first, initials_first) == 1.0);
}

TEST_CASE("a part with its own initials is a whole name, not a surname") {
  auto names = split_author_string("y. freund., r. e.");
  REQUIRE(names.size() == 2);
  CHECK(parse_author_name(names[0]) == parse_author_name("Freund, Y."));
}

TEST_CASE("names reduced to initials mark the list as cut short") {
  auto cut = parse_authors({"freund, y. & r.e."});
  CHECK(cut.names.size() == 1);
  CHECK(cut.truncated);
  CHECK(author_similarity(cut, parse_authors({"Yoav Freund and Robert E. Schapire"})) == 1.0);
}

TEST_CASE("surnames one typo apart pair up when long enough") {
  CHECK(same_surname(parse_author_name("R. E. Schapire"), parse_author_name("Shapire, R.")));
  CHECK(same_surname(parse_author_name("U. Vazirani"), parse_author_name("U. Vazarani")));
  CHECK(same_surname(parse_author_name("L. Valiant"), parse_author_name("L. Valaint")));  // swapped letters
  CHECK_FALSE(same_surname(parse_author_name("J. Wang"), parse_author_name("J. Wong")));  // too short to tell
  CHECK_FALSE(same_surname(parse_author_name("A. Schapire"), parse_author_name("A. Shapiro")));
  // A typo and a different initial is another person.
  CHECK(author_similarity(parse_authors({"Schapire, R."}), parse_authors({"Shapire, K."})) == 0.0);
}

TEST_CASE("the surest pairing of names is made first") {
  auto a = parse_authors({"Wang, J. and Wang, Y."});
  auto b = parse_authors({"Wang, Y. and Wang, J."});
  CHECK(author_similarity(a, b) == 1.0);
  // Same surname, other initial: half a name, an OCR slip or a namesake.
  CHECK(author_similarity(parse_authors({"Freund, V."}), parse_authors({"Y. Freund"})) == 0.5);
}

TEST_CASE("a list cut short without et al. is contained in the full one") {
  auto full = parse_authors({"A Balmin, V Hristidis, N Koudas, Y Papakonstantinou, D Srivastava, T Wang"});
  CHECK(names_contained(full, parse_authors({"A Balmin, T Wang"})));
  CHECK(names_contained(parse_authors({"V. Hristidis"}), full));
  CHECK_FALSE(names_contained(full, parse_authors({"A Balmin, R Agrawal"})));
  CHECK_FALSE(names_contained(full, full));  // equally long: Dice says it
  CHECK_FALSE(names_contained(full, parse_authors({""})));
}
