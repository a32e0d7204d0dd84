#include "pair_score.hh"

#include <catch2/catch.hpp>

using namespace ream::dedupe;

namespace {

Fields paper() {
  Fields f;
  f.title = "How consumers perceive trustworthiness of providers in sharing economy";
  f.authors = {"Deng, Chaoqun and Ravichandran, Thiagarajan"};
  f.year = "2017";
  return f;
}

Evidence score(const Fields& a, const Fields& b) { return score_pair(extract_features(a), extract_features(b)); }

}  // namespace

TEST_CASE("an identifier decides") {
  Fields a = paper(), b = paper();
  a.arxiv = "2312.03884v1";
  b.doi = "10.48550/arXiv.2312.03884";
  b.title += ": extended";
  CHECK(score(a, b).rule == "identifier");
}

TEST_CASE("a shared identifier on different items is a conflict") {
  Fields a = paper(), b = paper();
  a.arxiv = b.arxiv = "2312.03884";
  b.title = "Diffusion models beat generative adversarial networks";
  CHECK(score(a, b).decision == Decision::conflict);
}

TEST_CASE("near-identical titles match unless other fields disagree") {
  Fields a = paper(), b = paper();
  b.title = "HOW CONSUMERS PERCEIVE TRUSTWORTHINESS OF PROVIDERS IN SHARING ECONOMY.";
  b.authors = {"C. Deng", "T. Ravichandran"};
  CHECK(score(a, b).rule == "title");
  Fields other = b;
  other.authors = {"Smith, A and Jones, B"};
  CHECK(score(a, other).decision == Decision::distinct);
  Fields later = b;
  later.year = "2018";
  CHECK(score(a, later).decision == Decision::distinct);  // a year apart, nothing else agrees
  Fields volumes = b;
  a.volume = "7", volumes.volume = "8";
  CHECK(score(a, volumes).rule == "different volume");
  a.volume = "vol. 44,", volumes.volume = "44(3)";
  CHECK(score(a, volumes).rule == "title");  // one volume in two citation styles
}

TEST_CASE("near-identical titles need more than half the authors") {
  Fields a = paper(), b = paper();
  a.authors = {"Esparza, J. and Buil, A. and Lopez, M. and Sanchez, P."};
  b.authors = {"Esparza, J. and Buil, A. and Garcia, M. and Perez, P."};
  CHECK(score(a, b).rule == "authors differ");
  b.authors = {"Esparza, J. and Buil, A. and Lopez, M. and Perez, P."};
  CHECK(score(a, b).rule == "title");
}

TEST_CASE("similar titles need the same pages or abstract") {
  Fields a = paper(), b = paper();
  b.title = "How consumers perceive trustworthiness of hosts in the sharing economy";
  CHECK(score(a, b).decision == Decision::distinct);
  a.pages = "10-20", b.pages = "10-20";
  CHECK(score(a, b).rule == "title+fields");
}

TEST_CASE("generic titles need evidence beyond the title") {
  Fields a = paper(), b = paper();
  a.title = b.title = "Editorial";
  CHECK(score(a, b).decision == Decision::distinct);
  a.pages = b.pages = "1-2";
  CHECK(score(a, b).rule == "generic-title+fields");
}

TEST_CASE("a missing title never matches without an identifier") {
  Fields a = paper(), b = paper();
  b.title.clear();
  CHECK(score(a, b).decision == Decision::distinct);
}

TEST_CASE("a whole title inside a longer one matches with the same authors and venue") {
  Fields a = paper(), b = paper();
  a.title = "Experiments with a new boosting algorithm";
  b.title = "Some experiments with a new boosting algorithm, in Saitta (ed.)";
  a.venue = "Proceedings of the 13th International Conference on Machine Learning";
  b.venue = "Machine learning: proceedings of the thirteenth international conference";
  a.year = b.year = "1996";
  CHECK(score(a, b).rule == "contained-title+fields");
  b.venue = "Journal of Computer and System Sciences";
  CHECK(score(a, b).decision == Decision::distinct);
  // Three words are too few to name one paper.
  a.title = "Deep residual learning";
  b.title = "Deep residual learning for image recognition";
  b.venue = a.venue;
  CHECK(score(a, b).decision == Decision::distinct);
}

