#include "matcher.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

namespace {
Features paper(const std::string& id, const std::string& title, const std::string& doi = {}) {
  Fields f;
  f.id = id;
  f.title = title;
  f.authors = {"Stahl, B. and Elbeltagi, I."};
  f.year = "2004";
  f.doi = doi;
  return extract_features(f);
}
}  // namespace

TEST_CASE("duplicates point at the earliest record they match") {
  Matcher m;
  CHECK_FALSE(m.add(paper("a", "Cultural universality versus particularity in CMC")));
  CHECK_FALSE(m.add(paper("b", "Interpretive accounts and fairy tales")));
  CHECK(m.add(paper("c", "Cultural Universality Versus Particularity in CMC.")) == 0u);
  CHECK(m.cluster_of(2) == 0);
  CHECK(m.matches().size() == 1);
}

TEST_CASE("a third record cannot join clusters a hard veto keeps apart") {
  Matcher m;
  m.add(paper("a", "Cultural universality versus particularity in CMC", "10.1000/a"));
  m.add(paper("b", "Cultural universality versus particularity in CMC", "10.1000/b"));
  m.add(paper("c", "Cultural universality versus particularity in CMC"));
  CHECK(m.cluster_of(1) != m.cluster_of(0));
}

TEST_CASE("records without a year cannot weld two big clusters of different years") {
  // A conference version cited 25 times, a journal version 25 times, and
  // citations with no year that match both: beyond 20 x 20 members the
  // veto check once gave up and joined them.
  Matcher m;
  auto cite = [](const std::string& year) {
    Fields f;
    f.title = "A decision-theoretic generalization of on-line learning";
    f.authors = {"Freund, Y. and Schapire, R. E."};
    f.year = year;
    return extract_features(f);
  };
  for (int i = 0; i < 25; ++i) m.add(cite("1995"));
  for (int i = 0; i < 25; ++i) m.add(cite("1997"));
  for (int i = 0; i < 5; ++i) m.add(cite(""));
  CHECK(m.cluster_of(0) != m.cluster_of(25));
  CHECK(m.clusters().members(0).size() + m.clusters().members(25).size() == 55);
}

TEST_CASE("a known copy of an earlier record joins it whatever the rules say") {
  Matcher m;
  auto bare = [] {
    Fields f;
    f.title = "Music Transformer";  // generic: too short to match on its own
    return extract_features(f);
  };
  m.add(bare());
  CHECK_FALSE(m.add(bare()));
  CHECK(m.add(bare(), 0u) == 0u);
  CHECK(m.cluster_of(2) == 0);
  CHECK(m.cluster_of(1) == 1);
  CHECK(m.matches().back().evidence.rule == "same fields as a paper of an earlier run");
}

TEST_CASE("reclustering puts a record with the cluster it matches best, not the first") {
  auto cite = [](const std::string& year, const std::string& venue) {
    Fields f;
    f.title = "Toward efficient agnostic learning";
    f.authors = {"Kearns, M. J. and Schapire, R. E. and Sellie, L. M."};
    f.year = year;
    f.venue = venue;
    return extract_features(f);
  };
  Matcher m;
  m.add(cite("1992", "Proc. 5th Annual Workshop on Computational Learning Theory"));
  m.add(cite("1992", "Proceedings of the Fifth Workshop on Computational Learning Theory"));
  m.add(cite("", "Machine Learning"));  // no year: matches both versions
  m.add(cite("1994", "Machine Learning 17"));
  m.add(cite("1994", "Machine Learning"));
  // In arrival order the yearless citation joins the conference version,
  // the first it meets; the journal's own venue says where it belongs.
  CHECK(m.cluster_of(2) == 0);
  m.recluster();
  CHECK(m.cluster_of(2) == m.cluster_of(3));
  CHECK(m.cluster_of(0) == m.cluster_of(1));
  CHECK(m.cluster_of(0) != m.cluster_of(3));
  for (const auto& p : m.matches()) CHECK(m.cluster_of(p.earlier) == m.cluster_of(p.later));
}

