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