TEST_CASE("a title stem with an et al. author list is not a contained title") {
  // Two abstracts of one group in one supplement: the shorter title is a
  // stem of the longer, and the first names of the longer's list are
  // among the shorter's.
  Fields a = paper(), b = paper();
  a.title = "Factor H autoantibodies in atypical hemolytic uremic syndrome";
  b.title = a.title + " correlate with CFHR1/CFHR3 deficiency";
  a.venue = b.venue = "Molecular Immunology";
  a.authors = {"Strobel, S. and Dahse, H. M. and Skerka, C. and Zipfel, P. F. and Jozsi, M."};
  b.authors = {"Jozsi, M. and Strobel, S. et al."};
  CHECK(score(a, b).decision == Decision::distinct);
  b.authors = a.authors;
  CHECK(score(a, b).rule == "contained-title+fields");
}

TEST_CASE("a listing without pages matches on a similar title, the authors it keeps and the venue") {
  Fields a, b;
  a.title = "Views in a large-scale XML repository";
  a.authors = {"V Aguilera, S Cluet, T Milo, P Veltri, D Vodislav"};
  a.venue = "VLDB J.";
  a.year = "2002";
  b.title = "Views in a Large Scale XML Database";
  b.authors = {"V Aguilera, S Cluet, T Milo"};
  b.venue = "VLDB Journal,";
  CHECK(score(a, b).rule == "similar-title+authors+venue");
  Fields other_venue = b;
  other_venue.venue = "Information Systems";
  CHECK(score(a, other_venue).decision == Decision::distinct);
  // Two lone pages of one supplement are two abstracts, not one listing.
  Fields supplement_a = a, supplement_b = b;
  supplement_a.pages = "137";
  supplement_b.pages = "88";
  CHECK(score(supplement_a, supplement_b).decision == Decision::distinct);
}

TEST_CASE("a near-identical title with an author list cut short without et al. matches") {
  Fields a = paper(), b = paper();
  a.authors = {"Deng, Chaoqun and Ravichandran, Thiagarajan and Smith, John and Jones, Mary"};
  b.authors = {"C Deng"};
  CHECK(score(a, b).rule == "title");
  b.authors = {"R Agrawal"};
  CHECK(score(a, b).decision == Decision::distinct);
}

TEST_CASE("one column per issue: a generic title in another issue is another item") {
  Fields a, b;
  a.title = b.title = "Editor's Notes";
  a.authors = b.authors = {"Winslett, Marianne"};
  a.venue = b.venue = "SIGMOD Record";
  a.year = b.year = "2003";
  a.volume = b.volume = "32";
  a.issue = "1";
  b.issue = "2";
  CHECK(extract_features(a).title.generic);
  CHECK(score(a, b).rule == "generic title, different issue");
  b.issue = "1";
  CHECK(score(a, b).decision == Decision::match);
  // Neither issue nor pages: nothing says it is the same column.
  a.issue = b.issue = "";
  CHECK(score(a, b).decision == Decision::distinct);
  a.pages = b.pages = "4-5";
  CHECK(score(a, b).decision == Decision::match);
}

TEST_CASE("a short title that is no heading matches on authors, year and venue") {
  Fields a, b;
  a.title = "The NAOS System";
  b.title = "The NAOS system";
  a.authors = b.authors = {"C Collet, T Coupaye"};
  a.year = b.year = "1995";
  a.venue = "SIGMOD Conference";
  b.venue = "Proceedings of the 1995 ACM SIGMOD international conference &hellip;,";
  CHECK(score(a, b).rule == "generic-title+fields");
}

TEST_CASE("the same title in another venue with no authors is a reprint or summary, not the paper") {
  Fields original = paper(), summary;
  original.venue = "Journal of Retailing";
  summary.title = original.title;
  summary.venue = "ACP Journal Club";
  summary.year = "2018";
  CHECK(score(original, summary).rule == "same title in another venue, no authors");
}