namespace {
Features listing(const std::string& title, const std::string& authors, const std::string& year,
                 const std::string& venue) {
  Fields f;
  f.title = title;
  f.authors = {authors};
  f.year = year;
  f.venue = venue;
  return extract_features(f);
}

// Two papers of one group, each listed twice; the first's second
// listing (one author, no year, no venue, as Scholar has it) has a title
// inside the second paper's, so the rules leave that pair open and the
// weights match it.  `full_clusters`: whether the two papers' other
// records are there.
Matcher bridged_by_one_weighed_pair(bool full_clusters) {
  Matcher m;
  m.keep_pairs_for_weights();
  if (full_clusters)
    m.add(listing("Fast algorithms for mining association rules", "Agrawal, R. and Srikant, R.", "1994", "VLDB"));
  m.add(listing("Fast algorithms for mining association rules", "Agrawal, R.", "", ""));
  m.add(listing("Fast algorithms for mining association rules in large databases",
                "Agrawal, R. and Mannila, H. and Toivonen, H.", "1995", "Advances in Knowledge Discovery"));
  if (full_clusters)
    m.add(listing("Fast algorithms for mining association rules in large databases",
                  "Agrawal, R. and Mannila, H. and Toivonen, H.", "1995", "Advances in Knowledge Discovery"));
  m.match_by_weights(WeightModel::shipped(), 0.9);
  m.recluster();
  return m;
}
}  // namespace

TEST_CASE("a pair matched by the weights alone joins two lone records") {
  Matcher m = bridged_by_one_weighed_pair(false);
  REQUIRE(m.matches().size() == 1);
  CHECK(m.matches()[0].evidence.rule == "match weights");
  CHECK(m.cluster_of(1) == m.cluster_of(0));
}

TEST_CASE("one weighed pair cannot join two clusters whose other pairs the model calls different papers") {
  // Across the clusters the full records differ in authors, year and
  // venue: more likely two papers than one under the model, though the
  // listing in between matches both.
  Matcher m = bridged_by_one_weighed_pair(true);
  CHECK(m.cluster_of(1) == m.cluster_of(0));
  CHECK(m.cluster_of(3) == m.cluster_of(2));
  CHECK(m.cluster_of(2) != m.cluster_of(0));
  for (const auto& p : m.matches()) CHECK(p.evidence.rule != "match weights");
}

namespace {
// A record with a title and a year only, as bibliographies list a
// periodical's columns and front matter.
Features untitled_author(const std::string& title, const std::string& year) {
  Fields f;
  f.title = title;
  f.year = year;
  return extract_features(f);
}
}  // namespace

TEST_CASE("a title several records carry does not match on its own when a side has no authors") {
  // Four columns of one periodical under one heading in one year, and one
  // paper listed twice without authors.  The column's title recurs, so the
  // title alone is weighed (term frequency included) and falls short; the
  // paper's title is carried by its pair only, so the rule still matches it.
  Matcher m;
  m.keep_pairs_for_weights();
  for (int i = 0; i < 4; ++i) m.add(untitled_author("Reminiscences on influential papers", "2002"));
  m.add(untitled_author("Interviewing during a tight job market", "2002"));
  m.add(untitled_author("Interviewing During a Tight Job Market.", "2002"));
  WeightModel estimated = WeightModel::shipped();
  estimated.candidate_pairs = 1000;  // as if estimated from the input's pairs
  m.match_by_weights(estimated, 0.99999);
  m.recluster();
  for (uint32_t i = 1; i < 4; ++i) CHECK(m.cluster_of(i) != m.cluster_of(0));
  CHECK(m.cluster_of(5) == m.cluster_of(4));
}

TEST_CASE("a recurring title still matches by the rules without weights or with the shipped model") {
  // The shipped model stands for inputs too small to estimate from, where
  // a title's share of the records says nothing: a paper that arrives
  // three times in a dozen records is no recurring column.
  for (bool weights : {false, true}) {
    Matcher m;
    m.keep_pairs_for_weights();
    for (int i = 0; i < 3; ++i) m.add(untitled_author("Reminiscences on influential papers", "2002"));
    if (weights) m.match_by_weights(WeightModel::shipped(), 0.99999);
    m.recluster();
    CHECK(m.cluster_of(1) == m.cluster_of(0));
    CHECK(m.cluster_of(2) == m.cluster_of(0));
  }
}