TEST_CASE("at the work level the versions of one paper are one") {
  Fields preprint = paper(), published = paper();
  preprint.year = "2015";
  published.year = "2018";
  published.venue = "Journal of Retailing";
  published.pages = "12-30";
  preprint.pages = "1-18";
  Evidence publication = score_pair(extract_features(preprint), extract_features(published));
  CHECK(publication.decision == Decision::distinct);
  CHECK(publication.level == MatchLevel::publication);
  Evidence work = score_pair(extract_features(preprint), extract_features(published), MatchLevel::work);
  CHECK(work.decision == Decision::match);
  CHECK(level_name(work.level) == "work");
  // Other authors under the same title are another work still.
  published.authors = {"Smith, John and Jones, Mary"};
  CHECK(score_pair(extract_features(preprint), extract_features(published), MatchLevel::work).decision ==
        Decision::distinct);
}

namespace {

// One column of a monthly journal, by the same three editors under the
// same title in every issue: each issue's column is another item.
Fields column(const std::string& year, const std::string& volume, const std::string& issue, const std::string& pages) {
  Fields f;
  f.title = "Pipeline watch: anticoagulant agents in clinical development";
  f.authors = {"Okafor, N. and Lindqvist, A. and Marchetti, P."};
  f.venue = "Drug Development Perspectives";
  f.year = year;
  f.volume = volume;
  f.issue = issue;
  f.pages = pages;
  return f;
}

Decision decided(const Fields& a, const Fields& b, MatchLevel level) {
  return score_pair(extract_features(a), extract_features(b), level).decision;
}

}  // namespace

TEST_CASE("at the work level a conference paper and its journal version in another venue are one work") {
  Fields conference = paper(), journal = paper();
  conference.venue = "Proceedings of the International Conference on Information Systems";
  conference.year = "2016";
  conference.pages = "1-15";
  journal.venue = "Journal of Management Information Systems";
  journal.year = "2018";
  journal.volume = "35";
  journal.issue = "2";
  journal.pages = "563-594";
  CHECK(decided(conference, journal, MatchLevel::publication) == Decision::distinct);
  CHECK(decided(conference, journal, MatchLevel::work) == Decision::match);
}

TEST_CASE("at the work level an arXiv preprint and its journal version are one work") {
  Fields preprint = paper(), journal = paper();
  preprint.venue = "arXiv";
  preprint.arxiv = "1702.01234";
  preprint.year = "2017";
  journal.venue = "Journal of Retailing";
  journal.doi = "10.1016/j.jretai.2019.01.004";
  journal.year = "2019";
  journal.volume = "95";
  journal.pages = "40-58";
  CHECK(decided(preprint, journal, MatchLevel::publication) == Decision::distinct);
  CHECK(decided(preprint, journal, MatchLevel::work) == Decision::match);
}

TEST_CASE("a monthly column in one journal is another item in every issue, at both levels") {
  Fields march = column("2006", "28", "3", "185-206");
  Fields september = column("2007", "29", "7", "467-509");
  // Another year, volume and pages of one journal.
  // Another volume in the next year, no pages to compare.
  Fields june = column("2007", "29", "5", "");
  // Years apart in one journal with nothing else to place them.
  Fields listed_early = column("2004", "", "", ""), listed_late = column("2006", "", "", "");
  for (MatchLevel level : {MatchLevel::publication, MatchLevel::work}) {
    CAPTURE(level_name(level));
    CHECK(decided(march, september, level) == Decision::distinct);
    CHECK(decided(march, june, level) == Decision::distinct);
    CHECK(decided(listed_early, listed_late, level) == Decision::distinct);
  }
  // The same title and editors in another venue is a version at work level.
  Fields reprint = column("2009", "", "", "1-20");
  reprint.venue = "Annual Review of Drug Pipelines";
  CHECK(decided(march, reprint, MatchLevel::work) == Decision::match);
}

TEST_CASE("a listing whose year is one off is still the item when venue, volume, issue and pages agree") {
  Fields listed = column("2007", "29", "7", "467-509");
  Fields mistyped = column("2008", "29", "7", "467-509");
  for (MatchLevel level : {MatchLevel::publication, MatchLevel::work}) {
    CAPTURE(level_name(level));
    CHECK(decided(listed, mistyped, level) == Decision::match);
  }
}