namespace {
Features citation(const std::string& title, const std::string& authors, const std::string& year,
                  const std::string& pages) {
  Fields f;
  f.title = title;
  f.authors = {authors};
  f.year = year;
  f.pages = pages;
  return extract_features(f);
}
}  // namespace

TEST_CASE("at work level a conference paper and its journal version join through a record without a year") {
  // The conference version (1995) and the journal version (1997, other
  // pages) each cited twice, then a citation without year or pages.  At
  // publication level the versions stay apart; at work level every pair
  // across them has the same title and authors, so they are one work.
  const std::string title = "A decision-theoretic generalization of on-line learning";
  const std::string authors = "Freund, Y. and Schapire, R. E.";
  for (MatchLevel level : {MatchLevel::publication, MatchLevel::work}) {
    Matcher m(64, level);
    m.add(citation(title, authors, "1995", "23-37"));
    m.add(citation(title, authors, "1995", "23-37"));
    m.add(citation(title, authors, "1997", "119-139"));
    m.add(citation(title, authors, "1997", "119-139"));
    m.add(citation(title, authors, "", ""));
    CHECK(m.cluster_of(1) == m.cluster_of(0));
    CHECK(m.cluster_of(3) == m.cluster_of(2));
    CHECK((m.cluster_of(2) == m.cluster_of(0)) == (level == MatchLevel::work));
  }
}

TEST_CASE("at work level a record without a year cannot join two papers of one group with another title") {
  // Two papers of one group a few years apart whose titles share their
  // opening, and a citation without a year that matches both: the pairs
  // across the two papers do not match, so no chain joins them.
  Matcher m(64, MatchLevel::work);
  const std::string authors = "Kearns, M. and Schapire, R. E.";
  m.add(citation("Efficient distribution-free learning of probabilistic concepts", authors, "1990", "382-391"));
  m.add(
      citation("Efficient distribution-free learning of probabilistic concepts and rules", authors, "1994", "464-497"));
  m.add(citation("Efficient distribution-free learning of probabilistic concepts", authors, "", ""));
  CHECK(m.cluster_of(1) != m.cluster_of(0));
}

namespace {
Features version(const std::string& title, const std::string& year, const std::string& pages,
                 const std::string& venue) {
  Fields f;
  f.title = title;
  f.authors = {"Kearns, M. and Schapire, R. E."};
  f.year = year;
  f.pages = pages;
  f.venue = venue;
  return extract_features(f);
}

// A conference paper (1990), a citation of it without year or pages whose
// title has the journal version's wording, and the journal version (1994,
// other pages and venue).  The citation matches both by the rules; the
// two versions' own pair, a similar title with the same authors, is one
// the rules leave open, so whether the citation may join the versions at
// work level is the match weights' call.
Matcher versions_bridged_by_a_citation(std::optional<double> threshold) {
  Matcher m(64, MatchLevel::work);
  m.keep_pairs_for_weights();
  m.add(version("Efficient distribution-free learning of probabilistic concepts", "1990", "382-391",
                "Proceedings of the 31st Symposium on Foundations of Computer Science"));
  m.add(version("Efficient distribution-free learning of probabilistic concept classes", "", "",
                "Proceedings of the 31st Symposium on Foundations of Computer Science"));
  m.add(version("Efficient distribution-free learning of probabilistic concept classes", "1994", "464-497",
                "Journal of Computer and System Sciences"));
  if (threshold) m.match_by_weights(WeightModel::shipped(), *threshold);
  m.recluster();
  return m;
}
}  // namespace

TEST_CASE("at work level the match weights decide whether two versions the rules leave open are one work") {
  Matcher probe = versions_bridged_by_a_citation(std::nullopt);
  Evidence versions = score_pair(probe.features(0), probe.features(2), MatchLevel::work);
  REQUIRE(versions.decision == Decision::distinct);
  REQUIRE(versions.rule == wanting_reason::similar_title);
  double p = waterfall(WeightModel::shipped(), comparison_levels(versions.fields)).probability;
  // The shipped model calls the pair more likely one work than not, but
  // not surely enough to match it on its own at the default threshold:
  // the version join weighs it by its probability, whatever
  // --match-weights says.
  REQUIRE(p > 0.5);
  REQUIRE(p < 0.99999);
  for (double threshold : {0.5, 0.99999}) {
    Matcher m = versions_bridged_by_a_citation(threshold);
    CHECK(m.cluster_of(1) == m.cluster_of(0));
    CHECK(m.cluster_of(2) == m.cluster_of(0));
  }
  // Without weights (the streaming modes) the rules alone decide: apart.
  CHECK(probe.cluster_of(2) != probe.cluster_of(0));
  // The citation matches both versions: it joins one of them either way.
  CHECK((probe.cluster_of(1) == probe.cluster_of(0) || probe.cluster_of(1) == probe.cluster_of(2)));
}

// The version join at work level is a decision about two clusters as
// wholes: each pair across them that a version veto separates counts as
// one work with the probability the evidence gives it, and the clusters
// join when more of those pairs are one work than not.  The two cases
// below are the two ways that can go wrong.
namespace {
Features listing(const std::string& title, const std::string& authors, const std::string& year,
                 const std::string& pages, const std::string& venue, const std::string& doi = {}) {
  Fields f;
  f.title = title;
  f.authors = {authors};
  f.year = year;
  f.pages = pages;
  f.venue = venue;
  f.doi = doi;
  return extract_features(f);
}

// Three citations of the conference version (1995) with its DOI, one copy
// of it as another export wrote it (the DOI kept, the author list run
// together into one name, a typo in the title), two of the journal
// version (1997, other pages and venue, no DOI), then a citation without
// year or pages that matches both versions.
void add_versions_with_a_noisy_copy(Matcher& m) {
  const std::string title = "A decision-theoretic generalization of on-line learning and an application to boosting";
  const std::string authors = "Freund, Y. and Schapire, R. E.";
  const std::string conference = "Computational Learning Theory: Second European Conference";
  const std::string doi = "10.1007/3-540-59119-2_166";
  for (int i = 0; i < 3; ++i) m.add(listing(title, authors, "1995", "23-37", conference, doi));
  m.add(listing("A decision-theoretic generalization of on-line leaning and an application to boosting",
                "Y. Freund. R. E. Schapire", "1995", "23-37", conference, doi));
  for (int i = 0; i < 2; ++i)
    m.add(listing(title, authors, "1997", "119-139", "Journal of Computer and System Sciences"));
  m.add(listing(title, authors, "", "", ""));
}

Matcher versions_with_a_noisy_copy(bool weights) {
  Matcher m(64, MatchLevel::work);
  m.keep_pairs_for_weights();
  add_versions_with_a_noisy_copy(m);
  if (weights) m.match_by_weights(WeightModel::shipped(), 0.99999);
  m.recluster();
  return m;
}
}  // namespace

TEST_CASE("at work level one noisy copy does not keep apart two versions its cluster-mates join") {
  Matcher probe = versions_with_a_noisy_copy(false);
  // The premise: the copy is one of the conference version's listings,
  // and neither the rules nor the shipped model call its pairs with the
  // journal version one work, while the clean listings' pairs are.
  REQUIRE(score_pair(probe.features(0), probe.features(3), MatchLevel::work).decision == Decision::match);
  REQUIRE(score_pair(probe.features(0), probe.features(4), MatchLevel::work).decision == Decision::match);
  Evidence noisy = score_pair(probe.features(3), probe.features(4), MatchLevel::work);
  REQUIRE(noisy.decision != Decision::match);
  REQUIRE(waterfall(WeightModel::shipped(), comparison_levels(noisy.fields)).probability < 0.5);
  for (bool weights : {false, true}) {
    Matcher m = versions_with_a_noisy_copy(weights);
    for (uint32_t i = 1; i < 7; ++i) CHECK(m.cluster_of(i) == m.cluster_of(0));
  }
  // Publication level keeps the versions apart, the copy with its own.
  Matcher publication(64, MatchLevel::publication);
  add_versions_with_a_noisy_copy(publication);
  CHECK(publication.cluster_of(3) == publication.cluster_of(0));
  CHECK(publication.cluster_of(4) != publication.cluster_of(0));
}