TEST_CASE("at the work level the same pages of one venue are one item whatever the years say") {
  // A citation of the 1993 proceedings that gives the year as 1995: the
  // publication level keeps years more than one apart apart, the work
  // level reads the same pages of one venue as one item.
  Fields listed = paper(), miscited = paper();
  listed.venue = "Proceedings of the Symposium on the Theory of Computing";
  miscited.venue = "Symp. on the Theory of Computing";
  listed.year = "1993";
  miscited.year = "1995";
  listed.pages = miscited.pages = "382-391";
  CHECK(decided(listed, miscited, MatchLevel::publication) == Decision::distinct);
  CHECK(decided(listed, miscited, MatchLevel::work) == Decision::match);
  // Other pages of that venue in another year are another item.
  miscited.pages = "17-26";
  CHECK(decided(listed, miscited, MatchLevel::work) == Decision::distinct);
}

TEST_CASE("at the work level pages that meet in other volumes of one journal are two issues' items") {
  // A column's issues three years apart whose page ranges overlap.
  Fields earlier = column("2003", "25", "5", "387-408");
  Fields later = column("2006", "28", "6", "379-412");
  CHECK(decided(earlier, later, MatchLevel::work) == Decision::distinct);
}

namespace {

// A journal version and a reference list's citation of it under the
// shortened title its authors later gave it.
Fields long_title_conference() {
  Fields f;
  f.title = "Rainfall intensity from commercial microwave links in tropical cities";
  f.authors = {"Adeyemi, K. and Halvorsen, T. and Quispe, R."};
  f.venue = "Proceedings of the International Geoscience and Remote Sensing Symposium";
  f.year = "2014";
  f.pages = "2210-2213";
  return f;
}

Fields short_title_citation() {
  Fields f;
  f.title = "Rainfall intensity from commercial links";
  f.authors = {"K. Adeyemi and T. Halvorsen and R. Quispe"};
  f.venue = "Journal of Hydrometeorology";
  return f;
}

}  // namespace

TEST_CASE("at the work level a shortened title with the same authors in another venue is one work") {
  Fields conference = long_title_conference(), journal = short_title_citation();
  Evidence work = score_pair(extract_features(conference), extract_features(journal), MatchLevel::work);
  CHECK(work.decision == Decision::match);
  CHECK(work.rule == "contained-title+authors");
  CHECK(decided(conference, journal, MatchLevel::publication) == Decision::distinct);
  // A side without a venue (a thesis cut before its series) likewise.
  journal.venue.clear();
  journal.year = "2015";
  CHECK(score_pair(extract_features(conference), extract_features(journal), MatchLevel::work).rule ==
        "contained-title+authors");
}

TEST_CASE("a shortened title needs the whole author list, name for name") {
  Fields conference = long_title_conference(), journal = short_title_citation();
  // Two of three names: a group's other paper on the topic.
  journal.authors = {"K. Adeyemi and T. Halvorsen"};
  CHECK(decided(conference, journal, MatchLevel::work) == Decision::distinct);
  // An et al. list shows only the first names two papers of a group share.
  journal.authors = {"K. Adeyemi et al."};
  CHECK(decided(conference, journal, MatchLevel::work) == Decision::distinct);
  // Three words are too few to name one paper.
  journal = short_title_citation();
  journal.title = "Rainfall commercial links";
  CHECK(decided(conference, journal, MatchLevel::work) == Decision::distinct);
}

TEST_CASE("two full listings under a long and a shortened title are two items") {
  Fields conference = long_title_conference(), journal = short_title_citation();
  // Both printed on their own pages: one group's two papers on a topic.
  journal.pages = "455-470";
  CHECK(decided(conference, journal, MatchLevel::work) == Decision::distinct);
  // Venue and year on both sides: two items their sources list apart (a
  // study's abstracts at two congresses), although without pages.
  conference.pages.clear();
  journal.pages.clear();
  journal.year = "2014";
  CHECK(decided(conference, journal, MatchLevel::work) == Decision::distinct);
  // Within one venue there are no versions: the publication rules decide.
  journal.year.clear();
  journal.venue = conference.venue;
  CHECK(score_pair(extract_features(conference), extract_features(journal), MatchLevel::work).rule !=
        "contained-title+authors");
}