namespace {
// Two papers with overlapping titles and one shared author: the
// conference paper (1990) cited twice, a journal paper with a longer
// title and another co-author (1994) cited twice, then a citation with
// the journal paper's title, the conference paper's year, pages and venue
// and only its first author ("Kearns, M. et al."): it matches a listing
// of each paper.
Matcher two_papers_and_a_look_alike(bool weights) {
  Matcher m(64, MatchLevel::work);
  m.keep_pairs_for_weights();
  const std::string shorter = "Efficient distribution-free learning of probabilistic concepts";
  const std::string longer = "Efficient distribution-free learning of probabilistic concepts and rules";
  const std::string focs = "Proceedings of the 31st Symposium on Foundations of Computer Science";
  for (int i = 0; i < 2; ++i) m.add(listing(shorter, "Kearns, M. and Schapire, R. E.", "1990", "382-391", focs));
  for (int i = 0; i < 2; ++i)
    m.add(listing(longer, "Kearns, M. and Aslam, J. A.", "1994", "464-497", "Journal of Computer and System Sciences"));
  m.add(listing(longer, "Kearns, M. et al.", "1990", "382-391", focs));
  if (weights) m.match_by_weights(WeightModel::shipped(), 0.99999);
  m.recluster();
  return m;
}
}  // namespace

TEST_CASE("at work level one record that resembles a second paper cannot pull it in") {
  Matcher probe = two_papers_and_a_look_alike(false);
  // The premise: the look-alike matches a listing of each paper, which
  // the rules do not match and the shipped model calls different papers.
  REQUIRE(score_pair(probe.features(0), probe.features(4), MatchLevel::work).decision == Decision::match);
  REQUIRE(score_pair(probe.features(2), probe.features(4), MatchLevel::work).decision == Decision::match);
  Evidence papers = score_pair(probe.features(0), probe.features(2), MatchLevel::work);
  REQUIRE(papers.decision != Decision::match);
  REQUIRE(waterfall(WeightModel::shipped(), comparison_levels(papers.fields)).probability < 0.5);
  for (bool weights : {false, true}) {
    Matcher m = two_papers_and_a_look_alike(weights);
    CHECK(m.cluster_of(1) == m.cluster_of(0));
    CHECK(m.cluster_of(3) == m.cluster_of(2));
    CHECK(m.cluster_of(2) != m.cluster_of(0));
    // It joins one of them.
    CHECK((m.cluster_of(4) == m.cluster_of(0) || m.cluster_of(4) == m.cluster_of(2)));
  }
}

namespace {
Features column_issue(const std::string& year, const std::string& volume, const std::string& venue) {
  Fields f;
  f.title = "Pipeline watch: anticoagulant agents in clinical development";
  f.authors = {"Okafor, N. and Lindqvist, A. and Marchetti, P."};
  f.venue = venue;
  f.year = year;
  f.volume = volume;
  return extract_features(f);
}
}  // namespace

TEST_CASE("at both levels a column's issues stay apart while a second listing of one issue joins it") {
  for (MatchLevel level : {MatchLevel::publication, MatchLevel::work}) {
    CAPTURE(level_name(level));
    Matcher m(64, level);
    m.add(column_issue("2004", "26", "Drug Development Perspectives"));
    m.add(column_issue("2006", "28", "Drug Development Perspectives"));
    m.add(column_issue("2007", "29", "Drug Development Perspectives"));
    m.add(column_issue("2006", "28", "Drug development perspectives."));
    CHECK(m.cluster_of(0) != m.cluster_of(1));
    CHECK(m.cluster_of(1) != m.cluster_of(2));
    CHECK(m.cluster_of(0) != m.cluster_of(2));
    CHECK(m.cluster_of(3) == m.cluster_of(1));
  }
}

TEST_CASE("at work level a citation without venue or year cannot join two issues of a column") {
  // The bare citation matches both issues by title and editors; the two
  // issues' own pair is one venue's two items, so no chain joins them.
  Matcher m(64, MatchLevel::work);
  m.add(column_issue("2004", "26", "Drug Development Perspectives"));
  m.add(column_issue("2006", "28", "Drug Development Perspectives"));
  m.add(column_issue("", "", ""));
  CHECK(m.cluster_of(0) != m.cluster_of(1));
}
